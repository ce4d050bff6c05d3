#include "timeline/TimelineExport.h"

#include "store/FactStore.h"

#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace threadline::timeline {

Result<Timeline> readTimeline(const store::CaseStore& store,
                              const std::vector<EntityId>& entities) {
    const store::FactStore facts = store.facts();
    std::vector<ThemeLine> lines;
    for (EntityId id : entities) {
        auto entity = facts.entity(id);
        if (!entity)
            return std::unexpected(entity.error());
        lines.push_back({entity->id, entity->label, entity->type});
    }
    auto events = facts.eventsOf(entities);
    if (!events)
        return std::unexpected(events.error());
    // The busiest entities first: the lines an analyst reads before scrolling.
    QHash<std::int64_t, int> counts;
    for (const TimedEvent& event : *events)
        for (EntityId entity : event.entities)
            ++counts[entity.value];
    std::stable_sort(lines.begin(), lines.end(), [&](const ThemeLine& a, const ThemeLine& b) {
        return counts.value(a.entity.value) > counts.value(b.entity.value);
    });
    return buildTimeline(std::move(lines), *events);
}

namespace {

Result<void> paintInto(QPaintDevice& device, const Timeline& timeline, const TimelineView& view,
                       QSize size, const QString& path) {
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, QStringLiteral("cannot write the timeline"), path);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    TimelinePainter().paint(painter, QSizeF(size), timeline, view);
    painter.end();
    return {};
}

} // namespace

Result<void> exportTimeline(const Timeline& timeline, const TimelineView& view, QSize size,
                            const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view.title.isEmpty() ? QStringLiteral("Timeline") : view.title);
        svg.setDescription(QStringLiteral("Threadline timeline"));
        return paintInto(svg, timeline, view, size, path);
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setResolution(72); // a pixel of the picture is a point of the page
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(view.title.isEmpty() ? QStringLiteral("Timeline") : view.title);
        pdf.setCreator(QStringLiteral("Threadline"));
        return paintInto(pdf, timeline, view, size, path);
    }
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        if (auto painted = paintInto(image, timeline, view, size, path); !painted)
            return painted;
        if (!image.save(path, "PNG"))
            return fail(ErrorCode::Io, QStringLiteral("cannot write the timeline"), path);
        return {};
    }
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("write the timeline as .svg, .pdf or .png, not '.%1'").arg(suffix),
                path);
}

} // namespace threadline::timeline
