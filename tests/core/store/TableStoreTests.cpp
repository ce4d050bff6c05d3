// The window's tables, a page at a time; the inspector's profiles; search as you type.
#include "DemoScenario.h"
#include "ImportFixture.h"
#include "model/Locator.h"
#include "store/FactStore.h"
#include "store/TableStore.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace threadline;
using threadline::testing::Scratch;

namespace {

// The small training scenario, imported (synthetic: no real person's data).
store::CaseStore scenarioCase(const Scratch& scratch) {
    const QStringList paths = threadline::testing::demoScenarioFiles(scratch);
    auto imported = threadline::testing::importIntoNewCase(scratch, paths);
    REQUIRE(imported.summary.failed() == 0);
    return std::move(imported.store);
}

TableQuery pageOf(const QString& type, const QString& column, int limit = 100000) {
    TableQuery query;
    query.type = type;
    query.column = column;
    query.limit = limit;
    return query;
}

} // namespace

TEST_CASE("the entities table pages, sorts, filters and counts as the store holds it",
          "[store][tables]") {
    Scratch scratch;
    const store::CaseStore store = scenarioCase(scratch);
    const store::TableStore tables = store.tables();
    auto all = tables.entities(pageOf({}, table_columns::kLabel));
    REQUIRE(all);
    auto count = tables.countEntities({});
    REQUIRE(count);
    CHECK(std::int64_t(all->size()) == *count);
    CHECK(*count > 300);
    for (std::size_t row = 1; row < all->size(); ++row)
        CHECK((*all)[row - 1].label.compare((*all)[row].label, Qt::CaseInsensitive) <= 0);

    // Pages join up to the whole listing, in the same order.
    std::vector<EntityRow> paged;
    for (TableQuery page = pageOf({}, table_columns::kLabel, 97);; page.offset += page.limit) {
        auto rows = tables.entities(page);
        REQUIRE(rows);
        paged.insert(paged.end(), rows->begin(), rows->end());
        if (int(rows->size()) < page.limit)
            break;
    }
    REQUIRE(paged.size() == all->size());
    for (std::size_t row = 0; row < paged.size(); ++row)
        CHECK(paged[row].id == (*all)[row].id);

    // Where an entity sits in each order is where the listing has it.
    for (const QString& column : {table_columns::kLabel, table_columns::kType, table_columns::kId})
        for (const bool descending : {false, true}) {
            TableQuery ordered = pageOf({}, column);
            ordered.descending = descending;
            auto listing = tables.entities(ordered);
            REQUIRE(listing);
            for (std::size_t row = 0; row < listing->size(); row += 37)
                CHECK(*tables.entityPosition(ordered, (*listing)[row].id) == std::int64_t(row));
        }
    TableQuery onlyPhones = pageOf(QStringLiteral("Phone"), table_columns::kLabel);
    const auto notPhone = std::find_if(all->begin(), all->end(), [](const EntityRow& row) {
        return row.type != QStringLiteral("Phone");
    });
    CHECK(*tables.entityPosition(onlyPhones, notPhone->id) == -1);

    // The type facet: its counts add up, and a type lists only itself.
    auto types = tables.entityTypes();
    REQUIRE(types);
    std::int64_t summed = 0;
    for (const auto& [type, rows] : *types)
        summed += rows;
    CHECK(summed == *count);
    auto phones = tables.entities(pageOf(QStringLiteral("Phone"), table_columns::kLabel));
    REQUIRE(phones);
    CHECK(phones->size() > 10);
    for (const EntityRow& phone : *phones) {
        CHECK(phone.type == QStringLiteral("Phone"));
        CHECK(phone.links > 0);
    }

    // Filtering as typed: labels containing the characters, whatever their case; % is literal.
    TableQuery filtered = pageOf({}, table_columns::kLabel);
    filtered.text = QStringLiteral("555");
    auto matching = tables.entities(filtered);
    REQUIRE(matching);
    CHECK(!matching->empty());
    for (const EntityRow& row : *matching)
        CHECK(row.label.contains(QStringLiteral("555")));
    CHECK(*tables.countEntities(filtered) == std::int64_t(matching->size()));
    filtered.text = QStringLiteral("%");
    CHECK(tables.entities(filtered)->empty());

    // Descending by id is the reverse of ascending.
    auto byId = tables.entities(pageOf({}, table_columns::kId));
    TableQuery reversed = pageOf({}, table_columns::kId);
    reversed.descending = true;
    auto backwards = tables.entities(reversed);
    REQUIRE(byId);
    REQUIRE(backwards);
    REQUIRE(byId->size() == backwards->size());
    CHECK(byId->front().id == backwards->back().id);
}

TEST_CASE("the links and events tables name their ends and who took part, in time order",
          "[store][tables]") {
    Scratch scratch;
    const store::CaseStore store = scenarioCase(scratch);
    const store::TableStore tables = store.tables();
    auto calls = tables.links(pageOf(QStringLiteral("called"), table_columns::kId));
    REQUIRE(calls);
    REQUIRE_FALSE(calls->empty());
    for (const LinkRow& call : *calls) {
        CHECK_FALSE(call.fromLabel.isEmpty());
        CHECK_FALSE(call.toLabel.isEmpty());
    }
    CHECK(std::any_of(calls->begin(), calls->end(),
                      [](const LinkRow& call) { return !call.firstAt.isEmpty(); }));
    CHECK(*tables.countLinks(pageOf(QStringLiteral("called"), {})) == std::int64_t(calls->size()));

    auto events = tables.events(pageOf({}, table_columns::kTime));
    REQUIRE(events);
    CHECK(std::int64_t(events->size()) == *tables.countEvents({}));
    for (std::size_t row = 1; row < events->size(); ++row)
        CHECK((*events)[row - 1].occurredAt <= (*events)[row].occurredAt);
    const auto call = std::find_if(events->begin(), events->end(), [](const EventRow& event) {
        return event.type == QStringLiteral("call");
    });
    REQUIRE(call != events->end());
    CHECK(call->entities.size() == std::size_t(call->entityLabels.size()));
    CHECK(call->entities.size() >= 2);
    auto one = tables.event(call->id);
    REQUIRE(one);
    CHECK(one->summary == call->summary);
    CHECK(tables.event(EventId{999999}).error().code == ErrorCode::NotFound);
}

TEST_CASE("the inspector's profiles and evidence of entities, links and events",
          "[store][tables][evidence]") {
    Scratch scratch;
    const store::CaseStore store = scenarioCase(scratch);
    const store::FactStore facts = store.facts();
    auto phones = store.tables().entities(pageOf(QStringLiteral("Phone"), table_columns::kId));
    REQUIRE(phones);
    REQUIRE_FALSE(phones->empty());

    const EntityRow& phone = phones->front();
    auto profile = facts.entityProfile(phone.id);
    REQUIRE(profile);
    CHECK(profile->entity.label == phone.label);
    REQUIRE_FALSE(profile->identifiers.empty());
    CHECK(profile->identifiers.front().kind == QStringLiteral("phone"));

    // A link's evidence is its own assertions and its events'; each names its document.
    auto links = store.tables().links(pageOf(QStringLiteral("called"), table_columns::kId));
    REQUIRE(links);
    auto link = facts.linkProfile(links->front().id);
    REQUIRE(link);
    CHECK(link->fromLabel == links->front().fromLabel);
    CHECK_FALSE(link->events.empty());
    auto evidence = facts.evidence(links->front().id);
    REQUIRE(evidence);
    REQUIRE_FALSE(evidence->empty());
    for (const Evidence& piece : *evidence) {
        CHECK(piece.document.isValid());
        CHECK(piece.sha256.size() == 64);
        auto document = facts.document(piece.document);
        REQUIRE(document);
        CHECK(document->source == piece.source);
    }
    CHECK(facts.evidence(LinkId{99999999}).error().code == ErrorCode::NotFound);

    // A phone found on a PDF page: its evidence names the page and characters, and the
    // document keeps the word boxes that the viewer marks.
    bool onPage = false;
    for (const EntityRow& candidate : *phones) {
        auto pieces = facts.evidence(candidate.id);
        REQUIRE(pieces);
        for (const Evidence& piece : *pieces) {
            if (!piece.document.isValid())
                continue;
            auto document = facts.document(piece.document);
            REQUIRE(document);
            if (document->kind != QStringLiteral("page"))
                continue;
            onPage = true;
            CHECK(describeLocator(piece.locatorJson)
                      .startsWith(QStringLiteral("page 1, characters")));
            CHECK(document->locatorJson.contains(QStringLiteral("\"words\"")));
            auto named = facts.entitiesInDocument(piece.document);
            REQUIRE(named);
            CHECK(std::find(named->begin(), named->end(), candidate.id) != named->end());
        }
    }
    CHECK(onPage);
}

TEST_CASE("search as you type finds a phone written any way, and labels by their start",
          "[store][tables][search]") {
    Scratch scratch;
    const store::CaseStore store = scenarioCase(scratch);
    const store::FactStore facts = store.facts();
    auto phones = store.tables().entities(pageOf(QStringLiteral("Phone"), table_columns::kId));
    REQUIRE(phones);
    const EntityRow& phone = phones->front(); // "+1NPANXXXXXX"
    const QString digits = phone.label.right(10);
    for (const QString& typed :
         {QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.right(4)),
          digits.left(3) + u'.' + digits.mid(3, 3) + u'.' + digits.right(4), phone.label,
          digits.mid(2, 6)}) {
        INFO(typed.toStdString());
        auto found = facts.entitiesMatching(typed);
        REQUIRE(found);
        CHECK(std::any_of(found->begin(), found->end(),
                          [&](const Entity& entity) { return entity.id == phone.id; }));
    }
    auto people = store.tables().entities(pageOf(QStringLiteral("Person"), table_columns::kId));
    REQUIRE(people);
    const QString start = people->front().label.left(4).toLower();
    auto byStart = facts.entitiesMatching(start);
    REQUIRE(byStart);
    CHECK(std::any_of(byStart->begin(), byStart->end(),
                      [&](const Entity& entity) { return entity.id == people->front().id; }));
    CHECK(facts.entitiesMatching(QStringLiteral("   "))->empty());
}

TEST_CASE("a chat message is read back with the others of its chat, in time order",
          "[store][tables][evidence]") {
    Scratch scratch;
    const store::CaseStore store = scenarioCase(scratch);
    auto hits = store.facts().search(QStringLiteral("\"Tickets are 600\""));
    REQUIRE(hits);
    const auto message = std::find_if(hits->begin(), hits->end(), [](const SearchHit& hit) {
        return hit.kind == QStringLiteral("chat-message");
    });
    REQUIRE(message != hits->end());
    auto thread = store.facts().chatThread(message->document);
    REQUIRE(thread);
    CHECK(thread->size() >= 3);
    CHECK(std::any_of(thread->begin(), thread->end(), [&](const StoredDocument& document) {
        return document.id == message->document;
    }));
    for (std::size_t index = 1; index < thread->size(); ++index) {
        CHECK((*thread)[index - 1].occurredAt <= (*thread)[index].occurredAt);
        CHECK((*thread)[index].source == thread->front().source);
    }
}

TEST_CASE("a place in a source is put in words", "[store][evidence]") {
    CHECK(describeLocator(QStringLiteral(R"({"chars":[130,144],"ocr":true,"page":1})")) ==
          QStringLiteral("page 1 (read by OCR), characters 130–144"));
    CHECK(describeLocator(
              QStringLiteral(R"({"kind":"calls","line":2,"row":1,"table":"calls.csv"})")) ==
          QStringLiteral("table calls.csv, row 1, line 2"));
    CHECK(describeLocator(QStringLiteral(
              R"({"deleted":true,"id":"s-16","line":95,"model":"SMS","chars":[8,17]})")) ==
          QStringLiteral("SMS record s-16, deleted, line 95, characters 8–17"));
    CHECK(describeLocator(QStringLiteral(R"({"header":"From"})")) == QStringLiteral("From header"));
    CHECK(describeLocator(QStringLiteral("{}")) == QStringLiteral("the whole source"));
}
