#include "TestSupport.h"
#include "timeline/TimeScale.h"

#include <QDateTime>

using namespace threadline::timeline;

namespace {

std::int64_t utc(const char* iso) {
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(time.isValid());
    return time.toMSecsSinceEpoch();
}

QStringList labels(const std::vector<Tick>& ticks) {
    QStringList all;
    for (const Tick& tick : ticks)
        all << tick.label;
    return all;
}

} // namespace

TEST_CASE("times land on the pixel their share of the span says", "[timeline][scale]") {
    struct Case {
        const char* from;
        const char* to;
        const char* at;
        double x;
    };
    // 1000 pixels from 100 to 1100.
    const Case cases[] = {
        {"1970-01-01T00:00:00Z", "1970-01-11T00:00:00Z", "1970-01-01T00:00:00Z", 100},
        {"1970-01-01T00:00:00Z", "1970-01-11T00:00:00Z", "1970-01-06T00:00:00Z", 600},
        {"1969-12-31T00:00:00Z", "1970-01-02T00:00:00Z", "1970-01-01T00:00:00Z", 600},
        // 2024 is a leap year: 29 February is a day of its own.
        {"2024-02-28T00:00:00Z", "2024-03-01T00:00:00Z", "2024-02-29T00:00:00Z", 600},
        {"2023-02-28T00:00:00Z", "2023-03-02T00:00:00Z", "2023-03-01T00:00:00Z", 600},
        // Far future: milliseconds of the 25th century still fit.
        {"2400-01-01T00:00:00Z", "2400-01-01T00:00:10Z", "2400-01-01T00:00:01Z", 200},
        // A day in London when the clocks go forward is 23 hours of UTC; the scale is UTC.
        {"2026-03-29T00:00:00Z", "2026-03-29T23:00:00Z", "2026-03-29T11:30:00Z", 600},
    };
    for (const Case& sample : cases) {
        INFO(sample.from << " .. " << sample.to << " at " << sample.at);
        const TimeScale scale(utc(sample.from), utc(sample.to), 100, 1100);
        CHECK(scale.x(utc(sample.at)) == Approx(sample.x).margin(1e-6));
        CHECK(scale.time(sample.x) == utc(sample.at));
    }
}

TEST_CASE("ticks follow the calendar of the zone shown", "[timeline][scale]") {
    const QTimeZone london("Europe/London");
    const QTimeZone newYork("America/New_York");
    REQUIRE(london.isValid());
    REQUIRE(newYork.isValid());
    struct Case {
        const char* name;
        QTimeZone zone;
        const char* from;
        const char* to;
        double width; // pixels, with 60 between ticks at least
        QStringList expected;
    };
    const Case cases[] = {
        // Spring forward in London: 01:00 local never happens.
        {"London, clocks forward, hours",
         london,
         "2026-03-29T00:00:00Z",
         "2026-03-29T03:30:00Z",
         250,
         {"Sun 29 Mar", "02:00", "03:00", "04:00"}},
        // Fall back in New York: 01:00 local happens twice, an hour apart.
        {"New York, clocks back, hours",
         newYork,
         "2026-11-01T04:00:00Z",
         "2026-11-01T08:30:00Z",
         300,
         {"Sun 1 Nov", "01:00", "01:00", "02:00", "03:00"}},
        // Days across a leap day.
        {"leap day",
         QTimeZone::utc(),
         "2024-02-27T00:00:00Z",
         "2024-03-02T00:00:00Z",
         400,
         {"27 Feb", "Wed 28", "Thu 29", "1 Mar"}},
        // 1970 and the years around it.
        {"epoch years",
         QTimeZone::utc(),
         "1968-01-01T00:00:00Z",
         "1972-06-01T00:00:00Z",
         400,
         {"1968", "1969", "1970", "1971", "1972"}},
        // Months, with the year at January.
        {"months",
         QTimeZone::utc(),
         "2025-11-01T00:00:00Z",
         "2026-03-15T00:00:00Z",
         400,
         {"2025", "Dec", "2026", "Feb", "Mar"}},
        // Far future.
        {"far future",
         QTimeZone::utc(),
         "2399-12-31T23:59:58Z",
         "2400-01-01T00:00:02Z",
         400,
         {"23:59:58", "23:59:59", "00:00:00", "00:00:01"}},
    };
    for (const Case& sample : cases) {
        INFO(sample.name);
        const TimeScale scale(utc(sample.from), utc(sample.to), 0, sample.width);
        const std::vector<Tick> ticks = scale.ticks(sample.zone, 60);
        CHECK(labels(ticks) == sample.expected);
        for (std::size_t index = 1; index < ticks.size(); ++index)
            CHECK(ticks[index].x - ticks[index - 1].x >= 59.0);
    }
}

TEST_CASE("a local day is 23 or 25 hours on daylight-saving days", "[timeline][scale]") {
    const QTimeZone london("Europe/London");
    const TimeScale week(utc("2026-03-27T00:00:00Z"), utc("2026-04-01T00:00:00Z"), 0, 300);
    const std::vector<Tick> days = week.ticks(london, 60);
    REQUIRE(days.size() >= 4);
    std::vector<std::int64_t> hours;
    for (std::size_t index = 1; index < days.size(); ++index)
        hours.push_back((days[index].ms - days[index - 1].ms) / 3600000);
    CHECK(std::count(hours.begin(), hours.end(), 23) == 1);
    CHECK(std::count(hours.begin(), hours.end(), 24) == std::ptrdiff_t(hours.size()) - 1);
    CHECK(zoneName(london, utc("2026-07-01T00:00:00Z")) == QStringLiteral("Europe/London (BST)"));
    CHECK(zoneName(QTimeZone::utc(), 0) == QStringLiteral("UTC"));
}

TEST_CASE("a brushed edge snaps to the nearest tick of the zone shown", "[timeline][scale]") {
    // A week over 700 pixels: the axis counts days, so edges snap to local midnights.
    const TimeScale week(utc("2026-03-25T00:00:00Z"), utc("2026-04-01T00:00:00Z"), 0, 700);
    const QTimeZone phoenix("America/Phoenix"); // UTC-7 all year
    CHECK(week.snapped(utc("2026-03-27T10:00:00Z"), phoenix, 90) == utc("2026-03-27T07:00:00Z"));
    CHECK(week.snapped(utc("2026-03-27T20:00:00Z"), phoenix, 90) == utc("2026-03-28T07:00:00Z"));
    // London's midnight moves an hour earlier in UTC on the spring-forward day.
    const QTimeZone london("Europe/London");
    CHECK(week.snapped(utc("2026-03-29T03:00:00Z"), london, 90) == utc("2026-03-29T00:00:00Z"));
    CHECK(week.snapped(utc("2026-03-30T02:00:00Z"), london, 90) == utc("2026-03-29T23:00:00Z"));
    // A year counts months (every third over 700 pixels): an edge goes to the nearer first.
    const TimeScale year(utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"), 0, 1400);
    CHECK(year.snapped(utc("2026-05-20T00:00:00Z"), QTimeZone::utc(), 90) ==
          utc("2026-06-01T00:00:00Z"));
    const TimeScale narrow(utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"), 0, 700);
    CHECK(narrow.snapped(utc("2026-05-20T00:00:00Z"), QTimeZone::utc(), 90) ==
          utc("2026-06-01T00:00:00Z"));
    // Seventeen days over 750 pixels count every second day; an edge still snaps to a day.
    const TimeScale fortnight(utc("2026-03-01T00:00:00Z"), utc("2026-03-18T00:00:00Z"), 0, 750);
    CHECK(fortnight.snapped(utc("2026-03-04T03:00:00Z"), QTimeZone::utc(), 90) ==
          utc("2026-03-04T00:00:00Z"));
}

TEST_CASE("zooming keeps the time under the pointer, from a second to centuries",
          "[timeline][scale]") {
    const TimeScale year(utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"), 0, 1000);
    const std::int64_t under = year.time(250);
    const TimeScale closer = year.zoomed(4, 250);
    CHECK(closer.span() == year.span() / 4);
    CHECK(std::llabs(closer.time(250) - under) <= 1);
    TimeScale deep = year;
    for (int step = 0; step < 60; ++step)
        deep = deep.zoomed(4, 500);
    CHECK(deep.span() == TimeScale::kMinSpanMs);
    TimeScale wide = year;
    for (int step = 0; step < 60; ++step)
        wide = wide.zoomed(0.25, 500);
    CHECK(wide.span() == TimeScale::kMaxSpanMs);
    CHECK(year.panned(100).from() - year.from() ==
          std::int64_t(std::llround(100 * year.msPerPixel())));
}
