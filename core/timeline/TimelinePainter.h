#pragma once

#include "timeline/TimeScale.h"
#include "timeline/Timeline.h"

#include <QRectF>
#include <QSet>
#include <QSizeF>

#include <optional>

class QPainter;

namespace threadline::timeline {

// What part of a timeline is shown and how: the time window (the scale of the plot area), the
// zone times are shown in, the events to highlight (the selection's), a brushed range, which
// theme lines are shown and the first of them at the top (scrolling).
struct TimelineView {
    TimeScale scale;
    QTimeZone zone = QTimeZone::utc();
    QSet<std::int64_t> highlighted;         // event ids
    QSet<std::int64_t> highlightedEntities; // their theme lines are banded
    std::optional<std::pair<std::int64_t, std::int64_t>> brush;
    // The theme lines shown, top to bottom, as indices into Timeline::lines; unset: all of them.
    std::optional<std::vector<int>> lineOrder;
    int firstLine = 0; // of those shown
    QString title;     // above the plot in exports; empty on screen
};

// Paints a timeline the same way on screen and into SVG, PDF and PNG: the density strip of
// counts over the whole range, the time axis in the zone shown (named), a theme line per entity
// with its events as marks (shape: the kind; length: the duration), connectors between the lines
// of an event's entities, undated events counted apart, and a legend. Cost follows the pixels,
// not the events: marks are gathered per pixel column and drawn in batches.
class TimelinePainter {
public:
    static constexpr double kGutter = 180;     // theme-line labels
    static constexpr double kTitleHeight = 28; // exports only
    static constexpr double kDensityHeight = 40;
    static constexpr double kAxisHeight = 36;
    static constexpr double kLineHeight = 30;
    static constexpr double kLegendHeight = 26;
    static constexpr double kRightMargin = 16;
    static constexpr double kTickSpacing = 90; // the least room between two labelled ticks

    // Where the marks go within a picture of `size` (x: the scale's pixels).
    static QRectF plotArea(QSizeF size, bool titled = false);
    // The density strip's area (clicking it zooms there).
    static QRectF densityArea(QSizeF size, bool titled = false);
    // The scale that draws [from, to) across the plot area of a picture of `size`.
    static TimeScale scaleFor(QSizeF size, std::int64_t from, std::int64_t to, bool titled = false);
    // How many theme lines fit.
    static int visibleLines(QSizeF size, bool titled = false);
    // How many theme lines the view shows (scrolled or not).
    static int shownLines(const Timeline& timeline, const TimelineView& view);
    // The height of a picture that draws every line the view shows, as an export wants.
    static int heightForAllLines(const Timeline& timeline, const TimelineView& view);
    // The theme line (an index into Timeline::lines) at a y, or -1.
    static int lineAt(QSizeF size, const Timeline& timeline, const TimelineView& view, double y);

    void paint(QPainter& painter, QSizeF size, const Timeline& timeline,
               const TimelineView& view) const;
};

} // namespace threadline::timeline
