#include "ingest/pdf/PdfImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ocr/Ocr.h"
#include "util/Parallel.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <atomic>
#include <mutex>
#include <optional>
#include <poppler/qt6/poppler-qt6.h>
#include <thread>

namespace threadline::ingest {

namespace {

constexpr int kOcrDpi = 300;
// Below this mean word confidence, OCR has read a photo's texture, not words.
constexpr double kMinimumOcrConfidence = 45;
constexpr double kPointsPerInch = 72.0;

// A word of the page text: where it sits in the text and on the page (points, origin top left).
QJsonArray wordEntry(qsizetype start, qsizetype length, const QRectF& box) {
    auto round1 = [](double value) { return std::round(value * 10) / 10; };
    return QJsonArray{qint64(start),   qint64(length),      round1(box.x()),
                      round1(box.y()), round1(box.width()), round1(box.height())};
}

struct PageText {
    QString text;
    QJsonArray words;
};

// Joins poppler's words in its reading order: a space where poppler saw one, a new line where
// the next word starts on a lower line.
PageText textLayer(const Poppler::Page& page) {
    PageText layer;
    const auto boxes = page.textList();
    for (std::size_t index = 0; index < boxes.size(); ++index) {
        const Poppler::TextBox& box = *boxes[index];
        if (index > 0 && !layer.text.endsWith(QLatin1Char(' '))) {
            const QRectF previous = boxes[index - 1]->boundingBox();
            layer.text += box.boundingBox().top() > previous.bottom() - previous.height() / 3
                              ? QLatin1Char('\n')
                              : QLatin1Char(' ');
        }
        layer.words.append(wordEntry(layer.text.size(), box.text().size(), box.boundingBox()));
        layer.text += box.text();
        if (box.hasSpaceAfter())
            layer.text += QLatin1Char(' ');
    }
    return layer;
}

Result<PageText> ocrLayer(const Poppler::Page& page, const std::function<bool()>& stop) {
    const QImage image = page.renderToImage(kOcrDpi, kOcrDpi);
    auto recognised = ocr::recognise(image, kOcrDpi, QStringLiteral("eng"), stop);
    if (!recognised)
        return std::unexpected(recognised.error());
    if (recognised->meanConfidence < kMinimumOcrConfidence)
        return PageText{};
    PageText layer{recognised->text, {}};
    const double scale = kPointsPerInch / kOcrDpi;
    for (const ocr::OcrWord& word : recognised->words) {
        const QRectF box(word.box.x() * scale, word.box.y() * scale, word.box.width() * scale,
                         word.box.height() * scale);
        layer.words.append(wordEntry(word.charStart, word.text.size(), box));
    }
    return layer;
}

bool hasText(const QString& text) {
    return text.simplified().size() >= 3;
}

void addEmbeddedFiles(const Poppler::Document& document, ImportResult& result) {
    int index = 0;
    for (Poppler::EmbeddedFile* file : document.embeddedFiles()) {
        ++index;
        if (!file->isValid())
            continue;
        const QString name =
            file->name().isEmpty() ? QStringLiteral("embedded-%1.bin").arg(index) : file->name();
        result.children.push_back(
            {name, file->data(), QJsonObject{{QStringLiteral("embedded_file"), index}}});
    }
}

void ignorePopplerMessage(const QString&, const QVariant&) {}

Result<std::unique_ptr<Poppler::Document>> openPdf(const QByteArray& bytes,
                                                   const ImportContext& context) {
    // Poppler reports every repair it makes on stderr; our warnings and errors say what matters.
    static std::once_flag silenced;
    std::call_once(silenced,
                   [] { Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant()); });
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("not a readable PDF: the file is damaged or truncated"),
                    context.fileName);
    if (document->isLocked())
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral(
                "the PDF is password-protected; ask for the password or an unprotected copy"),
            context.fileName);
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    return document;
}

// What OCR made of one page without a text layer: its words, or why there are none.
struct PageOcr {
    int page = 0;
    std::optional<PageText> layer;
    QString warning;
};

// Recognises the pages without a text layer on every core: one tesseract per worker, each
// worker with its own copy of the document (poppler's documents are not shared between
// threads), taking the next page when it is done with one, so a slow page holds up no other.
// Stops at the file's time limit (the pages left get a warning) or when cancelled.
Result<std::vector<PageOcr>> recogniseTextless(const QByteArray& bytes,
                                               const ImportContext& context,
                                               const std::vector<int>& pages,
                                               const QElapsedTimer& clock) {
    std::vector<PageOcr> done(pages.size());
    std::atomic<std::size_t> next = 0;
    std::atomic<bool> cancelled = false;
    std::atomic<std::size_t> finished = 0;
    const qint64 limitMs = qint64(context.limits.maxSecondsPerFile) * 1000;
    // Asked by tesseract as it reads a page: the time limit, and the user's cancel (only the
    // calling thread may ask the progress callback; the others see its answer).
    const auto stop = [&](bool tellsProgress) {
        if (tellsProgress && context.cancelled(0.2 + 0.8 * double(finished) / double(pages.size())))
            cancelled = true;
        return cancelled || clock.elapsed() > limitMs;
    };
    const auto work = [&](bool tellsProgress) {
        const std::function<bool()> stopPage = [&] { return stop(tellsProgress); };
        auto document = openPdf(bytes, context);
        for (std::size_t at = next++; at < pages.size() && !cancelled; at = next++) {
            PageOcr& ocr = done[at];
            ocr.page = pages[at];
            if (clock.elapsed() > limitMs) {
                ocr.warning = QStringLiteral("page %1: not read by OCR, over %2 s for one file")
                                  .arg(ocr.page + 1)
                                  .arg(context.limits.maxSecondsPerFile);
                continue;
            }
            std::unique_ptr<Poppler::Page> page = document ? (*document)->page(ocr.page) : nullptr;
            auto recognised =
                page ? ocrLayer(*page, stopPage)
                     : fail(ErrorCode::InvalidArgument, QStringLiteral("cannot be read for OCR"));
            if (!recognised && recognised.error().code == ErrorCode::Cancelled && !cancelled)
                ocr.warning = QStringLiteral("page %1: OCR stopped at the %2 s limit for one file")
                                  .arg(ocr.page + 1)
                                  .arg(context.limits.maxSecondsPerFile);
            else if (!recognised)
                ocr.warning =
                    QStringLiteral("page %1: %2").arg(ocr.page + 1).arg(recognised.error().message);
            else
                ocr.layer = std::move(*recognised);
            ++finished;
            if (tellsProgress &&
                context.cancelled(0.2 + 0.8 * double(finished) / double(pages.size())))
                cancelled = true;
        }
    };
    const std::size_t workers =
        std::min(pages.size(),
                 context.limits.workers > 0 ? std::size_t(context.limits.workers) : coreCount());
    std::vector<std::thread> threads;
    for (std::size_t worker = 1; worker < workers; ++worker)
        threads.emplace_back(work, false);
    if (workers > 0)
        work(true); // the calling thread is a worker too, and tells the progress
    for (std::thread& thread : threads)
        thread.join();
    if (cancelled)
        return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
    return done;
}

} // namespace

int PdfImporter::fitness(const QByteArray& head, const ImportContext&) const {
    // The header may follow a little junk; readers accept it within the first kilobyte.
    return head.left(1024).contains("%PDF-") ? 95 : 0;
}

Result<ImportResult> PdfImporter::import(const QByteArray& bytes,
                                         const ImportContext& context) const {
    auto document = openPdf(bytes, context);
    if (!document)
        return std::unexpected(document.error());
    const int pages = (*document)->numPages();
    if (pages <= 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the PDF has no pages"),
                    context.fileName);
    ImportResult result;
    const QString title = (*document)->info(QStringLiteral("Title"));
    const int pagesToRead = std::min(pages, context.limits.maxPages);
    if (pagesToRead < pages)
        result.warnings << QStringLiteral("only the first %1 of %2 pages were read")
                               .arg(pagesToRead)
                               .arg(pages);
    QElapsedTimer clock;
    clock.start();
    const auto pageCount = std::size_t(pagesToRead);
    std::vector<std::optional<PageText>> layers(pageCount);
    std::vector<QSizeF> sizes(pageCount);
    std::vector<int> textless;
    for (int index = 0; index < pagesToRead; ++index) {
        if (context.cancelled(0.2 * index / pagesToRead))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
        std::unique_ptr<Poppler::Page> page = (*document)->page(index);
        if (!page) {
            result.warnings << QStringLiteral("page %1: cannot be read").arg(index + 1);
            continue;
        }
        sizes[std::size_t(index)] = page->pageSizeF();
        layers[std::size_t(index)] = textLayer(*page);
        if (!hasText(layers[std::size_t(index)]->text))
            textless.push_back(index);
    }
    auto recognised = recogniseTextless(bytes, context, textless, clock);
    if (!recognised)
        return std::unexpected(recognised.error());
    std::vector<bool> ocrPages(pageCount, false);
    for (const PageOcr& ocr : *recognised) {
        if (!ocr.warning.isEmpty()) {
            result.warnings << ocr.warning;
        } else if (ocr.layer && hasText(ocr.layer->text)) {
            layers[std::size_t(ocr.page)] = *ocr.layer;
            ocrPages[std::size_t(ocr.page)] = true;
        }
    }
    for (int index = 0; index < pagesToRead; ++index) {
        if (!layers[std::size_t(index)])
            continue;
        const PageText& layer = *layers[std::size_t(index)];
        const bool ocr = ocrPages[std::size_t(index)];
        const QSizeF size = sizes[std::size_t(index)];
        QJsonObject locator{{QStringLiteral("page"), index + 1},
                            {QStringLiteral("size"), QJsonArray{size.width(), size.height()}},
                            {QStringLiteral("words"), layer.words}};
        if (ocr)
            locator.insert(QStringLiteral("ocr"), true);
        result.addDocument({ocr ? QStringLiteral("ocr-page") : QStringLiteral("page"),
                            title.isEmpty()
                                ? QStringLiteral("%1, page %2").arg(context.fileName).arg(index + 1)
                                : QStringLiteral("%1, page %2").arg(title).arg(index + 1),
                            layer.text,
                            {},
                            {},
                            locator});
    }
    if (result.documents.empty())
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("none of the %1 pages could be read: the PDF is damaged").arg(pages),
            context.fileName);
    addMentionedIdentifiers(result, context.region);
    addEmbeddedFiles(**document, result);
    return result;
}

} // namespace threadline::ingest
