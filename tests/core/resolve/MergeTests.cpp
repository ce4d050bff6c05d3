#include "ImportFixture.h"
#include "resolve/NameSimilarity.h"
#include "store/AnalysisStore.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"
#include "util/Environment.h"

using namespace threadline;
using threadline::testing::importIntoNewCase;
using threadline::testing::requireVerified;
using threadline::testing::Scratch;

namespace {

QStringList adFiles() {
    return {QStringLiteral(THREADLINE_TEST_DATA "/ads/candy-phoenix.html"),
            QStringLiteral(THREADLINE_TEST_DATA "/ads/scraped-ads.jsonl")};
}

EntityId adTitled(const store::CaseStore& store, const QString& title) {
    auto ads = store.facts().entities({QStringLiteral("Ad")});
    REQUIRE(ads);
    const auto found =
        std::find_if(ads->begin(), ads->end(), [&](const Entity& ad) { return ad.label == title; });
    REQUIRE(found != ads->end());
    return found->id;
}

} // namespace

TEST_CASE("ads sharing identifiers are suggested with a score card", "[resolve]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, adFiles());
    auto suggestions = store.analyses().suggestSameEntities(QStringLiteral("Ad"));
    REQUIRE(suggestions);
    REQUIRE(suggestions->size() == 2);
    const SameEntitySuggestion& best = suggestions->front();
    CHECK(best.secondLabel == QStringLiteral("Lola in Tucson"));
    CHECK(best.sharedIdentifiers == QStringList{QStringLiteral("$candyqueen22")});
    CHECK(best.score > suggestions->back().score);
}

TEST_CASE("merge and split are recorded, explained and reversible", "[resolve]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, adFiles());
    const EntityId candy = adTitled(store, QStringLiteral("NEW IN TOWN 🍭 Sweet Candy 21yo"));
    const EntityId lola = adTitled(store, QStringLiteral("Lola in Tucson"));
    const auto adsBefore = store.summary()->entitiesByType[QStringLiteral("Ad")];

    CHECK_FALSE(store.decisions().mergeEntities(candy, lola, QStringLiteral("  ")));
    auto merged = store.decisions().mergeEntities(candy, lola, QStringLiteral("same Cash App tag"));
    REQUIRE(merged);
    CHECK(merged->analyst == currentOsUser());
    CHECK(store.summary()->entitiesByType[QStringLiteral("Ad")] == adsBefore - 1);
    CHECK(store.analyses().suggestSameEntities(QStringLiteral("Ad"))->size() ==
          1); // the merged pair is gone
    auto twice = store.decisions().mergeEntities(candy, lola, QStringLiteral("again"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already merged")));
    auto phone = store.facts().entities({QStringLiteral("Phone")});
    REQUIRE(phone);
    CHECK_FALSE(
        store.decisions().mergeEntities(candy, phone->front().id, QStringLiteral("types differ")));

    auto split = store.decisions().splitEntity(lola, QStringLiteral("tag resold"));
    REQUIRE(split);
    CHECK(split->undoes == merged->id);
    CHECK(store.summary()->entitiesByType[QStringLiteral("Ad")] == adsBefore);
    auto history = store.decisions().mergeHistory(lola);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).reason == QStringLiteral("same Cash App tag"));
    CHECK(history->at(1).action == QStringLiteral("split"));
    auto log = store.auditLog(2);
    REQUIRE(log);
    CHECK(log->at(0).action == QStringLiteral("entity.merged"));
    CHECK(log->at(1).action == QStringLiteral("entity.split"));
    CHECK_FALSE(store.decisions().splitEntity(lola, QStringLiteral("not merged any more")));
    requireVerified(store);
}

TEST_CASE("name similarity ignores order and case", "[resolve]") {
    using threadline::resolve::nameSimilarity;
    CHECK(nameSimilarity(QStringLiteral("Sweet Candy"), QStringLiteral("candy SWEET")) ==
          Approx(1.0));
    CHECK(nameSimilarity(QStringLiteral("Sweet Candy 21yo"), QStringLiteral("Candy")) ==
          Approx(1.0 / 3));
    CHECK(nameSimilarity(QStringLiteral("Mia"), QStringLiteral("Lola")) == 0);
    CHECK(nameSimilarity(QString(), QStringLiteral("Lola")) == 0);
}

TEST_CASE("a drawn link can be taken back, a found one never", "[resolve]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, adFiles());
    const EntityId candy = adTitled(store, QStringLiteral("NEW IN TOWN 🍭 Sweet Candy 21yo"));
    const EntityId lola = adTitled(store, QStringLiteral("Lola in Tucson"));
    const auto linksBefore = store.facts().links()->size();

    REQUIRE(*store.decisions().drawLink(candy, lola, QStringLiteral("associate"),
                                        QStringLiteral("same car")) == 1);
    CHECK(store.facts().links()->size() == linksBefore + 1);
    // Either direction names the same drawn link.
    auto retracted = store.decisions().retractDrawnLink(lola, candy, QStringLiteral("associate"),
                                                        QStringLiteral("undone"));
    REQUIRE(retracted);
    CHECK(*retracted == 1);
    CHECK(store.facts().links()->size() == linksBefore);
    CHECK(store.auditLog(1)->front().action == QStringLiteral("link.retracted"));
    CHECK(*store.decisions().retractDrawnLink(lola, candy, QStringLiteral("associate"), {}) == 0);

    // A link an importer found stays, whatever is asked.
    const Link found = store.facts().links({QStringLiteral("lists")})->front();
    CHECK(*store.decisions().retractDrawnLink(found.from, found.to, found.type,
                                              QStringLiteral("try")) == 0);
    CHECK(store.facts().links()->size() == linksBefore);
    requireVerified(store);
}

TEST_CASE("an entity's evidence names the source, the place and the quote", "[resolve]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, adFiles());
    const EntityId lola = adTitled(store, QStringLiteral("Lola in Tucson"));
    auto evidence = store.facts().evidence(lola);
    REQUIRE(evidence);
    REQUIRE_FALSE(evidence->empty());
    const Evidence& first = evidence->front();
    CHECK(first.source.isValid());
    CHECK(first.sourceName == QStringLiteral("scraped-ads.jsonl"));
    CHECK(first.sha256.size() == 64);
    CHECK(first.locatorJson.contains(QStringLiteral("line")));
    CHECK_FALSE(first.assertedBy.isEmpty());

    // What is merged into an entity is evidence for it too.
    const EntityId candy = adTitled(store, QStringLiteral("NEW IN TOWN 🍭 Sweet Candy 21yo"));
    const auto candyAlone = store.facts().evidence(candy)->size();
    REQUIRE(store.decisions().mergeEntities(candy, lola, QStringLiteral("same Cash App tag")));
    CHECK(store.facts().evidence(candy)->size() == candyAlone + evidence->size());
}

TEST_CASE("entities, links and events are read a page at a time, in order", "[store]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, adFiles());
    const store::FactStore facts = store.facts();
    const auto all = facts.entities({{}, 0, 100000});
    REQUIRE(all);
    REQUIRE(all->size() > 10);
    std::vector<Entity> paged;
    store::Page page{{}, 0, 3};
    for (;;) {
        auto rows = facts.entities(page);
        REQUIRE(rows);
        REQUIRE(int(rows->size()) <= 3);
        paged.insert(paged.end(), rows->begin(), rows->end());
        if (rows->size() < 3)
            break;
        page.after = rows->back().id.value;
    }
    REQUIRE(paged.size() == all->size());
    for (std::size_t row = 0; row < paged.size(); ++row)
        CHECK(paged[row].id == (*all)[row].id);

    // Events in time order: a page starts after the last one's time and id, so events at the
    // same moment are neither skipped nor repeated.
    const auto events = facts.events({{}, 0, 100000});
    REQUIRE(events);
    REQUIRE(events->size() >= 4);
    std::vector<EventId> seen;
    store::Page eventPage{{}, 0, 2};
    QString afterTime;
    for (;;) {
        auto rows = facts.events(eventPage, afterTime);
        REQUIRE(rows);
        for (const Event& event : *rows)
            seen.push_back(event.id);
        if (rows->size() < 2)
            break;
        eventPage.after = rows->back().id.value;
        afterTime = rows->back().occurredAt;
    }
    REQUIRE(seen.size() == events->size());
    for (std::size_t row = 0; row < seen.size(); ++row)
        CHECK(seen[row] == (*events)[row].id);
}
