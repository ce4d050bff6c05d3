#include "TestSupport.h"
#include "resolve/HammingIndex.h"
#include "resolve/NearDuplicates.h"
#include "resolve/TextTemplates.h"
#include "scenario/AdMarket.h"

#include <map>
#include <random>
#include <set>

using namespace threadline::resolve;

TEST_CASE("the Hamming index finds exactly what a full scan finds", "[resolve][photo]") {
    std::mt19937_64 random(42);
    std::vector<std::pair<std::int64_t, std::uint64_t>> hashes;
    for (std::int64_t id = 1; id <= 2000; ++id) {
        std::uint64_t hash = random();
        if (id % 10 == 0) // a reused photo: a few bits away from an earlier one
            hash = hashes[std::size_t(id - 5)].second ^ (1ULL << (random() % 64)) ^
                   (1ULL << (random() % 64));
        hashes.emplace_back(id, hash);
    }
    for (const int maxDistance : {0, 3, 8, 13, 20}) { // 20: past the block radius, a scan
        std::set<std::tuple<std::int64_t, std::int64_t, int>> expected;
        for (std::size_t a = 0; a < hashes.size(); ++a)
            for (std::size_t b = a + 1; b < hashes.size(); ++b)
                if (const int d = __builtin_popcountll(hashes[a].second ^ hashes[b].second);
                    d <= maxDistance)
                    expected.emplace(hashes[a].first, hashes[b].first, d);
        std::set<std::tuple<std::int64_t, std::int64_t, int>> found;
        for (const HashPair& pair : similarHashPairs(hashes, maxDistance))
            found.emplace(pair.first, pair.second, pair.distance);
        CHECK(found == expected);
        CHECK((maxDistance < 8 || expected.size() >= 200)); // the planted reuses are there
    }
}

TEST_CASE("ads written from one template are near duplicates", "[resolve][text]") {
    const QString templateText = QStringLiteral(
        "Hey gentlemen my name is %1 and I am new in town for a few days only. Sweet, petite and "
        "discreet, I love to make you relax after a long day. Incall near the airport, outcall to "
        "hotels. Call or text me for specials, no private numbers please.");
    const std::vector<std::pair<std::int64_t, QString>> texts = {
        {1, templateText.arg(QStringLiteral("Candy"))},
        {2, templateText.arg(QStringLiteral("Lola"))},
        {3, templateText.arg(QStringLiteral("Jade")) + QStringLiteral(" Available 24/7.")},
        {4,
         QStringLiteral(
             "Experienced plumber available for emergency repairs across the valley, licensed and "
             "insured, free estimates on water heaters and drains, call the office today.")},
        {5, QStringLiteral("Hostess work abroad with housing and visa help for young women, travel "
                           "paid in advance, "
                           "apply today with a photo and your passport details.")},
    };
    const std::vector<TextPair> pairs = nearDuplicateTexts(texts, 0.5);
    std::set<std::pair<std::int64_t, std::int64_t>> linked;
    for (const TextPair& pair : pairs) {
        linked.emplace(std::min(pair.first, pair.second), std::max(pair.first, pair.second));
        CHECK(pair.similarity >= 0.5);
    }
    CHECK(linked == std::set<std::pair<std::int64_t, std::int64_t>>{{1, 2}, {1, 3}, {2, 3}});

    const std::vector<TextTemplate> templates = textTemplates(texts, 0.5);
    REQUIRE(templates.size() == 1);
    CHECK(templates[0].members == std::vector<std::int64_t>{1, 2, 3});
    // The first sentence names each writer; the shared text is what the template repeats.
    CHECK(templates[0].sharedText.startsWith(QStringLiteral("Sweet, petite and discreet")));
    CHECK(templates[0].sharedText.endsWith(QStringLiteral("no private numbers please.")));
    CHECK_FALSE(templates[0].sharedText.contains(QStringLiteral("Candy")));
    CHECK_FALSE(templates[0].sharedText.contains(QStringLiteral("Available 24/7")));
}

namespace {

// Pairs of ads put in one template that were written from one template (precision), and pairs
// written from one template that were put in one (recall).
struct PairScore {
    double precision = 0;
    double recall = 0;
};

PairScore scoreTemplates(const std::vector<TextTemplate>& templates,
                         const std::vector<int>& truth) {
    std::vector<int> found(truth.size(), -1);
    for (std::size_t index = 0; index < templates.size(); ++index)
        for (const std::int64_t member : templates[index].members)
            found[std::size_t(member)] = int(index);
    std::map<std::pair<int, int>, std::int64_t> both;
    std::map<int, std::int64_t> byFound;
    std::map<int, std::int64_t> byTruth;
    for (std::size_t ad = 0; ad < truth.size(); ++ad) {
        ++byTruth[truth[ad]];
        if (found[ad] >= 0) {
            ++both[{found[ad], truth[ad]}];
            ++byFound[found[ad]];
        }
    }
    auto pairs = [](const auto& counts) {
        double total = 0;
        for (const auto& [key, count] : counts)
            total += double(count) * double(count - 1) / 2;
        return total;
    };
    return {pairs(both) / pairs(byFound), pairs(both) / pairs(byTruth)};
}

} // namespace

TEST_CASE("templates drawn from one pool of stock sentences are not chained into one",
          "[resolve][text]") {
    // The synthetic market writes each persona's ads from its own pick of stock sentences (a
    // controller's personas share one), with a sentence swapped now and then and a disclaimer
    // every ad carries: unrelated ads share a fifth of their shingles, and an estimate that
    // lets one false pair through merges two templates.
    const threadline::scenario::AdMarket market(3, 4000);
    std::vector<std::pair<std::int64_t, QString>> texts;
    std::map<std::vector<int>, int> templateIds;
    std::vector<int> truth;
    for (int index = 0; index < market.adCount(); ++index) {
        const auto ad = market.ad(index);
        texts.emplace_back(index, ad.text);
        const auto& sentences = market.personas()[std::size_t(ad.persona)].sentences;
        truth.push_back(templateIds
                            .emplace(std::vector<int>(sentences.begin(), sentences.end()),
                                     int(templateIds.size()))
                            .first->second);
    }
    const std::vector<TextTemplate> templates = textTemplates(texts, 0.5);
    const PairScore score = scoreTemplates(templates, truth);
    INFO(templates.size() << " templates found, " << templateIds.size() << " written");
    CHECK(score.precision >= 0.99);
    CHECK(score.recall >= 0.85);
    std::size_t largest = 0;
    for (const TextTemplate& found : templates)
        largest = std::max(largest, found.members.size());
    CHECK(largest < 200);
}
