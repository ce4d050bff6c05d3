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
constexpr double kLegendHeight = 34;
constexpr double kFooterHeight = 18;
constexpr double kTileOverlap = 0.06; // of a tile's width: what a tile repeats of its neighbour
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5c, 0x66, 0x73);
const QColor kRule(0xc7, 0xcd, 0xd4);

QFont sized(const QPainter& painter, double points, bool bold = false) {
    QFont font = painter.font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString tileName(int row, int column) {
    return QChar(u'A' + column) + QString::number(row + 1);
}

int tilesPerSide(const chart::ChartScene& scene) {
    const double pages = double(scene.nodes().size()) / kNodesPerPage;
    return pages <= 1 ? 1 : std::min(8, int(std::ceil(std::sqrt(pages))));
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
    double x = area.left();
    const double y = area.top() + 11;
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& [kind, count] : kinds) {
        const QString text = QStringLiteral("%1 (%2)")
                                 .arg(chart::entityKindTitle(chart::EntityKind(kind)))
                                 .arg(count);
        painter.setPen(Qt::NoPen);
        painter.setBrush(chart::entityKindColour(chart::EntityKind(kind)));
        painter.drawEllipse(QPointF(x + 4, y), 3.6, 3.6);
        painter.setPen(kInk);
        painter.drawText(QPointF(x + 11, y + metrics.ascent() / 2 - 1), text);
        x += 11 + metrics.horizontalAdvance(text) + 12;
    }
    QStringList links;
    for (const auto& [type, count] : linkTypes)
        links << QStringLiteral("%1 %2").arg(count).arg(type);
    painter.setPen(kMuted);
    painter.drawText(
        QRectF(area.left(), y + 6, area.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(QStringLiteral("Links: ") + links.join(QStringLiteral(", ")),
                           Qt::ElideRight, area.width()));
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
        const QRectF box(transform.toScreen(pages[index].world.topLeft()),
                         transform.toScreen(pages[index].world.bottomRight()));
        painter.drawRect(box);
        painter.drawText(box.adjusted(3, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop,
                         pages[index].caption.section(u' ', 1, 1));
    }
}

} // namespace

std::vector<ChartPage> chartPages(const chart::ChartScene& scene) {
    const QRectF bounds = scene.bounds();
    std::vector<ChartPage> pages{{QStringLiteral("whole chart"), bounds}};
    const int side = tilesPerSide(scene);
    if (side == 1)
        return pages;
    const double width = bounds.width() / side, height = bounds.height() / side;
    for (int row = 0; row < side; ++row)
        for (int column = 0; column < side; ++column)
            pages.push_back(
                {QStringLiteral("tile %1 of %2 × %2").arg(tileName(row, column)).arg(side),
                 QRectF(bounds.left() + column * width, bounds.top() + row * height, width, height)
                     .adjusted(-width * kTileOverlap, -height * kTileOverlap, width * kTileOverlap,
                               height * kTileOverlap)});
    return pages;
}

void paintChartPage(QPainter& painter, QSizeF size, const ExhibitModel& model,
                    const ChartPage& page, int pageNumber, int pageCount) {
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    const QRectF inner(kMargin, kMargin * 0.8, size.width() - 2 * kMargin,
                       size.height() - 1.6 * kMargin);
    paintTitleBlock(painter, QRectF(inner.left(), inner.top(), inner.width(), kTitleHeight), model,
                    page);
    const QRectF chartArea(inner.left(), inner.top() + kTitleHeight + 4, inner.width(),
                           inner.height() - kTitleHeight - kLegendHeight - kFooterHeight - 8);
    painter.fillRect(chartArea, chart::ChartRenderer::background());
    const chart::ChartTransform transform =
        chart::ChartTransform::fit(page.world, chartArea.size().toSize(), 24);
    painter.save();
    painter.translate(chartArea.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), chartArea.size()));
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
