#pragma once

#include "util/Error.h"

#include <QImage>
#include <QRect>
#include <QString>

#include <functional>
#include <vector>

namespace threadline::ocr {

struct OcrWord {
    QString text;
    QRect box;         // in pixels of the image given
    float confidence;  // 0..100, as tesseract reports it
    int charStart = 0; // offset of the word in OcrPage::text
};

struct OcrPage {
    QString text; // words in reading order, lines separated by '\n'
    std::vector<OcrWord> words;
    double meanConfidence = 0;
};

// Reads the words on an image with tesseract (LSTM engine), keeping each word's box.
// `dpi` is the resolution the image was scanned or rendered at; `language` a tesseract code
// such as "eng". Thread-safe: each call uses its own engine. `stop`, when set, is asked as
// tesseract works (from the calling thread) and ends the page with a Cancelled error when it
// answers true: a page of noise can take tesseract many seconds, and the user must be able to
// cancel meanwhile.
Result<OcrPage> recognise(const QImage& image, int dpi,
                          const QString& language = QStringLiteral("eng"),
                          const std::function<bool()>& stop = {});

} // namespace threadline::ocr
