#include "ImportFixture.h"
#include "resolve/NameSimilarity.h"
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
    auto ads = store.entities(QStringLiteral("Ad"));
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
    auto suggestions = store.suggestSameEntities(QStringLiteral("Ad"));
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

    CHECK_FALSE(store.mergeEntities(candy, lola, QStringLiteral("  ")));
    auto merged = store.mergeEntities(candy, lola, QStringLiteral("same Cash App tag"));
    REQUIRE(merged);
    CHECK(merged->analyst == currentOsUser());
    CHECK(store.summary()->entitiesByType[QStringLiteral("Ad")] == adsBefore - 1);
    CHECK(store.suggestSameEntities(QStringLiteral("Ad"))->size() == 1); // the merged pair is gone
    auto twice = store.mergeEntities(candy, lola, QStringLiteral("again"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already merged")));
    auto phone = store.entities(QStringLiteral("Phone"));
    REQUIRE(phone);
    CHECK_FALSE(store.mergeEntities(candy, phone->front().id, QStringLiteral("types differ")));

    auto split = store.splitEntity(lola, QStringLiteral("tag resold"));
    REQUIRE(split);
    CHECK(split->undoes == merged->id);
    CHECK(store.summary()->entitiesByType[QStringLiteral("Ad")] == adsBefore);
    auto history = store.mergeHistory(lola);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).reason == QStringLiteral("same Cash App tag"));
    CHECK(history->at(1).action == QStringLiteral("split"));
    auto log = store.auditLog(2);
    REQUIRE(log);
    CHECK(log->at(0).action == QStringLiteral("entity.merged"));
    CHECK(log->at(1).action == QStringLiteral("entity.split"));
    CHECK_FALSE(store.splitEntity(lola, QStringLiteral("not merged any more")));
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
