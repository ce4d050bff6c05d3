#include "timeline/TimelinePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace threadline::timeline {

namespace {

constexpr int kKinds = 8;
constexpr double kMarkSize = 9;
// Past this many marks in view, each is a tick in its pixel column rather than a shape.
constexpr int kShapeBudget = 6000;

QColor kindColour(MarkKind kind) {
    static const std::array<QColor, kKinds> colours = {
        QColor(0x1f, 0x77, 0xb4), // calls
        QColor(0x17, 0x9c, 0xaa), // messages
        QColor(0x6b, 0x6b, 0x6b), // e-mails
        QColor(0x2c, 0x9a, 0x2c), // payments
        QColor(0xe0, 0x72, 0x0b), // ads
        QColor(0x8e, 0x5c, 0xb8), // photos
        QColor(0xc8, 0x2a, 0x2a), // places
        QColor(0x8c, 0x56, 0x4b), // other
    };
    return colours[std::size_t(kind)];
}

// A mark's shape centred at `at`, added to `path`.
void addShape(QPainterPath& path, MarkKind kind, QPointF at, double size) {
    const double half = size / 2;
    const QRectF box(at.x() - half, at.y() - half, size, size);
    switch (kind) {
    case MarkKind::Call:
    case MarkKind::Photo:
        path.addEllipse(box);
        return;
    case MarkKind::Message:
    case MarkKind::Ad:
        path.addRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        return;
    case MarkKind::Email:
        path.addPolygon(QPolygonF({QPointF(at.x(), box.top()), QPointF(box.right(), at.y()),
                                   QPointF(at.x(), box.bottom()), QPointF(box.left(), at.y()),
                                   QPointF(at.x(), box.top())}));
        return;
    case MarkKind::Payment:
        path.addPolygon(QPolygonF({QPointF(at.x(), box.top()), QPointF(box.right(), box.bottom()),
                                   QPointF(box.left(), box.bottom()), QPointF(at.x(), box.top())}));
        return;
    case MarkKind::Location:
        path.addPolygon(QPolygonF({QPointF(box.left(), box.top()), QPointF(box.right(), box.top()),
                                   QPointF(at.x(), box.bottom()), QPointF(box.left(), box.top())}));
        return;
    case MarkKind::Other:
        path.addRect(QRectF(at.x() - 1.5, box.top(), 3, size));
        return;
    }
}

// Hollow kinds are outlined, the others filled.
bool hollow(MarkKind kind) {
    return kind == MarkKind::Ad || kind == MarkKind::Photo;
}

double lineY(const QRectF& plot, int visibleIndex) {
    return plot.top() + (visibleIndex + 0.5) * TimelinePainter::kLineHeight;
}

struct Layout {
    QSizeF size;
    QRectF plot;
    QRectF density;
    QRectF axis;
    std::vector<int> rows;  // the theme line drawn in each visible row
    std::vector<int> rowOf; // the visible row of each theme line, -1 when not drawn
    int lineCount = 0;      // visible rows
};

Layout layoutOf(QSizeF size, const Timeline& timeline, const TimelineView& view) {
    const bool titled = !view.title.isEmpty();
    Layout layout{size,
                  TimelinePainter::plotArea(size, titled),
                  TimelinePainter::densityArea(size, titled),
                  {},
                  {},
                  std::vector<int>(timeline.lines.size(), -1),
                  0};
    layout.axis = QRectF(layout.plot.left(), layout.density.bottom(), layout.plot.width(),
                         TimelinePainter::kAxisHeight);
    const int shown = TimelinePainter::shownLines(timeline, view);
    const int first = std::clamp(view.firstLine, 0, std::max(0, shown - 1));
    layout.lineCount =
        std::max(0, std::min(shown - first, TimelinePainter::visibleLines(size, titled)));
    for (int row = 0; row < layout.lineCount; ++row) {
        const int line = view.lineOrder ? (*view.lineOrder)[std::size_t(first + row)] : first + row;
        layout.rows.push_back(line);
        layout.rowOf[std::size_t(line)] = row;
    }
    return layout;
}

void paintTitle(QPainter& painter, const Layout& layout, const TimelineView& view) {
    if (view.title.isEmpty())
        return;
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(QRectF(12, 0, layout.size.width() - 24, TimelinePainter::kTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, view.title);
    font.setBold(false);
    font.setPointSizeF(font.pointSizeF() / 1.15);
    painter.setFont(font);
}

// Counts of events per bin over the whole range, the window shown shaded on it.
void paintDensity(QPainter& painter, const Layout& layout, const Timeline& timeline,
                  const TimelineView& view) {
    const QRectF area = layout.density;
    painter.fillRect(area, QColor(0xf4, 0xf5, 0xf7));
    if (timeline.marks.empty())
        return;
    const int bins = std::max(1, int(area.width() / 3));
    const TimeScale whole(timeline.first, std::max(timeline.last, timeline.first + 1000),
                          area.left(), area.right());
    std::vector<int> counts(std::size_t(bins), 0);
    for (const Mark& mark : timeline.marks)
        ++counts[std::size_t(
            std::clamp(int((whole.x(mark.start) - area.left()) / 3), 0, bins - 1))];
    const int most = *std::max_element(counts.begin(), counts.end());
    std::vector<QRectF> bars;
    for (int bin = 0; bin < bins; ++bin)
        if (counts[std::size_t(bin)] > 0) {
            const double height =
                (area.height() - 6) * std::sqrt(double(counts[std::size_t(bin)]) / most);
            bars.emplace_back(area.left() + bin * 3, area.bottom() - 2 - height, 2.4, height);
        }
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x8a, 0x9b, 0xb4));
    painter.drawRects(bars.data(), int(bars.size()));
    const double windowLeft = std::max(area.left(), whole.x(view.scale.from()));
    const double windowRight = std::min(area.right(), whole.x(view.scale.to()));
    if (windowRight > windowLeft) {
        painter.setBrush(QColor(0x2b, 0x6c, 0xd4, 40));
        painter.setPen(QPen(QColor(0x2b, 0x6c, 0xd4), 1));
        painter.drawRect(QRectF(windowLeft, area.top() + 1, std::max(2.0, windowRight - windowLeft),
                                area.height() - 2));
    }
    painter.setPen(QColor(0x55, 0x5d, 0x6b));
    painter.drawText(QRectF(8, area.top(), TimelinePainter::kGutter - 14, area.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 events").arg(timeline.marks.size()));
}

void paintAxis(QPainter& painter, const Layout& layout, const TimelineView& view) {
    const std::vector<Tick> ticks = view.scale.ticks(view.zone, TimelinePainter::kTickSpacing);
    const double linesBottom = layout.plot.top() + layout.lineCount * TimelinePainter::kLineHeight;
    std::vector<QLineF> minor, major;
    for (const Tick& tick : ticks)
        (tick.major ? major : minor)
            .emplace_back(tick.x, layout.axis.bottom() - 6, tick.x,
                          std::max(linesBottom, layout.axis.bottom()));
    painter.setPen(QPen(QColor(0xe3, 0xe6, 0xea), 1));
    painter.drawLines(minor.data(), int(minor.size()));
    painter.setPen(QPen(QColor(0xb8, 0xbf, 0xc9), 1));
    painter.drawLines(major.data(), int(major.size()));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QFontMetricsF metrics(painter.font());
    for (const Tick& tick : ticks) {
        QFont font = painter.font();
        font.setBold(tick.major);
        painter.setFont(font);
        // Measured in the font it is written in: a bold label is wider.
        const double width = QFontMetricsF(font).horizontalAdvance(tick.label) + 4;
        const double left =
            std::clamp(tick.x - width / 2, layout.axis.left(), layout.axis.right() - width);
        painter.drawText(QRectF(left, layout.axis.top(), width, layout.axis.height() - 8),
                         Qt::AlignCenter, tick.label);
    }
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x5d, 0x6b));
    painter.drawText(
        QRectF(8, layout.axis.top(), TimelinePainter::kGutter - 14, layout.axis.height()),
        Qt::AlignRight | Qt::AlignVCenter,
        metrics.elidedText(zoneName(view.zone, view.scale.from()), Qt::ElideMiddle,
                           TimelinePainter::kGutter - 14));
}

// A theme line's name, and under it in small grey its entity type.
void paintLineLabel(QPainter& painter, const ThemeLine& line, double y) {
    constexpr double kWidth = TimelinePainter::kGutter - 14;
    const QFont font = painter.font();
    const double half = TimelinePainter::kLineHeight / 2;
    const bool typed = !line.type.isEmpty();
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QRectF(8, y - half, kWidth, typed ? half + 3 : 2 * half),
                     Qt::AlignRight | (typed ? Qt::AlignBottom : Qt::AlignVCenter),
                     QFontMetricsF(font).elidedText(line.label, Qt::ElideMiddle, kWidth));
    if (!typed)
        return;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    painter.setFont(small);
    painter.setPen(QColor(0x70, 0x78, 0x85));
    painter.drawText(QRectF(8, y + 2, kWidth, half - 2), Qt::AlignRight | Qt::AlignTop, line.type);
    painter.setFont(font);
}

void paintLines(QPainter& painter, const Layout& layout, const Timeline& timeline,
                const TimelineView& view) {
    for (int visible = 0; visible < layout.lineCount; ++visible) {
        const ThemeLine& line = timeline.lines[std::size_t(layout.rows[std::size_t(visible)])];
        const double y = lineY(layout.plot, visible);
        if (view.highlightedEntities.contains(line.entity.value))
            painter.fillRect(QRectF(0, y - TimelinePainter::kLineHeight / 2, layout.size.width(),
                                    TimelinePainter::kLineHeight),
                             QColor(0xff, 0xf3, 0xc4));
        else if (visible % 2 == 1)
            painter.fillRect(QRectF(0, y - TimelinePainter::kLineHeight / 2, layout.size.width(),
                                    TimelinePainter::kLineHeight),
                             QColor(0xfa, 0xfa, 0xfb));
        painter.setPen(QPen(QColor(0xd0, 0xd5, 0xdc), 1));
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y));
        paintLineLabel(painter, line, y);
    }
}

// The marks in view, gathered per pixel column so that the cost follows the picture: a
// connector per column and pair of lines, a shape (or, when crowded, a tick) per column, line
// and kind, and a bar for each mark long enough to show its duration.
struct Gathered {
    std::array<std::vector<QPointF>, kKinds> points;
    std::array<std::vector<QRectF>, kKinds> bars;
    std::vector<QLineF> connectors;
    std::vector<QPointF> highlighted;
    std::size_t pointCount = 0;
};

Gathered gather(const Layout& layout, const Timeline& timeline, const TimelineView& view) {
    Gathered gathered;
    const int width = std::max(1, int(std::ceil(layout.plot.width())));
    std::vector<std::uint8_t> occupied(
        std::size_t(width) * std::size_t(std::max(1, layout.lineCount)), 0);
    QSet<std::uint64_t> connected;
    const auto [begin, end] = timeline.overlapping(view.scale.from(), view.scale.to());
    for (std::size_t index = begin; index < end; ++index) {
        const Mark& mark = timeline.marks[index];
        if (mark.end < view.scale.from())
            continue;
        const double x0 = view.scale.x(mark.start), x1 = view.scale.x(mark.end);
        const int column = std::clamp(int(x0 - layout.plot.left()), 0, width - 1);
        const bool highlighted = view.highlighted.contains(mark.id.value);
        int lowest = -1, highest = -1;
        for (int line : mark.lines) {
            const int visible = layout.rowOf[std::size_t(line)];
            if (visible < 0)
                continue;
            lowest = lowest < 0 ? visible : std::min(lowest, visible);
            highest = std::max(highest, visible);
            const double y = lineY(layout.plot, visible);
            if (x1 - x0 >= 3)
                gathered.bars[std::size_t(mark.kind)].emplace_back(
                    std::max(x0, layout.plot.left()), y - 3,
                    std::min(x1, layout.plot.right()) - std::max(x0, layout.plot.left()), 6);
            std::uint8_t& cell =
                occupied[std::size_t(visible) * std::size_t(width) + std::size_t(column)];
            const std::uint8_t bit = std::uint8_t(1u << unsigned(mark.kind));
            if (!(cell & bit)) {
                cell |= bit;
                gathered.points[std::size_t(mark.kind)].emplace_back(
                    layout.plot.left() + column + 0.5, y);
                ++gathered.pointCount;
            }
            if (highlighted)
                gathered.highlighted.emplace_back(x0, y);
        }
        if (highest > lowest) {
            const std::uint64_t key = (std::uint64_t(column) << 32) |
                                      (std::uint64_t(lowest) << 16) | std::uint64_t(highest);
            if (!connected.contains(key)) {
                connected.insert(key);
                const double x = layout.plot.left() + column + 0.5;
                gathered.connectors.emplace_back(x, lineY(layout.plot, lowest), x,
                                                 lineY(layout.plot, highest));
            }
        }
    }
    return gathered;
}

void paintMarks(QPainter& painter, const Layout& layout, const Timeline& timeline,
                const TimelineView& view) {
    painter.save();
    painter.setClipRect(layout.plot.adjusted(-kMarkSize, 0, kMarkSize, 0));
    const Gathered gathered = gather(layout, timeline, view);
    painter.setPen(QPen(QColor(0x60, 0x70, 0x88, 150), 1));
    painter.drawLines(gathered.connectors.data(), int(gathered.connectors.size()));
    const bool crowded = gathered.pointCount > std::size_t(kShapeBudget);
    painter.setRenderHint(QPainter::Antialiasing, !crowded);
    for (int kind = 0; kind < kKinds; ++kind) {
        const QColor colour = kindColour(MarkKind(kind));
        const auto& bars = gathered.bars[std::size_t(kind)];
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 90));
        painter.drawRects(bars.data(), int(bars.size()));
        const auto& points = gathered.points[std::size_t(kind)];
        if (crowded) {
            std::vector<QLineF> ticks;
            ticks.reserve(points.size());
            for (const QPointF& point : points)
                ticks.emplace_back(point.x(), point.y() - 5, point.x(), point.y() + 5);
            painter.setPen(QPen(colour, 1));
            painter.drawLines(ticks.data(), int(ticks.size()));
            continue;
        }
        QPainterPath shapes;
        for (const QPointF& point : points)
            addShape(shapes, MarkKind(kind), point, kMarkSize);
        if (hollow(MarkKind(kind))) {
            painter.setBrush(Qt::white);
            painter.setPen(QPen(colour, 1.6));
        } else {
            painter.setBrush(colour);
            painter.setPen(QPen(colour.darker(130), 0.8));
        }
        painter.drawPath(shapes);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0xff, 0xb0, 0x00), 2.2));
    for (const QPointF& point : gathered.highlighted)
        painter.drawEllipse(point, kMarkSize * 0.9, kMarkSize * 0.9);
    painter.restore();
}

void paintBrush(QPainter& painter, const Layout& layout, const TimelineView& view) {
    if (!view.brush)
        return;
    const double left = std::max(layout.plot.left(), view.scale.x(view.brush->first));
    const double right = std::min(layout.plot.right(), view.scale.x(view.brush->second));
    if (right <= left)
        return;
    const QRectF area(left, layout.axis.top(), right - left,
                      layout.plot.bottom() - layout.axis.top());
    painter.fillRect(area, QColor(0x2b, 0x6c, 0xd4, 36));
    painter.setPen(QPen(QColor(0x2b, 0x6c, 0xd4), 1.2));
    painter.drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()));
    painter.drawLine(QPointF(right, area.top()), QPointF(right, area.bottom()));
}

void paintLegend(QPainter& painter, const Layout& layout, const Timeline& timeline,
                 const TimelineView& view) {
    const double top = layout.size.height() - TimelinePainter::kLegendHeight;
    painter.fillRect(QRectF(0, top, layout.size.width(), TimelinePainter::kLegendHeight),
                     QColor(0xf4, 0xf5, 0xf7));
    std::array<bool, kKinds> present{};
    for (const Mark& mark : timeline.marks)
        present[std::size_t(mark.kind)] = true;
    const QFontMetricsF metrics(painter.font());
    double x = 12;
    const double y = top + TimelinePainter::kLegendHeight / 2;
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int kind = 0; kind < kKinds; ++kind) {
        if (!present[std::size_t(kind)])
            continue;
        QPainterPath shape;
        addShape(shape, MarkKind(kind), QPointF(x + 5, y), kMarkSize);
        const QColor colour = kindColour(MarkKind(kind));
        painter.setPen(QPen(colour, hollow(MarkKind(kind)) ? 1.6 : 0.8));
        painter.setBrush(hollow(MarkKind(kind)) ? QColor(Qt::white) : colour);
        painter.drawPath(shape);
        const QString name = markKindName(MarkKind(kind));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QPointF(x + 14, y + metrics.ascent() / 2 - 1), name);
        x += 14 + metrics.horizontalAdvance(name) + 18;
    }
    if (!timeline.undated.empty()) {
        painter.setPen(QColor(0x8a, 0x4b, 0x00));
        const QString undated =
            QStringLiteral("%1 undated (listed apart, not drawn)").arg(timeline.undated.size());
        painter.drawText(QPointF(x + 6, y + metrics.ascent() / 2 - 1), undated);
        x += 6 + metrics.horizontalAdvance(undated) + 18;
    }
    const int quiet = int(timeline.lines.size()) - TimelinePainter::shownLines(timeline, view);
    if (quiet > 0) {
        painter.setPen(QColor(0x55, 0x5d, 0x6b));
        painter.drawText(
            QPointF(x + 6, y + metrics.ascent() / 2 - 1),
            quiet == 1 ? QStringLiteral("1 line without events in view not shown")
                       : QStringLiteral("%1 lines without events in view not shown").arg(quiet));
    }
}

void paintEmptyHint(QPainter& painter, const Layout& layout, const Timeline& timeline) {
    QString hint;
    if (timeline.lines.empty())
        hint =
            QStringLiteral("Select entities, or put them on a chart, to see their events in time.");
    else if (timeline.marks.empty())
        hint = QStringLiteral("No dated events for these entities.");
    else if (layout.lineCount == 0)
        hint = QStringLiteral("No events of these entities in this range: zoom out, or Fit.");
    if (hint.isEmpty())
        return;
    painter.setPen(QColor(0x70, 0x78, 0x85));
    painter.drawText(layout.plot, Qt::AlignCenter | Qt::TextWordWrap, hint);
}

} // namespace

QRectF TimelinePainter::densityArea(QSizeF size, bool titled) {
    const double top = titled ? kTitleHeight : 0;
    return {kGutter, top + 4, std::max(1.0, size.width() - kGutter - kRightMargin), kDensityHeight};
}

QRectF TimelinePainter::plotArea(QSizeF size, bool titled) {
    const QRectF density = densityArea(size, titled);
    const double top = density.bottom() + kAxisHeight;
    return {kGutter, top, density.width(), std::max(1.0, size.height() - top - kLegendHeight)};
}

TimeScale TimelinePainter::scaleFor(QSizeF size, std::int64_t from, std::int64_t to, bool titled) {
    const QRectF plot = plotArea(size, titled);
    return {from, to, plot.left(), plot.right()};
}

int TimelinePainter::visibleLines(QSizeF size, bool titled) {
    return std::max(1, int(plotArea(size, titled).height() / kLineHeight));
}

int TimelinePainter::shownLines(const Timeline& timeline, const TimelineView& view) {
    return view.lineOrder ? int(view.lineOrder->size()) : int(timeline.lines.size());
}

int TimelinePainter::heightForAllLines(const Timeline& timeline, const TimelineView& view) {
    return int(std::ceil(plotArea(QSizeF(1, 0), !view.title.isEmpty()).top() +
                         shownLines(timeline, view) * kLineHeight + kLegendHeight + 8));
}

int TimelinePainter::lineAt(QSizeF size, const Timeline& timeline, const TimelineView& view,
                            double y) {
    const QRectF plot = plotArea(size, !view.title.isEmpty());
    if (y < plot.top() || y >= plot.bottom())
        return -1;
    const int row = view.firstLine + int((y - plot.top()) / kLineHeight);
    if (row >= shownLines(timeline, view))
        return -1;
    return view.lineOrder ? (*view.lineOrder)[std::size_t(row)] : row;
}

void TimelinePainter::paint(QPainter& painter, QSizeF size, const Timeline& timeline,
                            const TimelineView& view) const {
    const Layout layout = layoutOf(size, timeline, view);
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    paintTitle(painter, layout, view);
    paintDensity(painter, layout, timeline, view);
    paintAxis(painter, layout, view);
    paintLines(painter, layout, timeline, view);
    paintBrush(painter, layout, view);
    paintMarks(painter, layout, timeline, view);
    paintLegend(painter, layout, timeline, view);
    paintEmptyHint(painter, layout, timeline);
    painter.restore();
}

} // namespace threadline::timeline
