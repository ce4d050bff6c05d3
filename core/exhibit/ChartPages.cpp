#include "exhibit/ChartPages.h"

#include "Version.h"
#include "chart/ChartRenderer.h"
#include "chart/EntityStyle.h"

#include <QPainter>

#include <cmath>
#include <map>

namespace threadline::exhibit {

namespace {

constexpr double kMargin = 28;
constexpr double kTitleHeight = 54;
constexpr double kLegendHeight = 48; // three rows of entity types and the link types
constexpr double kFooterHeight = 18;
constexpr double kTileOverlap = 0.06; // of a tile's width: what a tile repeats of its neighbour
constexpr double kLabelledNodePixels = 14; // a node this big carries its label on a tile
constexpr double kPointsPerPixel = 0.75;   // the screen's 96 pixels to the inch
constexpr double kFitMargin = 32;          // pixels around the chart's drawing
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5c, 0x66, 0x73);
const QColor kRule(0xc7, 0xcd, 0xd4);

QFont sized(const QPainter& painter, double points, bool bold = false) {
    QFont font = painter.font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QRectF innerOf(QSizeF size) {
    return {kMargin, kMargin * 0.8, size.width() - 2 * kMargin, size.height() - 1.6 * kMargin};
}

QString tileName(int row, int column) {
    return QChar(u'A' + column) + QString::number(row + 1);
}

// Where the chart is drawn on a page of `size`, between the title block and the legend.
QRectF chartAreaOf(QSizeF size) {
    const QRectF inner = innerOf(size);
    return {inner.left(), inner.top() + kTitleHeight + 4, inner.width(),
            inner.height() - kTitleHeight - kLegendHeight - kFooterHeight - 8};
}

void paintTitleBlock(QPainter& painter, QRectF area, const ExhibitModel& model,
                     const ChartPage& page) {
    const ExhibitHeader& header = model.header;
    painter.setPen(kInk);
    painter.setFont(sized(painter, 16, true));
    painter.drawText(QRectF(area.left(), area.top(), area.width() / 2, 24),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Exhibit %1").arg(header.number));
    painter.setFont(sized(painter, 8.5));
    painter.setPen(kMuted);
    painter.drawText(QRectF(area.left(), area.top() + 25, area.width() / 2, 14),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Chart “%1” · %2").arg(header.chart, page.caption));
    painter.drawText(QRectF(area.left(), area.top() + 38, area.width() * 0.6, 14),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Case %1 · case id %2 · state %3")
                         .arg(header.caseName, header.caseId.left(16), header.auditHead.left(16)));
    const QRectF right(area.left() + area.width() / 2, area.top(), area.width() / 2, 14);
    painter.drawText(right.translated(0, 6), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("Prepared by %1").arg(header.preparedBy));
    painter.drawText(right.translated(0, 20), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("Case as of %1").arg(header.preparedAt));
    painter.drawText(right.translated(0, 34), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 entities, %2 links shown; sources in the appendix")
                         .arg(model.scene.nodes().size())
                         .arg(std::count_if(model.items.begin(), model.items.end(),
                                            [](const ShownItem& item) { return item.isLink; })));
    painter.setPen(QPen(kRule, 0.8));
    painter.drawLine(QPointF(area.left(), area.bottom() - 2),
                     QPointF(area.right(), area.bottom() - 2));
}

// The entity types drawn, with their colour and count, flowing over as many rows as they need,
// then the link types in words.
void paintLegend(QPainter& painter, QRectF area, const ExhibitModel& model) {
    std::map<int, int> kinds;
    for (const chart::SceneNode& node : model.scene.nodes())
        ++kinds[int(node.kind)];
    std::map<QString, int> linkTypes;
    for (const ShownItem& item : model.items)
        if (item.isLink)
            ++linkTypes[item.type];
    painter.setPen(QPen(kRule, 0.8));
    painter.drawLine(QPointF(area.left(), area.top() + 1), QPointF(area.right(), area.top() + 1));
    painter.setFont(sized(painter, 7.5));
    const QFontMetricsF metrics(painter.font());
    const double rowHeight = metrics.height() + 2;
    double x = area.left();
    double y = area.top() + 4 + rowHeight / 2;
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& [kind, count] : kinds) {
        const QString text = QStringLiteral("%1 (%2)")
                                 .arg(chart::entityKindTitle(chart::EntityKind(kind)))
                                 .arg(count);
        const double width = 11 + metrics.horizontalAdvance(text) + 12;
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += rowHeight;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(chart::entityKindColour(chart::EntityKind(kind)));
        painter.drawEllipse(QPointF(x + 4, y), 3.6, 3.6);
        painter.setPen(kInk);
        painter.drawText(QPointF(x + 11, y + metrics.ascent() / 2 - 1), text);
        x += width;
    }
    QStringList links;
    for (const auto& [type, count] : linkTypes)
        links << QStringLiteral("%1 %2").arg(count).arg(type);
    painter.setPen(kMuted);
    painter.drawText(QRectF(area.left(), y + rowHeight / 2, area.width(),
                            std::max(rowHeight, area.bottom() - y - rowHeight / 2)),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     QStringLiteral("Links: ") + links.join(QStringLiteral(", ")));
}

void paintFooter(QPainter& painter, QRectF area, const ExhibitModel& model, int pageNumber,
                 int pageCount) {
    painter.setFont(sized(painter, 7.5));
    painter.setPen(kMuted);
    const QString left =
        QStringLiteral("Threadline %1 · every line is sourced in appendix.pdf%2")
            .arg(QLatin1String(kVersion),
                 model.protectedShown.empty()
                     ? QString()
                     : QStringLiteral(" · protected identities appear under pseudonyms"));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("Exhibit %1 · page %2 of %3")
                         .arg(model.header.number)
                         .arg(pageNumber)
                         .arg(pageCount));
}

// On the whole chart of a tiled exhibit: where each tile is.
void paintTileGrid(QPainter& painter, const chart::ChartTransform& transform,
                   const std::vector<ChartPage>& pages) {
    painter.setPen(QPen(QColor(0x2b, 0x6c, 0xd4, 110), 0.6, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.setFont(sized(painter, 7, true));
    for (std::size_t index = 1; index < pages.size(); ++index) {
        const QRectF box(transform.toScreen(pages[index].cell.topLeft()),
                         transform.toScreen(pages[index].cell.bottomRight()));
        painter.drawRect(box);
        painter.drawText(box.adjusted(3, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop,
                         pages[index].caption.section(u' ', 1, 1));
    }
}

} // namespace

std::vector<ChartPage> chartPages(const chart::ChartScene& scene) {
    const QRectF bounds = scene.bounds();
    std::vector<ChartPage> pages{{QStringLiteral("whole chart"), bounds, bounds}};
    const QSizeF area = chartAreaOf(kChartPageSize).size() / kPointsPerPixel -
                        QSizeF(2 * kFitMargin, 2 * kFitMargin);
    // The scale at which a node of the normal size is big enough to carry its label.
    const double readable = kLabelledNodePixels / chart::ChartRenderer::kNodeWorldSize;
    int columns = std::max(1, int(std::ceil(bounds.width() * readable / area.width())));
    int rows = std::max(1, int(std::ceil(bounds.height() * readable / area.height())));
    if (columns * rows <= 1)
        return pages;
    while (columns * rows > kMostTiles) { // past that, tiles as big as the budget allows
        columns = std::max(1, columns * 9 / 10);
        rows = std::max(1, rows * 9 / 10);
    }
    columns = std::min(columns, 26); // lettered A to Z
    const double width = bounds.width() / columns, height = bounds.height() / rows;
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            const QRectF tile(bounds.left() + column * width, bounds.top() + row * height, width,
                              height);
            if (scene.nodesIn(tile).empty())
                continue;
            pages.push_back({QStringLiteral("tile %1 of %2 × %3")
                                 .arg(tileName(row, column))
                                 .arg(columns)
                                 .arg(rows),
                             tile.adjusted(-width * kTileOverlap, -height * kTileOverlap,
                                           width * kTileOverlap, height * kTileOverlap),
                             tile});
        }
    return pages;
}

void paintChartPage(QPainter& painter, QSizeF size, const ExhibitModel& model,
                    const ChartPage& page, int pageNumber, int pageCount) {
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    const QRectF inner = innerOf(size);
    paintTitleBlock(painter, QRectF(inner.left(), inner.top(), inner.width(), kTitleHeight), model,
                    page);
    const QRectF chartArea = chartAreaOf(size);
    painter.fillRect(chartArea, chart::ChartRenderer::background());
    // The chart is drawn in the screen's pixels, 96 to the inch, as the view draws it.
    const QSizeF pixels = chartArea.size() / kPointsPerPixel;
    const chart::ChartTransform transform =
        chart::ChartTransform::fit(page.world, pixels.toSize(), kFitMargin);
    painter.save();
    painter.translate(chartArea.topLeft());
    painter.scale(kPointsPerPixel, kPointsPerPixel);
    painter.setClipRect(QRectF(QPointF(0, 0), pixels));
    chart::ChartRenderer().paint(painter, model.scene, transform);
    if (pageNumber == 1)
        paintTileGrid(painter, transform, chartPages(model.scene));
    painter.restore();
    paintLegend(painter, QRectF(inner.left(), chartArea.bottom() + 4, inner.width(), kLegendHeight),
                model);
    paintFooter(painter,
                QRectF(inner.left(), inner.bottom() - kFooterHeight, inner.width(), kFooterHeight),
                model, pageNumber, pageCount);
    painter.restore();
}

} // namespace threadline::exhibit
