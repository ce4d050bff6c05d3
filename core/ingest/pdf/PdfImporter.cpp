#include "ingest/pdf/PdfImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ocr/Ocr.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <mutex>
#include <poppler/qt6/poppler-qt6.h>

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

Result<PageText> ocrLayer(const Poppler::Page& page) {
    const QImage image = page.renderToImage(kOcrDpi, kOcrDpi);
    auto recognised = ocr::recognise(image, kOcrDpi);
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
    for (int index = 0; index < pagesToRead; ++index) {
        if (context.cancelled(double(index) / pagesToRead))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
        if (clock.elapsed() > qint64(context.limits.maxSecondsPerFile) * 1000) {
            result.warnings << QStringLiteral("stopped after page %1: over %2 s for one file")
                                   .arg(index)
                                   .arg(context.limits.maxSecondsPerFile);
            break;
        }
        std::unique_ptr<Poppler::Page> page = (*document)->page(index);
        if (!page) {
            result.warnings << QStringLiteral("page %1: cannot be read").arg(index + 1);
            continue;
        }
        PageText layer = textLayer(*page);
        bool ocr = false;
        if (!hasText(layer.text)) {
            auto recognised = ocrLayer(*page);
            if (!recognised)
                result.warnings
                    << QStringLiteral("page %1: %2").arg(index + 1).arg(recognised.error().message);
            else if (hasText(recognised->text)) {
                layer = std::move(*recognised);
                ocr = true;
            }
        }
        const QSizeF size = page->pageSizeF();
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
