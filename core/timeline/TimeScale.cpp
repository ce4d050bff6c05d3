#include "timeline/TimeScale.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace threadline::timeline {

namespace {

using Unit = TickStep::Unit;

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// The steps a tick may take, shortest first, with their usual length (months and years vary;
// the usual length only chooses the step).
struct StepChoice {
    TickStep step;
    std::int64_t approximateMs;
};

constexpr std::array kSteps = {
    StepChoice{{Unit::Second, 1}, kSecond},
    StepChoice{{Unit::Second, 5}, 5 * kSecond},
    StepChoice{{Unit::Second, 15}, 15 * kSecond},
    StepChoice{{Unit::Second, 30}, 30 * kSecond},
    StepChoice{{Unit::Minute, 1}, kMinute},
    StepChoice{{Unit::Minute, 5}, 5 * kMinute},
    StepChoice{{Unit::Minute, 15}, 15 * kMinute},
    StepChoice{{Unit::Minute, 30}, 30 * kMinute},
    StepChoice{{Unit::Hour, 1}, kHour},
    StepChoice{{Unit::Hour, 3}, 3 * kHour},
    StepChoice{{Unit::Hour, 6}, 6 * kHour},
    StepChoice{{Unit::Hour, 12}, 12 * kHour},
    StepChoice{{Unit::Day, 1}, kDay},
    StepChoice{{Unit::Day, 2}, 2 * kDay},
    StepChoice{{Unit::Day, 7}, 7 * kDay},
    StepChoice{{Unit::Month, 1}, 30 * kDay},
    StepChoice{{Unit::Month, 3}, 91 * kDay},
    StepChoice{{Unit::Month, 6}, 182 * kDay},
    StepChoice{{Unit::Year, 1}, 365 * kDay},
    StepChoice{{Unit::Year, 2}, 730 * kDay},
    StepChoice{{Unit::Year, 5}, 1826 * kDay},
    StepChoice{{Unit::Year, 10}, 3652 * kDay},
    StepChoice{{Unit::Year, 25}, 9131 * kDay},
    StepChoice{{Unit::Year, 50}, 18262 * kDay},
    StepChoice{{Unit::Year, 100}, 36524 * kDay},
};

QDateTime local(std::int64_t ms, const QTimeZone& zone) {
    return QDateTime::fromMSecsSinceEpoch(ms, zone);
}

// The first tick at or before `ms`: the local time floored to the step.
QDateTime floorTo(const QDateTime& time, TickStep step) {
    const QDate date = time.date();
    const QTime clock = time.time();
    const QTimeZone zone = time.timeZone();
    switch (step.unit) {
    case Unit::Second:
        return QDateTime(
            date, QTime(clock.hour(), clock.minute(), clock.second() - clock.second() % step.count),
            zone);
    case Unit::Minute:
        return QDateTime(date, QTime(clock.hour(), clock.minute() - clock.minute() % step.count),
                         zone);
    case Unit::Hour:
        return QDateTime(date, QTime(clock.hour() - clock.hour() % step.count, 0), zone);
    case Unit::Day:
        return QDateTime(date, QTime(0, 0), zone);
    case Unit::Month:
        return QDateTime(QDate(date.year(), date.month() - (date.month() - 1) % step.count, 1),
                         QTime(0, 0), zone);
    case Unit::Year: {
        const int year = date.year() - ((date.year() % step.count) + step.count) % step.count;
        return QDateTime(QDate(year, 1, 1), QTime(0, 0), zone);
    }
    }
    return time;
}

// The next tick: seconds, minutes and hours by the clock's own length (an hour is an hour, also
// the one repeated when the clocks go back); days, months and years by the calendar.
QDateTime next(const QDateTime& time, TickStep step) {
    switch (step.unit) {
    case Unit::Second:
        return time.addSecs(step.count);
    case Unit::Minute:
        return time.addSecs(60LL * step.count);
    case Unit::Hour:
        return time.addSecs(3600LL * step.count);
    case Unit::Day:
        return QDateTime(time.date().addDays(step.count), QTime(0, 0), time.timeZone());
    case Unit::Month:
        return QDateTime(time.date().addMonths(step.count), QTime(0, 0), time.timeZone());
    case Unit::Year:
        return QDateTime(time.date().addYears(step.count), QTime(0, 0), time.timeZone());
    }
    return time;
}

// A tick that starts the next larger unit is major: midnight among hours, the 1st among days,
// January among months.
bool startsLargerUnit(const QDateTime& time, TickStep step) {
    const QTime clock = time.time();
    switch (step.unit) {
    case Unit::Second:
        return clock.second() == 0;
    case Unit::Minute:
        return clock.minute() == 0;
    case Unit::Hour:
        return clock.hour() == 0;
    case Unit::Day:
        return time.date().day() == 1;
    case Unit::Month:
        return time.date().month() == 1;
    case Unit::Year:
        return time.date().year() % (step.count * 10) == 0;
    }
    return false;
}

QString label(const QDateTime& time, TickStep step, bool major) {
    const QLocale c = QLocale::c();
    switch (step.unit) {
    case Unit::Second:
        return time.toString(QStringLiteral("HH:mm:ss"));
    case Unit::Minute:
    case Unit::Hour:
        return major ? c.toString(time, QStringLiteral("ddd d MMM"))
                     : time.toString(QStringLiteral("HH:mm"));
    case Unit::Day:
        return major || step.count >= 7 ? c.toString(time, QStringLiteral("d MMM"))
                                        : c.toString(time, QStringLiteral("ddd d"));
    case Unit::Month:
        return major ? time.toString(QStringLiteral("yyyy"))
                     : c.toString(time, QStringLiteral("MMM"));
    case Unit::Year:
        return time.toString(QStringLiteral("yyyy"));
    }
    return {};
}

} // namespace

TimeScale::TimeScale(std::int64_t fromMs, std::int64_t toMs, double left, double right)
    : m_from(fromMs)
    , m_to(std::max(toMs, fromMs + 1))
    , m_left(left)
    , m_right(right > left ? right : left + 1) {}

double TimeScale::msPerPixel() const {
    return double(span()) / (m_right - m_left);
}

double TimeScale::x(std::int64_t ms) const {
    return m_left + double(ms - m_from) / double(span()) * (m_right - m_left);
}

std::int64_t TimeScale::time(double x) const {
    return m_from + std::int64_t(std::llround((x - m_left) * msPerPixel()));
}

TimeScale TimeScale::zoomed(double factor, double aroundX) const {
    const double wanted = double(span()) / std::max(factor, 1e-9);
    const std::int64_t newSpan =
        std::int64_t(std::clamp(wanted, double(kMinSpanMs), double(kMaxSpanMs)));
    const double fraction = (aroundX - m_left) / (m_right - m_left);
    const std::int64_t anchor = time(aroundX);
    const std::int64_t from = anchor - std::int64_t(std::llround(fraction * double(newSpan)));
    return {from, from + newSpan, m_left, m_right};
}

TimeScale TimeScale::panned(double pixels) const {
    const std::int64_t shift = std::int64_t(std::llround(pixels * msPerPixel()));
    return {m_from + shift, m_to + shift, m_left, m_right};
}

TimeScale TimeScale::showing(std::int64_t fromMs, std::int64_t toMs) const {
    return {fromMs, toMs, m_left, m_right};
}

TickStep TimeScale::step(double minSpacing) const {
    const double wantedMs = minSpacing * msPerPixel();
    for (const StepChoice& choice : kSteps)
        if (double(choice.approximateMs) >= wantedMs)
            return choice.step;
    return kSteps.back().step;
}

std::vector<Tick> TimeScale::ticks(const QTimeZone& zone, double minSpacing) const {
    const TickStep tickStep = step(minSpacing);
    std::vector<Tick> found;
    QDateTime at = floorTo(local(m_from, zone), tickStep);
    // A floored local time that the clocks skipped (02:00 on a spring-forward night) is moved
    // by Qt to a valid one; step on until within the span.
    for (int guard = 0; guard < 10000 && at.isValid(); ++guard) {
        const std::int64_t ms = at.toMSecsSinceEpoch();
        if (ms >= m_to)
            break;
        if (ms >= m_from) {
            // The first tick is labelled in full ("2 Apr", not "Thu 2"): it gives the context.
            const bool major = startsLargerUnit(at, tickStep);
            found.push_back({ms, x(ms), label(at, tickStep, major || found.empty()), major});
        }
        const QDateTime after = next(at, tickStep);
        if (after.toMSecsSinceEpoch() <= ms)
            break; // no progress: a calendar the zone cannot count on
        at = after;
    }
    return found;
}

std::int64_t TimeScale::snapped(std::int64_t ms, const QTimeZone& zone, double minSpacing) const {
    // One of the axis' units (a day when it counts every second day), in the zone's calendar.
    const TickStep unit{step(minSpacing).unit, 1};
    const QDateTime before = floorTo(local(ms, zone), unit);
    const std::int64_t earlier = before.toMSecsSinceEpoch();
    const std::int64_t later = next(before, unit).toMSecsSinceEpoch();
    return ms - earlier <= later - ms ? earlier : later;
}

QString zoneName(const QTimeZone& zone, std::int64_t atMs) {
    if (zone == QTimeZone::utc() || zone.id() == "UTC")
        return QStringLiteral("UTC");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, zone);
    const QString abbreviation = zone.abbreviation(at);
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(zone.id()), abbreviation);
}

} // namespace threadline::timeline
