#include "timeline/TimeWindow.h"

namespace threadline::ui {

namespace {
constexpr std::size_t kHistory = 50;
} // namespace

void TimeWindow::show(TimeRange range, bool remember) {
    if (m_shown == range)
        return;
    if (remember && m_shown) {
        m_history.push_back(*m_shown);
        if (m_history.size() > kHistory)
            m_history.erase(m_history.begin());
    }
    m_shown = range;
    Q_EMIT shownChanged();
}

void TimeWindow::back() {
    if (m_history.empty())
        return;
    m_shown = m_history.back();
    m_history.pop_back();
    Q_EMIT shownChanged();
}

void TimeWindow::setFilter(std::optional<TimeRange> filter) {
    if (filter && filter->to <= filter->from)
        filter.reset();
    if (m_filter == filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
}

void TimeWindow::stepFilter(std::int64_t ms) {
    if (m_filter)
        setFilter(TimeRange{m_filter->from + ms, m_filter->to + ms});
}

} // namespace threadline::ui
