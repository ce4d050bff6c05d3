#pragma once

#include <QObject>

#include <cstdint>
#include <optional>
#include <vector>

namespace threadline::ui {

// A span of time, UTC milliseconds, [from, to).
struct TimeRange {
    std::int64_t from = 0;
    std::int64_t to = 0;

    bool contains(std::int64_t ms) const { return ms >= from && ms < to; }
    bool operator==(const TimeRange&) const = default;
};

// The case's time window, one object every view observes (hotspot's filter-and-zoom stack):
// the range the timeline shows, with the ranges it was zoomed from (Back returns to them), and
// the range brushed on it, which filters the chart to the links active then and the tables to
// its events. Lives in the CaseDocument.
class TimeWindow final : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // The range shown; nullopt until a timeline has shown one.
    std::optional<TimeRange> shown() const { return m_shown; }
    // Shows `range`, remembering the one shown before when `remember` (a zoom, not a pan).
    void show(TimeRange range, bool remember);
    bool canGoBack() const { return !m_history.empty(); }
    void back();

    std::optional<TimeRange> filter() const { return m_filter; }
    void setFilter(std::optional<TimeRange> filter);
    // Moves the filter by `ms` (a step of the play control), keeping its length.
    void stepFilter(std::int64_t ms);

Q_SIGNALS:
    void shownChanged();
    void filterChanged();

private:
    std::optional<TimeRange> m_shown;
    std::vector<TimeRange> m_history;
    std::optional<TimeRange> m_filter;
};

} // namespace threadline::ui
