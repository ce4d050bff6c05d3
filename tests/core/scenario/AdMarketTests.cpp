#include "TestSupport.h"
#include "extract/Extractors.h"
#include "extract/PhoneNumbers.h"
#include "scenario/AdMarket.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace threadline;
using namespace threadline::scenario;

TEST_CASE("the same seed gives the same ads byte for byte", "[scenario]") {
    const AdMarket first(7, 300), second(7, 300), other(8, 300);
    int differing = 0;
    for (int index : {0, 1, 57, 299}) {
        CHECK(first.ad(index).jsonLine == second.ad(index).jsonLine);
        differing += first.ad(index).jsonLine != other.ad(index).jsonLine;
    }
    CHECK(differing == 4);
}

TEST_CASE("every fiction number is a valid US number and none repeats", "[scenario]") {
    const auto numbers = FictionPhones::all();
    CHECK(numbers.size() > 20000);
    CHECK(std::set<QString>(numbers.begin(), numbers.end()).size() == numbers.size());
    for (std::size_t i = 0; i < numbers.size(); i += 997) {
        const auto phone = extract::normalisePhone(numbers[i], QStringLiteral("US"));
        REQUIRE(phone);
        CHECK(phone->valid);
        CHECK(numbers[i].mid(3, 5) == QStringLiteral("55501"));
    }
}

TEST_CASE("generated ads are JSON lines of about 1 KB whose phone the extractor reads",
          "[scenario][extract]") {
    const AdMarket market(11, 400);
    CHECK(market.controllers().size() >= 1);
    int found = 0;
    qsizetype characters = 0;
    for (int index = 0; index < market.adCount(); ++index) {
        const GeneratedAd ad = market.ad(index);
        REQUIRE(QJsonDocument::fromJson(ad.jsonLine).isObject());
        CHECK_FALSE(ad.jsonLine.contains('\n'));
        characters += ad.text.size();
        bool hasPhone = false;
        for (const extract::Match& match : extract::extractAll(ad.text, QStringLiteral("US")))
            hasPhone = hasPhone || match.value == QStringLiteral("+1") + ad.phoneShown;
        found += int(hasPhone);
    }
    CHECK(characters / market.adCount() > 800);
    CHECK(characters / market.adCount() < 1400);
    CHECK(found >= market.adCount() * 97 / 100); // every obfuscation style, read back
}
