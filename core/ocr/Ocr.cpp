#include "ocr/Ocr.h"

#include <cstdlib>
#include <leptonica/allheaders.h>
#include <memory>
#include <mutex>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

namespace threadline::ocr {

namespace {

struct TextDeleter {
    void operator()(char* text) const { delete[] text; }
};
using TesseractText = std::unique_ptr<char, TextDeleter>;

void appendWord(OcrPage& page, tesseract::ResultIterator& words, bool newLine) {
    TesseractText word(words.GetUTF8Text(tesseract::RIL_WORD));
    if (!word)
        return;
    if (!page.text.isEmpty())
        page.text += newLine ? QLatin1Char('\n') : QLatin1Char(' ');
    int left = 0, top = 0, right = 0, bottom = 0;
    words.BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
    OcrWord entry{QString::fromUtf8(word.get()),
                  QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)),
                  words.Confidence(tesseract::RIL_WORD), int(page.text.size())};
    page.text += entry.text;
    page.words.push_back(std::move(entry));
}

} // namespace

Result<OcrPage> recognise(const QImage& image, int dpi, const QString& language,
                          const std::function<bool()>& stop) {
    // One OCR thread per engine: we run one engine per core ourselves (DESIGN.md: performance).
    static std::once_flag limitThreads;
    std::call_once(limitThreads, [] { setenv("OMP_THREAD_LIMIT", "1", 0); });

    tesseract::TessBaseAPI engine;
    if (engine.Init(nullptr, language.toLatin1().constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("the OCR language data '%1' is not installed (package "
                                   "tesseract-ocr-%1)")
                        .arg(language));
    // Tesseract reports every unreadable speck on stderr ("Image too small to scale!!"); a
    // photo with no text is not an error worth a line on the analyst's terminal.
    engine.SetVariable("debug_file", "/dev/null");
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    engine.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    engine.SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    if (stop) {
        monitor.cancel = [](void* asked, int) {
            return (*static_cast<const std::function<bool()>*>(asked))();
        };
        monitor.cancel_this = const_cast<std::function<bool()>*>(&stop);
    }
    const int recognised = engine.Recognize(&monitor);
    if (stop && stop())
        return fail(ErrorCode::Cancelled, QStringLiteral("OCR stopped"));
    if (recognised != 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("OCR could not read the image"));

    OcrPage page;
    std::unique_ptr<tesseract::ResultIterator> words(engine.GetIterator());
    double confidenceSum = 0;
    if (words) {
        do {
            const bool newLine = words->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
            appendWord(page, *words, newLine);
        } while (words->Next(tesseract::RIL_WORD));
    }
    for (const OcrWord& word : page.words)
        confidenceSum += word.confidence;
    page.meanConfidence = page.words.empty() ? 0 : confidenceSum / double(page.words.size());
    engine.End();
    return page;
}

} // namespace threadline::ocr
