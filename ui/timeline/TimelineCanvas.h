#pragma once

#include "timeline/TimeWindow.h"
#include "timeline/TimelinePainter.h"

#include <QWidget>

#include <memory>

class QScrollBar;

namespace threadline::ui {

// The timeline drawn by the painter the exports use. The wheel zooms around the pointer (from
// decades to seconds), dragging pans, Shift+drag brushes a range (the case's time filter;
// its edges snap to the axis' ticks),
// clicking the density strip zooms there, clicking a mark selects its event. The range shown and
// the brush are the TimeWindow's: every view sees the same.
class TimelineCanvas final : public QWidget {
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget* parent = nullptr);

    void setTimeWindow(TimeWindow* window);
    void setTimeline(std::shared_ptr<const timeline::Timeline> timeline);
    const timeline::Timeline& timeline() const { return *m_timeline; }
    void setZone(const QTimeZone& zone);
    void setHighlighted(QSet<std::int64_t> events, QSet<std::int64_t> entities = {});
    // Shows only the theme lines with events in the range shown (the default), or every line.
    void setActiveLinesOnly(bool activeOnly);
    // Shows every dated event, remembering the range shown before.
    void fit();
    const timeline::TimelineView& view() const { return m_view; }
    // The event marked nearest `at` on its line, or 0.
    std::int64_t eventAt(QPointF at) const;

Q_SIGNALS:
    void eventClicked(std::int64_t event);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void followWindow();
    void showRange(TimeRange range, bool remember);
    void setScale(timeline::TimeScale scale);
    void scrollLines(int by);
    void placeScrollBar();
    TimeRange currentRange() const;

    enum class Drag { None, Pan, Brush };
    TimeWindow* m_window = nullptr;
    std::shared_ptr<const timeline::Timeline> m_timeline;
    timeline::TimelineView m_view;
    Drag m_drag = Drag::None;
    QPointF m_pressedAt;
    timeline::TimeScale m_pressedScale;
    bool m_moved = false;
    bool m_activeLinesOnly = true;
    QScrollBar* m_lineScroll; // in the right margin, beside the theme lines
};

} // namespace threadline::ui
