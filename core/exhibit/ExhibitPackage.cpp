#include "exhibit/ExhibitPackage.h"

#include "exhibit/Appendix.h"
#include "exhibit/ChartPages.h"
#include "exhibit/ExhibitReading.h"
#include "exhibit/PackageFiles.h"
#include "exhibit/Redaction.h"
#include "exhibit/ReportWriter.h"
#include "timeline/TimelineExport.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHashSeed>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTemporaryDir>

namespace threadline::exhibit {

namespace {

// Qt writes a PDF's fonts in the order of hashes seeded at random per process: while an exhibit
// is written the seed is fixed, so the same exhibit is the same bytes; then random again (the
// importers hash what seized files hold).
struct DeterministicHashes {
    DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    DeterministicHashes(const DeterministicHashes&) = delete;
    DeterministicHashes& operator=(const DeterministicHashes&) = delete;
};

Result<void> writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QStringLiteral("cannot write the file"), path);
    return {};
}

Result<int> writeChartPdf(const QString& path, const ExhibitModel& model,
                          const store::ProgressCallback& progress) {
    const std::vector<ChartPage> pages = chartPages(model.scene);
    QPdfWriter pdf(path);
    pdf.setResolution(72);
    pdf.setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    pdf.setCreator(QStringLiteral("Threadline"));
    pdf.setTitle(QStringLiteral("Exhibit %1").arg(model.header.number));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(ErrorCode::Io, QStringLiteral("cannot write the exhibit"), path);
    for (std::size_t index = 0; index < pages.size(); ++index) {
        if (index > 0)
            pdf.newPage();
        paintChartPage(painter, kChartPageSize, model, pages[index], int(index) + 1,
                       int(pages.size()));
        if (progress && !progress(std::int64_t(index) + 1, std::int64_t(pages.size())))
            return fail(ErrorCode::Cancelled, QStringLiteral("the exhibit was cancelled"));
    }
    painter.end();
    return int(pages.size());
}

Result<void> writeChartSvg(const QString& path, const ExhibitModel& model) {
    const std::vector<ChartPage> pages = chartPages(model.scene);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(kChartPageSize.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), kChartPageSize));
    svg.setTitle(QStringLiteral("Exhibit %1").arg(model.header.number));
    svg.setDescription(QStringLiteral("Chart %1, drawn by Threadline").arg(model.header.chart));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(ErrorCode::Io, QStringLiteral("cannot write the exhibit"), path);
    paintChartPage(painter, kChartPageSize, model, pages.front(), 1, int(pages.size()));
    painter.end();
    return {};
}

Result<void> writeChartPng(const QString& path, const ExhibitModel& model, int dpi) {
    const std::vector<ChartPage> pages = chartPages(model.scene);
    const double scale = std::clamp(dpi, 72, 600) / 72.0;
    QImage image((kChartPageSize * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintChartPage(painter, kChartPageSize, model, pages.front(), 1, int(pages.size()));
    painter.end();
    if (!image.save(path, "PNG"))
        return fail(ErrorCode::Io, QStringLiteral("cannot write the exhibit"), path);
    return {};
}

Result<void> writeTimeline(const store::CaseStore& store, const QString& folder,
                           const ExhibitModel& model, const Redactor& redactor) {
    std::vector<EntityId> entities;
    for (const ShownItem& item : model.items)
        if (!item.isLink)
            entities.push_back(EntityId{item.id});
    auto timeline = timeline::readTimeline(store, entities);
    if (!timeline)
        return std::unexpected(timeline.error());
    for (timeline::ThemeLine& line : timeline->lines)
        line.label = redactor.nameOf(line.entity, line.label);
    for (timeline::Mark& mark : timeline->marks)
        mark.summary = redactor.redact(mark.summary);
    timeline->undated.clear(); // counted, never drawn: their texts stay out of the files
    timeline::TimelineView view;
    view.title = QStringLiteral("Exhibit %1 — timeline of chart “%2”")
                     .arg(model.header.number, model.header.chart);
    const std::int64_t margin =
        std::max<std::int64_t>(3600000, (timeline->last - timeline->first) / 40);
    view.lineOrder = timeline->activeLines(timeline->first - margin, timeline->last + margin);
    const QSize size(1200,
                     std::max(400, timeline::TimelinePainter::heightForAllLines(*timeline, view)));
    view.scale = timeline::TimelinePainter::scaleFor(QSizeF(size), timeline->first - margin,
                                                     timeline->last + margin, true);
    for (const char* name : {"timeline.pdf", "timeline.svg"})
        if (auto written = timeline::exportTimeline(*timeline, view, size,
                                                    QDir(folder).filePath(QLatin1String(name)));
            !written)
            return written;
    return {};
}

Result<int> writeFiles(const store::CaseStore& store, const QString& folder,
                       const ExhibitModel& model, const Redactor& redactor,
                       const ExhibitRequest& request, const store::ProgressCallback& progress) {
    const QDir dir(folder);
    auto pages = writeChartPdf(dir.filePath(QStringLiteral("exhibit.pdf")), model, progress);
    if (!pages)
        return pages;
    if (auto written = writeChartSvg(dir.filePath(QStringLiteral("exhibit.svg")), model); !written)
        return std::unexpected(written.error());
    if (auto written =
            writeChartPng(dir.filePath(QStringLiteral("exhibit.png")), model, request.pngDpi);
        !written)
        return std::unexpected(written.error());
    std::optional<store::VerificationReport> verified;
    if (!request.preview) {
        auto report = store.verify();
        if (!report)
            return std::unexpected(report.error());
        verified = std::move(*report);
    }
    ReportWriter appendix;
    writeAppendix(appendix, model);
    writeMethods(appendix, model, verified ? &*verified : nullptr);
    if (auto written = appendix.write(
            dir.filePath(QStringLiteral("appendix.pdf")),
            QStringLiteral("Exhibit %1 — sources and methods").arg(model.header.number),
            QStringLiteral("Case %1 · chart “%2”").arg(model.header.caseName, model.header.chart));
        !written)
        return std::unexpected(written.error());
    if (auto written = writeBytes(dir.filePath(QStringLiteral("items.csv")), itemsCsv(model));
        !written)
        return std::unexpected(written.error());
    if (request.timeline)
        if (auto written = writeTimeline(store, folder, model, redactor); !written)
            return std::unexpected(written.error());
    for (const QString& pdf : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files))
        if (auto stamped = stampPdfTime(dir.filePath(pdf), model.header.auditHeadAt); !stamped)
            return std::unexpected(stamped.error());
    return pages;
}

Result<QString> writeManifest(const QString& folder, const ExhibitModel& model) {
    auto manifest = manifestOf(folder, model);
    if (!manifest)
        return std::unexpected(manifest.error());
    const QByteArray bytes = QJsonDocument(*manifest).toJson(QJsonDocument::Indented);
    if (auto written = writeBytes(QDir(folder).filePath(QStringLiteral("manifest.json")), bytes);
        !written)
        return std::unexpected(written.error());
    return Sha256::hexOf(bytes);
}

Result<void> checkTarget(const QString& folder) {
    const QDir target(folder);
    if (target.exists() && !target.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the folder is not empty; choose a new one for the exhibit"),
                    folder);
    return {};
}

} // namespace

Result<ExhibitSummary> writeExhibit(const store::CaseStore& store, const QString& casePath,
                                    const ExhibitRequest& request, const QString& folder,
                                    const store::ProgressCallback& progress) {
    const DeterministicHashes sameBytes;
    if (auto free = checkTarget(folder); !free)
        return std::unexpected(free.error());
    auto redactor = Redactor::load(store, request.publicFilingRules);
    if (!redactor)
        return std::unexpected(redactor.error());
    auto model = readExhibit(store, casePath, request, *redactor, progress);
    if (!model)
        return std::unexpected(model.error());
    const QString parent = QFileInfo(folder).absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the folder"), parent);
    QTemporaryDir staging(parent + QStringLiteral("/.exhibit-XXXXXX"));
    if (!staging.isValid())
        return fail(ErrorCode::Io, QStringLiteral("cannot write beside the exhibit"), parent);
    ExhibitSummary summary;
    auto pages = writeFiles(store, staging.path(), *model, *redactor, request, progress);
    if (!pages)
        return std::unexpected(pages.error());
    summary.chartPages = *pages;
    auto manifestHash = writeManifest(staging.path(), *model);
    if (!manifestHash)
        return std::unexpected(manifestHash.error());
    summary.manifestSha256 = *manifestHash;
    QDir().rmdir(folder); // an empty folder the user chose
    if (!QDir().rename(staging.path(), folder))
        return fail(ErrorCode::Io, QStringLiteral("cannot move the exhibit into place"), folder);
    staging.setAutoRemove(false);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                      QFile::ExeOther); // the staging folder was private
    summary.folder = folder;
    summary.files = QDir(folder).entryList(QDir::Files, QDir::Name);
    if (request.zip) {
        summary.zip = QDir::cleanPath(folder) + QStringLiteral(".zip");
        if (auto zipped = zipFolder(folder, summary.zip, model->header.auditHeadAt); !zipped)
            return std::unexpected(zipped.error());
    }
    return summary;
}

Result<ExhibitSummary> exportExhibit(store::CaseStore& store, const QString& casePath,
                                     const ExhibitRequest& request, const QString& folder,
                                     const store::ProgressCallback& progress) {
    auto summary = writeExhibit(store, casePath, request, folder, progress);
    if (!summary)
        return summary;
    auto recorded = store.recordAction(
        QStringLiteral("exhibit.exported"),
        QJsonObject{{QStringLiteral("exhibit"), request.number},
                    {QStringLiteral("chart"), request.chart},
                    {QStringLiteral("manifest_sha256"), summary->manifestSha256}});
    if (!recorded)
        return std::unexpected(recorded.error());
    return summary;
}

} // namespace threadline::exhibit
