#include "media/PdfPageImage.h"

#include <algorithm>
#include <list>
#include <memory>
#include <mutex>
#include <poppler/qt6/poppler-qt6.h>

namespace threadline::media {

namespace {

constexpr std::size_t kDocumentsKept = 3;
constexpr double kPointsPerInch = 72.0;

struct ParsedPdf {
    QString sha256;
    std::shared_ptr<Poppler::Document> document;
};

void ignorePopplerMessage(const QString&, const QVariant&) {}

// The parsed document for `bytes`, from the cache or parsed now (most recent first).
std::shared_ptr<Poppler::Document> parsed(const QByteArray& bytes, const QString& sha256) {
    static std::mutex mutex;
    static std::list<ParsedPdf> kept;
    std::lock_guard lock(mutex);
    const auto found = std::find_if(kept.begin(), kept.end(),
                                    [&](const ParsedPdf& pdf) { return pdf.sha256 == sha256; });
    if (found != kept.end()) {
        kept.splice(kept.begin(), kept, found);
        return kept.front().document;
    }
    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
    std::shared_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document || document->isLocked())
        return nullptr;
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    kept.push_front({sha256, document});
    if (kept.size() > kDocumentsKept)
        kept.pop_back();
    return document;
}

} // namespace

Result<PdfPageImage> renderPdfPage(const QByteArray& bytes, const QString& sha256,
                                   const QString& name, int page, int widthPixels) {
    const std::shared_ptr<Poppler::Document> document = parsed(bytes, sha256);
    if (!document)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("cannot be opened as a PDF any more (damaged or locked)"), name);
    if (page < 1 || page > document->numPages())
        return fail(
            ErrorCode::NotFound,
            QStringLiteral("has no page %1 (it has %2)").arg(page).arg(document->numPages()), name);
    // Poppler's pages of one document must not be drawn from two threads at once.
    static std::mutex drawing;
    std::lock_guard lock(drawing);
    const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1);
    if (!pdfPage)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("page %1 cannot be read").arg(page),
                    name);
    const double widthPoints = std::max(1.0, pdfPage->pageSizeF().width());
    const double pixelsPerPoint = double(std::max(100, widthPixels)) / widthPoints;
    const double dpi = pixelsPerPoint * kPointsPerInch;
    QImage image = pdfPage->renderToImage(dpi, dpi);
    if (image.isNull())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("page %1 could not be drawn").arg(page), name);
    return PdfPageImage{std::move(image), pixelsPerPoint};
}

} // namespace threadline::media
