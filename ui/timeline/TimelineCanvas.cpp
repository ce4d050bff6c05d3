#include "timeline/TimelineCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace threadline::ui {

using timeline::TimelinePainter;

namespace {
constexpr std::int64_t kHourMs = 3600LL * 1000;
constexpr double kClickSlop = 4;
} // namespace

TimelineCanvas::TimelineCanvas(QWidget* parent)
    : QWidget(parent)
    , m_timeline(std::make_shared<timeline::Timeline>())
    , m_lineScroll(new QScrollBar(Qt::Vertical, this)) {
    setMinimumHeight(120);
    m_lineScroll->setToolTip(tr("More theme lines (Shift+wheel scrolls them)"));
    connect(m_lineScroll, &QScrollBar::valueChanged, this, [this](int first) {
        m_view.firstLine = first;
        update();
    });
    setMouseTracking(false);
    setFocusPolicy(Qt::WheelFocus);
    m_view.scale = TimelinePainter::scaleFor(QSizeF(size()), 0, kHourMs);
}

void TimelineCanvas::setTimeWindow(TimeWindow* window) {
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (m_window) {
        connect(m_window, &TimeWindow::shownChanged, this, &TimelineCanvas::followWindow);
        connect(m_window, &TimeWindow::filterChanged, this, &TimelineCanvas::followWindow);
    }
    followWindow();
}

void TimelineCanvas::setTimeline(std::shared_ptr<const timeline::Timeline> timeline) {
    m_timeline = std::move(timeline);
    if (!m_window || !m_window->shown())
        fit();
    setScale(m_view.scale);
}

void TimelineCanvas::setActiveLinesOnly(bool activeOnly) {
    m_activeLinesOnly = activeOnly;
    setScale(m_view.scale);
}

// Every change of the range shown comes here: the lines shown follow it.
void TimelineCanvas::setScale(timeline::TimeScale scale) {
    m_view.scale = scale;
    if (m_activeLinesOnly)
        m_view.lineOrder = m_timeline->activeLines(scale.from(), scale.to());
    else
        m_view.lineOrder.reset();
    scrollLines(0);
}

void TimelineCanvas::scrollLines(int by) {
    const int shown = TimelinePainter::shownLines(*m_timeline, m_view);
    const int fitting = TimelinePainter::visibleLines(QSizeF(size()));
    m_view.firstLine = std::clamp(m_view.firstLine + by, 0, std::max(0, shown - fitting));
    const QSignalBlocker quiet(m_lineScroll);
    m_lineScroll->setRange(0, std::max(0, shown - fitting));
    m_lineScroll->setPageStep(fitting);
    m_lineScroll->setValue(m_view.firstLine);
    m_lineScroll->setVisible(shown > fitting);
    update();
}

void TimelineCanvas::placeScrollBar() {
    const QRectF plot = TimelinePainter::plotArea(QSizeF(size()));
    const int width = int(TimelinePainter::kRightMargin) - 2;
    m_lineScroll->setGeometry(this->width() - width - 1, int(plot.top()), width,
                              int(plot.height()));
}

void TimelineCanvas::setZone(const QTimeZone& zone) {
    m_view.zone = zone;
    update();
}

void TimelineCanvas::setHighlighted(QSet<std::int64_t> events, QSet<std::int64_t> entities) {
    m_view.highlighted = std::move(events);
    m_view.highlightedEntities = std::move(entities);
    update();
}

void TimelineCanvas::fit() {
    if (m_timeline->marks.empty())
        return;
    const std::int64_t margin =
        std::max<std::int64_t>(kHourMs, (m_timeline->last - m_timeline->first) / 40);
    showRange({m_timeline->first - margin, m_timeline->last + margin}, true);
}

TimeRange TimelineCanvas::currentRange() const {
    return {m_view.scale.from(), m_view.scale.to()};
}

void TimelineCanvas::showRange(TimeRange range, bool remember) {
    if (m_window) {
        m_window->show(range, remember);
        return;
    }
    setScale(TimelinePainter::scaleFor(QSizeF(size()), range.from, range.to));
}

void TimelineCanvas::followWindow() {
    const auto filter = m_window ? m_window->filter() : std::nullopt;
    m_view.brush = filter ? std::optional(std::pair{filter->from, filter->to}) : std::nullopt;
    if (m_window && m_window->shown())
        setScale(TimelinePainter::scaleFor(QSizeF(size()), m_window->shown()->from,
                                           m_window->shown()->to));
    else
        update();
}

void TimelineCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    TimelinePainter().paint(painter, QSizeF(size()), *m_timeline, m_view);
}

void TimelineCanvas::resizeEvent(QResizeEvent*) {
    placeScrollBar();
    setScale(TimelinePainter::scaleFor(QSizeF(size()), m_view.scale.from(), m_view.scale.to()));
}

void TimelineCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) { // scroll the theme lines
        scrollLines(-int(std::lround(steps * 3)));
        return;
    }
    const timeline::TimeScale zoomed =
        m_view.scale.zoomed(std::pow(1.25, steps), event->position().x());
    showRange({zoomed.from(), zoomed.to()}, false);
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent* event) {
    m_pressedAt = event->position();
    m_pressedScale = m_view.scale;
    m_moved = false;
    if (TimelinePainter::densityArea(QSizeF(size())).contains(m_pressedAt) &&
        !m_timeline->marks.empty()) {
        // The strip spans every event: zoom to a twentieth of that around the click.
        const QRectF strip = TimelinePainter::densityArea(QSizeF(size()));
        const timeline::TimeScale whole(m_timeline->first, m_timeline->last, strip.left(),
                                        strip.right());
        const std::int64_t at = whole.time(m_pressedAt.x());
        const std::int64_t half = std::max<std::int64_t>(kHourMs, whole.span() / 40);
        showRange({at - half, at + half}, true);
        m_drag = Drag::None;
        return;
    }
    m_drag = event->modifiers() & Qt::ShiftModifier ? Drag::Brush : Drag::Pan;
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent* event) {
    const double dx = event->position().x() - m_pressedAt.x();
    m_moved = m_moved || std::abs(dx) > kClickSlop;
    if (!m_moved)
        return;
    if (m_drag == Drag::Pan) {
        const timeline::TimeScale panned = m_pressedScale.panned(-dx);
        showRange({panned.from(), panned.to()}, false);
    } else if (m_drag == Drag::Brush) {
        const std::int64_t a = m_view.scale.time(m_pressedAt.x());
        const std::int64_t b = m_view.scale.time(event->position().x());
        m_view.brush = std::pair{std::min(a, b), std::max(a, b)};
        update();
    }
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent* event) {
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::Brush && m_moved && m_view.brush && m_window) {
        // The edges snap to the axis' ticks: a brushed week is midnight to midnight there.
        const auto snap = [this](std::int64_t ms) {
            return m_view.scale.snapped(ms, m_view.zone, TimelinePainter::kTickSpacing);
        };
        const std::int64_t from = snap(m_view.brush->first), to = snap(m_view.brush->second);
        if (to > from)
            m_window->setFilter(TimeRange{from, to});
        else
            followWindow(); // narrower than a tick: no range
        return;
    }
    if (!m_moved && drag == Drag::Pan)
        if (const std::int64_t found = eventAt(event->position()))
            Q_EMIT eventClicked(found);
}

std::int64_t TimelineCanvas::eventAt(QPointF at) const {
    const int line = TimelinePainter::lineAt(QSizeF(size()), *m_timeline, m_view, at.y());
    if (line < 0)
        return 0;
    const std::int64_t slack = std::int64_t(6 * m_view.scale.msPerPixel());
    const std::int64_t time = m_view.scale.time(at.x());
    const auto [begin, end] = m_timeline->overlapping(time - slack, time + slack);
    std::int64_t best = 0;
    double nearest = 7;
    for (std::size_t index = begin; index < end; ++index) {
        const timeline::Mark& mark = m_timeline->marks[index];
        if (std::find(mark.lines.begin(), mark.lines.end(), line) == mark.lines.end())
            continue;
        const double distance = std::abs(m_view.scale.x(mark.start) - at.x());
        if (distance < nearest) {
            nearest = distance;
            best = mark.id.value;
        }
    }
    return best;
}

} // namespace threadline::ui
