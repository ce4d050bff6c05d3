// The timeline's data: events of entities read from the store, theme lines and marks, undated
// events apart; and its export from the command line.
#include "../cli/CliRunner.h"
#include "DemoScenario.h"
#include "ImportFixture.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"
#include "timeline/Timeline.h"

#include <QFile>
#include <QXmlStreamReader>

#include <set>

using namespace threadline;
using namespace threadline::timeline;
using threadline::testing::Scratch;

namespace {

TimedEvent event(std::int64_t id, const char* type, const char* at, std::vector<std::int64_t> who,
                 double seconds = 0, const char* ends = "") {
    TimedEvent timed{EventId{id},
                     QString::fromLatin1(type),
                     QString::fromLatin1(at),
                     QString::fromLatin1(ends),
                     seconds,
                     QStringLiteral("event %1").arg(id),
                     {},
                     LinkId{id}};
    for (std::int64_t entity : who)
        timed.entities.push_back(EntityId{entity});
    return timed;
}

std::int64_t utc(const char* iso) {
    return *parseStoredTime(QString::fromLatin1(iso));
}

} // namespace

TEST_CASE("events become marks on the lines of who took part, undated ones apart", "[timeline]") {
    const std::vector<ThemeLine> lines = {{EntityId{10}, QStringLiteral("Controller"), {}},
                                          {EntityId{20}, QStringLiteral("Victim"), {}}};
    const Timeline timeline = buildTimeline(
        lines,
        {event(1, "call", "2026-03-14T21:05:00Z", {10, 20}, 120),
         event(2, "payment", "2026-03-13", {10}), event(3, "sms", "", {10, 20}), // no time: apart
         event(4, "posted", "2026-03-15T08:00:00", {20}),                        // no offset: UTC
         event(5, "email", "2026-03-12T10:00:00+02:00", {99}), // no line of its own
         event(6, "location", "2026-03-16T10:00:00Z", {10}, 0, "2026-03-16T12:00:00Z")});
    REQUIRE(timeline.marks.size() == 4);
    CHECK(timeline.undated.size() == 1);
    CHECK(timeline.undated.front().id == EventId{3});
    // In time order: the payment (a date alone, drawn across its day), the call, the ad, the
    // place.
    const Mark& payment = timeline.marks[0];
    CHECK(payment.id == EventId{2});
    CHECK(payment.dayOnly);
    CHECK(payment.end - payment.start == 24LL * 3600 * 1000);
    CHECK(payment.kind == MarkKind::Payment);
    const Mark& call = timeline.marks[1];
    CHECK(call.start == utc("2026-03-14T21:05:00Z"));
    CHECK(call.end - call.start == 120000);
    CHECK(call.lines == std::vector<int>{0, 1}); // a connector between the two lines
    CHECK(timeline.marks[2].start == utc("2026-03-15T08:00:00Z"));
    CHECK(timeline.marks[3].end - timeline.marks[3].start == 2LL * 3600 * 1000);
    CHECK(timeline.first == utc("2026-03-13T00:00:00Z"));
    CHECK(timeline.last == utc("2026-03-16T12:00:00Z"));
    // What overlaps a window, also a mark that began before it.
    const auto [begin, end] =
        timeline.overlapping(utc("2026-03-13T12:00:00Z"), utc("2026-03-14T22:00:00Z"));
    CHECK(begin == 0);
    CHECK(end == 2);
    // The lines with something in a range: the call's two on its day, the controller's alone
    // while at the place, none the day before anything happened.
    CHECK(timeline.activeLines(utc("2026-03-14T00:00:00Z"), utc("2026-03-15T00:00:00Z")) ==
          std::vector<int>{0, 1});
    CHECK(timeline.activeLines(utc("2026-03-16T11:00:00Z"), utc("2026-03-16T11:30:00Z")) ==
          std::vector<int>{0});
    CHECK(timeline.activeLines(utc("2026-03-12T00:00:00Z"), utc("2026-03-13T00:00:00Z")).empty());
    CHECK(parseStoredTime(QStringLiteral("2026-03-12T10:00:00+02:00")) ==
          utc("2026-03-12T08:00:00Z"));
    CHECK_FALSE(parseStoredTime(QStringLiteral("soon")));
}

TEST_CASE("every kind of event the importers write is drawn as its kind", "[timeline][ingest]") {
    Scratch scratch;
    const QString mail =
        scratch.write(QStringLiteral("booking.eml"),
                      "From: Desert Rose Inn <desk@hotel.example>\r\nTo: guest@mail.example\r\n"
                      "Date: Sat, 14 Mar 2026 18:02:00 -0700\r\nSubject: Your booking\r\n\r\n"
                      "Room 204 is held for you tonight.\r\n");
    auto imported = threadline::testing::importIntoNewCase(
        scratch, {QStringLiteral(THREADLINE_TEST_DATA "/phone/report.xml"),
                  QStringLiteral(THREADLINE_TEST_DATA "/image/note-photo.jpg"),
                  QStringLiteral(THREADLINE_TEST_DATA "/ads/scraped-ads.jsonl"),
                  QStringLiteral(THREADLINE_TEST_DATA "/table/transfers.csv"), mail});
    REQUIRE(imported.summary.failed() == 0);
    auto entities = imported.store.facts().entities({QString(), 0, 10000});
    REQUIRE(entities);
    std::vector<ThemeLine> lines;
    std::vector<EntityId> ids;
    for (const Entity& entity : *entities) {
        lines.push_back({entity.id, entity.label, entity.type});
        ids.push_back(entity.id);
    }
    auto events = imported.store.facts().eventsOf(ids);
    REQUIRE(events);
    const Timeline timeline = buildTimeline(lines, *events);
    std::set<MarkKind> drawn;
    for (const Mark& mark : timeline.marks)
        drawn.insert(mark.kind);
    for (MarkKind kind : {MarkKind::Call, MarkKind::Message, MarkKind::Email, MarkKind::Payment,
                          MarkKind::Ad, MarkKind::Photo, MarkKind::Location}) {
        INFO(markKindName(kind).toStdString());
        CHECK(drawn.contains(kind));
    }
}

TEST_CASE("an entity's events are read with those of the entities merged into it",
          "[timeline][store]") {
    Scratch scratch;
    auto imported = threadline::testing::importIntoNewCase(
        scratch, threadline::testing::demoScenarioFiles(scratch));
    REQUIRE(imported.summary.failed() == 0);
    store::CaseStore& store = imported.store;
    auto phones = store.facts().entities({QStringLiteral("Phone")});
    REQUIRE(phones);
    // The two phones with the most events.
    std::vector<std::pair<std::size_t, EntityId>> busiest;
    for (const Entity& phone : *phones) {
        auto events = store.facts().eventsOf({phone.id});
        REQUIRE(events);
        busiest.emplace_back(events->size(), phone.id);
        for (const TimedEvent& timed : *events)
            CHECK(timed.entities == std::vector<EntityId>{phone.id});
    }
    std::sort(busiest.rbegin(), busiest.rend());
    REQUIRE(busiest.size() >= 2);
    const EntityId first = busiest[0].second, second = busiest[1].second;
    auto both = store.facts().eventsOf({first, second});
    REQUIRE(both);
    for (std::size_t index = 1; index < both->size(); ++index)
        CHECK((*both)[index - 1].occurredAt <= (*both)[index].occurredAt);
    REQUIRE(store.decisions().mergeEntities(first, second, QStringLiteral("same handset")));
    auto merged = store.facts().eventsOf({first});
    REQUIRE(merged);
    CHECK(merged->size() == both->size());
    for (const TimedEvent& timed : *merged)
        CHECK(timed.entities == std::vector<EntityId>{first});
}

TEST_CASE("the timeline exports from the command line as SVG, PDF and PNG", "[timeline][cli]") {
    using threadline::testing::cli::cli;
    Scratch scratch;
    const QString casePath = threadline::testing::cli::demoCaseWithKeyPlayers(scratch);
    for (const char* suffix : {"svg", "pdf", "png"}) {
        const QString out = scratch.path(QStringLiteral("timeline.") + QLatin1String(suffix));
        const auto exported =
            cli({QStringLiteral("timeline"), QStringLiteral("export"), casePath,
                 QStringLiteral("--chart"), QStringLiteral("Key players"), QStringLiteral("--zone"),
                 QStringLiteral("Europe/London"), QStringLiteral("--out"), out});
        INFO(exported.standardError.toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.standardOutput.contains(QStringLiteral("dated events")));
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.size() > 2000);
        if (QLatin1String(suffix) == QLatin1String("svg")) {
            QXmlStreamReader xml(bytes);
            bool sawSvg = false, sawZone = false;
            while (!xml.atEnd()) {
                xml.readNext();
                sawSvg = sawSvg || (xml.isStartElement() && xml.name() == QLatin1String("svg"));
                sawZone = sawZone || (xml.isCharacters() &&
                                      xml.text().contains(QLatin1String("Europe/London")));
            }
            CHECK_FALSE(xml.hasError());
            CHECK(sawSvg);
            CHECK(sawZone); // the zone is named on the axis
        } else if (QLatin1String(suffix) == QLatin1String("pdf")) {
            CHECK(bytes.startsWith("%PDF-"));
            CHECK(bytes.trimmed().endsWith("%%EOF"));
        } else {
            CHECK(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        }
    }
    const auto badZone = cli({QStringLiteral("timeline"), QStringLiteral("export"), casePath,
                              QStringLiteral("--chart"), QStringLiteral("Key players"),
                              QStringLiteral("--zone"), QStringLiteral("Mars/Olympus"),
                              QStringLiteral("--out"), scratch.path(QStringLiteral("x.svg"))});
    CHECK(badZone.exitCode == 1);
    CHECK(badZone.standardError.contains(QStringLiteral("Mars/Olympus")));
    const auto badSuffix = cli({QStringLiteral("timeline"), QStringLiteral("export"), casePath,
                                QStringLiteral("--chart"), QStringLiteral("Key players"),
                                QStringLiteral("--out"), scratch.path(QStringLiteral("x.doc"))});
    CHECK(badSuffix.exitCode == 1);
    CHECK(badSuffix.standardError.contains(QStringLiteral(".svg, .pdf or .png")));
}

TEST_CASE("an analyst's event is recorded with why, audited, and taken back only if theirs",
          "[timeline][store]") {
    Scratch scratch;
    auto imported = threadline::testing::importIntoNewCase(
        scratch, threadline::testing::demoScenarioFiles(scratch));
    store::CaseStore& store = imported.store;
    auto phones = store.facts().entities({QStringLiteral("Phone")});
    REQUIRE(phones);
    REQUIRE(phones->size() >= 2);
    const EntityId a = (*phones)[0].id, b = (*phones)[1].id;
    auto before = store.facts().eventsOf({a, b});
    REQUIRE(before);
    auto added = store.decisions().addEvent({QStringLiteral("meeting"),
                                             QStringLiteral("2026-03-14T21:00:00Z"),
                                             QStringLiteral("2026-03-14T22:30:00Z"),
                                             QStringLiteral("met at the hotel bar"),
                                             {a, b},
                                             QStringLiteral("CCTV still, exhibit 14")});
    REQUIRE(added);
    auto after = store.facts().eventsOf({a, b});
    REQUIRE(after);
    CHECK(after->size() == before->size() + 1);
    const auto meeting = std::find_if(after->begin(), after->end(),
                                      [&](const TimedEvent& e) { return e.id == *added; });
    REQUIRE(meeting != after->end());
    CHECK(meeting->entities.size() == 2);
    auto evidence = store.facts().evidence(*added);
    REQUIRE(evidence);
    REQUIRE(evidence->size() == 1);
    CHECK(evidence->front().reason == QStringLiteral("CCTV still, exhibit 14"));
    // An event a source records is not the analyst's to take back.
    REQUIRE_FALSE(before->empty());
    CHECK_FALSE(store.decisions().retractEvent(before->front().id, QStringLiteral("no")));
    REQUIRE(store.decisions().retractEvent(*added, QStringLiteral("undone")));
    auto again = store.facts().eventsOf({a, b});
    REQUIRE(again);
    CHECK(again->size() == before->size());
    auto log = store.auditLog();
    REQUIRE(log);
    QStringList actions;
    for (const AuditEntry& entry : *log)
        actions << entry.action;
    CHECK(actions.contains(QStringLiteral("event.added")));
    CHECK(actions.contains(QStringLiteral("event.retracted")));
    threadline::testing::requireVerified(store);
    // Nothing is recorded without a type, a time or who took part.
    CHECK_FALSE(store.decisions().addEvent({QStringLiteral("meeting"), {}, {}, {}, {a}, {}}));
}
