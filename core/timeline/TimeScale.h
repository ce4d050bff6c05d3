#pragma once

#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <vector>

namespace threadline::timeline {

// One tick of a time axis: where it is, and its label in the zone shown.
struct Tick {
    std::int64_t ms = 0; // UTC, milliseconds since 1970
    double x = 0;
    QString label;
    bool major = false; // starts a larger unit (a new day among hours, a new year among months)
};

// The step between ticks: a count of one calendar unit.
struct TickStep {
    enum class Unit { Second, Minute, Hour, Day, Month, Year };
    Unit unit = Unit::Day;
    int count = 1;
};

// The mapping between time and pixels of a timeline, a value: times are UTC milliseconds, the
// span [from, to) is drawn across [left, right) pixels. Zooming and panning make new scales. The
// ticks are counted in a time zone, by its calendar: a tick per local midnight is 23 or 25 hours
// from the next on daylight-saving days, as the clock there says.
class TimeScale {
public:
    TimeScale() = default;
    TimeScale(std::int64_t fromMs, std::int64_t toMs, double left, double right);

    std::int64_t from() const { return m_from; }
    std::int64_t to() const { return m_to; }
    double left() const { return m_left; }
    double right() const { return m_right; }
    std::int64_t span() const { return m_to - m_from; }
    double msPerPixel() const;

    double x(std::int64_t ms) const;
    std::int64_t time(double x) const;

    // `factor` > 1 zooms in, keeping the time under `aroundX` where it is. The span stays within
    // [kMinSpanMs, kMaxSpanMs]: from a second to a few centuries.
    TimeScale zoomed(double factor, double aroundX) const;
    TimeScale panned(double pixels) const; // > 0 moves later times into view
    TimeScale showing(std::int64_t fromMs, std::int64_t toMs) const;

    // The step whose ticks stand at least `minSpacing` pixels apart.
    TickStep step(double minSpacing) const;
    // The ticks within the span, counted in `zone`, labelled for their step.
    std::vector<Tick> ticks(const QTimeZone& zone, double minSpacing) const;
    // The start of the unit of ticks(zone, minSpacing) nearest `ms` (a local midnight when the
    // axis counts days, also every second day): where a brushed range's edge snaps to.
    std::int64_t snapped(std::int64_t ms, const QTimeZone& zone, double minSpacing) const;

    static constexpr std::int64_t kMinSpanMs = 1000;
    static constexpr std::int64_t kMaxSpanMs = 400LL * 365 * 24 * 3600 * 1000;

    friend bool operator==(const TimeScale&, const TimeScale&) = default;

private:
    std::int64_t m_from = 0;
    std::int64_t m_to = 1000;
    double m_left = 0;
    double m_right = 1;
};

// "UTC", "Europe/London (GMT/BST)": the zone as the axis names it.
QString zoneName(const QTimeZone& zone, std::int64_t atMs);

} // namespace threadline::timeline
