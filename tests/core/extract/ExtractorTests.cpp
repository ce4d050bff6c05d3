#include "TestSupport.h"
#include "extract/Extractors.h"
#include "extract/PhoneExtractor.h"
#include "extract/PhoneNumbers.h"
#include "extract/RegionHints.h"

#include <random>

using namespace threadline::extract;

namespace {

QStringList values(const Matches& matches, const QString& kind) {
    QStringList found;
    for (const Match& match : matches)
        if (match.kind == kind)
            found << match.value;
    return found;
}

QStringList phones(const QString& text, const QString& region = QStringLiteral("US")) {
    return values(PhoneExtractor(region).extract(text), QStringLiteral("phone"));
}

} // namespace

TEST_CASE("phones hidden the ways ads hide them are found", "[extract][phone]") {
    const QString expected = QStringLiteral("+16022284192");
    struct Case {
        const char16_t* text;
        const char* e164;
    };
    const Case cases[] = {
        {u"call six02 two2eight fourone92 now", "+16022284192"},
        {u"(4one5) 555 O1 99", "+14155550199"},
        {u"text 602💋555💋0142 anytime", "+16025550142"},
        {u"4️⃣8️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣7️⃣7️⃣", "+14805550177"},
        {u"６０２５５５０１９９", "+16025550199"},
        {u"cinco dos cero cinco cinco cinco cero uno cero cero", "+15205550100"},
        {u"602.555.0142", "+16025550142"},
        {u"602/555/0142", "+16025550142"},
        {u"6 0 2 5 5 5 0 1 4 2", "+16025550142"},
        {u"https://wa.me/16025550142", "+16025550142"},
        {u"+44 20 7946 0958", "+442079460958"},
    };
    for (const Case& sample : cases) {
        const QString text = QString::fromUtf16(sample.text);
        INFO(text.toStdString());
        CHECK(phones(text) == QStringList{QString::fromLatin1(sample.e164)});
    }
    CHECK(expected.size() == 12);
}

TEST_CASE("national numbers take the region given", "[extract][phone]") {
    CHECK(phones(QStringLiteral("ring 0491 570 156"), QStringLiteral("AU")) ==
          QStringList{QStringLiteral("+61491570156")});
    CHECK(phones(QStringLiteral("ring 0491 570 156"), QStringLiteral("US")).isEmpty());
}

// Bare North American digits skip libphonenumber's Parse; written with dashes they go through
// it. Both readings must agree on every number, valid or not, in and out of North America.
TEST_CASE("bare North American digits read as libphonenumber parses them", "[extract][phone]") {
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> digit(0, 9);
    int valid = 0;
    for (int i = 0; i < 3000; ++i) {
        QString digits;
        for (int d = 0; d < 10; ++d)
            digits += QChar(u'0' + digit(random));
        const QString dashed = digits.left(3) + u'-' + digits.mid(3, 3) + u'-' + digits.mid(6);
        for (const char* region : {"US", "CA", "JM", "GB"}) {
            for (const auto& [bare, punctuated] :
                 {std::pair{digits, dashed},
                  std::pair{QStringLiteral("1") + digits, QStringLiteral("1-") + dashed},
                  std::pair{QStringLiteral("+1") + digits, QStringLiteral("+1-") + dashed}}) {
                const auto fast = normalisePhone(bare, QString::fromLatin1(region));
                const auto parsed = normalisePhone(punctuated, QString::fromLatin1(region));
                INFO(bare.toStdString() << " in " << region);
                REQUIRE(fast.has_value() == parsed.has_value());
                if (!fast)
                    continue;
                CHECK(fast->e164 == parsed->e164);
                CHECK(fast->valid == parsed->valid);
                valid += int(fast->valid);
            }
        }
    }
    CHECK(valid > 1000); // the sample holds plenty of assigned numbers, not only rejects
}

TEST_CASE("two numbers in a row are two matches with their spans", "[extract][phone]") {
    const QString text = QStringLiteral("call 602 555 0142 or 480 555 0177.");
    const Matches matches = PhoneExtractor(QStringLiteral("US")).extract(text);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].text(text) == QStringLiteral("602 555 0142"));
    CHECK(matches[1].text(text) == QStringLiteral("480 555 0177"));
    CHECK(matches[0].confidence > matches[1].confidence - 0.01);
}

TEST_CASE("a number's span is what was written, brackets in and other words out",
          "[extract][phone]") {
    const QString text =
        QStringLiteral("Tenant, phone (270) 555-0198. Joy | (753) 555-0166 | someone 602 555 0142");
    const Matches matches = PhoneExtractor(QStringLiteral("US")).extract(text);
    REQUIRE(matches.size() == 3);
    // The "one" of "phone" and of "someone" is no digit; the area code's bracket is the number's.
    CHECK(matches[0].text(text) == QStringLiteral("(270) 555-0198"));
    CHECK(matches[0].confidence > 0.95); // plainly written, not "obfuscated" by a stray word
    CHECK(matches[1].text(text) == QStringLiteral("(753) 555-0166"));
    CHECK(matches[2].text(text) == QStringLiteral("602 555 0142"));
    // Number words still chain with digits, look-alikes and each other.
    CHECK(phones(QStringLiteral("six02 two2eight fourone92")) == QStringList{"+16022284192"});
    CHECK(phones(QStringLiteral("at least eighteen, 602 555 0142")) == QStringList{"+16025550142"});
}

TEST_CASE("numbers that are not phones are left alone", "[extract][phone]") {
    for (const char* text : {"Rates 200 hr / 150 hh, 300 overnight", "5'6 120lbs 21yo 34B",
                             "Zip 85004, born 2004-03-01", "one night only, two girls, three hours",
                             "Olivia loves ice cream", "$250 1hr 2026"}) {
        INFO(text);
        CHECK(phones(QString::fromUtf8(text)).isEmpty());
    }
}

TEST_CASE("e-mail addresses, also spelled out", "[extract][email]") {
    const QString text =
        QStringLiteral("write candy.sweet at gmail dot com or candy [at] mail [dot] com or "
                       "Real@Example.org. I am at home.Call me");
    CHECK(values(extractEmails(text), QStringLiteral("email")) ==
          QStringList{QStringLiteral("candy.sweet@gmail.com"), QStringLiteral("candy@mail.com"),
                      QStringLiteral("real@example.org")});
}

TEST_CASE("extractAll returns every kind in text order", "[extract]") {
    const QString text = QStringLiteral("mail me at rosa@example.com or call 602-555-0142");
    const Matches matches = extractAll(text, QStringLiteral("US"));
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].kind == QStringLiteral("email"));
    CHECK(matches[1].kind == QStringLiteral("phone"));
    CHECK(matches[1].text(text) == QStringLiteral("602-555-0142"));
}

TEST_CASE("payment handles, wallets, social accounts, URLs and ad facts", "[extract]") {
    const QString text = QStringLiteral(
        "Hi I'm Candy, 21yo. 200 hr, 150/hh. Cash App $CandyQueen22 (not $300) or venmo "
        "@candy-sweet or "
        "paypal.me/CandyQ or Zelle 602-555-0142. BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 and "
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, not 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3. "
        "ETH 0x52908400098527886E0F7030069857D2E4169EE7. IG: candy.queen snap: candyq22 "
        "t.me/candyq "
        "https://wa.me/16025550142, onlyfans.com/candyq x.com/candyq.");
    const Matches all = extractAll(text, QStringLiteral("US"));
    CHECK(values(all, QStringLiteral("cashapp")) == QStringList{QStringLiteral("$candyqueen22")});
    CHECK(values(all, QStringLiteral("venmo")) ==
          QStringList{QStringLiteral("venmo:@candy-sweet")});
    CHECK(values(all, QStringLiteral("paypal")) == QStringList{QStringLiteral("paypal:candyq")});
    CHECK(values(all, QStringLiteral("zelle")) ==
          QStringList{QStringLiteral("zelle:+16025550142")});
    CHECK(values(all, QStringLiteral("btc")) ==
          QStringList{QStringLiteral("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
                      QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")});
    CHECK(values(all, QStringLiteral("eth")) ==
          QStringList{QStringLiteral("0x52908400098527886e0f7030069857d2e4169ee7")});
    CHECK(values(all, QStringLiteral("phone")) ==
          QStringList{QStringLiteral("+16025550142"),
                      QStringLiteral("+16025550142")}); // Zelle's and wa.me's
    CHECK(values(all, QStringLiteral("instagram")) ==
          QStringList{QStringLiteral("instagram:candy.queen")});
    CHECK(values(all, QStringLiteral("snapchat")) ==
          QStringList{QStringLiteral("snapchat:candyq22")});
    CHECK(values(all, QStringLiteral("telegram")) ==
          QStringList{QStringLiteral("telegram:candyq")});
    CHECK(values(all, QStringLiteral("whatsapp")) ==
          QStringList{QStringLiteral("whatsapp:+16025550142")});
    CHECK(values(all, QStringLiteral("onlyfans")) ==
          QStringList{QStringLiteral("onlyfans:candyq")});
    CHECK(values(all, QStringLiteral("twitter")) == QStringList{QStringLiteral("twitter:candyq")});
    CHECK(values(all, QStringLiteral("url")) ==
          QStringList{QStringLiteral("https://wa.me/16025550142")});
    CHECK(values(all, QStringLiteral("price")) ==
          QStringList{QStringLiteral("200/hr"), QStringLiteral("150/hh")});
    CHECK(values(all, QStringLiteral("age")) == QStringList{QStringLiteral("21")});
    CHECK(values(all, QStringLiteral("alias")) == QStringList{QStringLiteral("Candy")});
}

TEST_CASE("a London ad's national number is British", "[extract][phone]") {
    // 020 7946 0xxx is Ofcom's drama range for London and valid to libphonenumber.
    const Matches london = extractAll(
        QStringLiteral("Visiting London this week, call 020 7946 0958"), QStringLiteral("US"));
    CHECK(values(london, QStringLiteral("phone")) == QStringList{QStringLiteral("+442079460958")});
    const Matches sydney =
        extractAll(QStringLiteral("Sydney CBD incall 0491 570 156"), QStringLiteral("US"));
    CHECK(values(sydney, QStringLiteral("phone")) == QStringList{QStringLiteral("+61491570156")});
    const Matches phoenix =
        extractAll(QStringLiteral("Phoenix, call 602 555 0142"), QStringLiteral("US"));
    CHECK(values(phoenix, QStringLiteral("phone")) == QStringList{QStringLiteral("+16025550142")});
}

TEST_CASE("the country an ad names is the region of its national numbers", "[extract]") {
    CHECK(regionNamedIn(QStringLiteral("Sweet girl in London and Manchester")) ==
          QStringLiteral("GB"));
    CHECK(regionNamedIn(QStringLiteral("TORONTO incall, Canada only")) == QStringLiteral("CA"));
    CHECK(regionNamedIn(QStringLiteral("nueva en Cancún, México")) == QStringLiteral("MX"));
    CHECK(regionNamedIn(QStringLiteral("London girl now touring Sydney")).isEmpty()); // two
    CHECK(regionNamedIn(QStringLiteral("Parisian style, Londoner")).isEmpty());       // whole words
    CHECK(regionNamedIn(QStringLiteral("new in town, call me")).isEmpty());
    // Names of several words count only whole; their last word alone is no place.
    CHECK(regionNamedIn(QStringLiteral("visiting the United   Kingdom")) == QStringLiteral("GB"));
    CHECK(regionNamedIn(QStringLiteral("recién llegada a Ciudad de México")) ==
          QStringLiteral("MX"));
    CHECK(regionNamedIn(QStringLiteral("queen of your kingdom")).isEmpty());
    CHECK(regionNamedIn(QStringLiteral("la ciudad de noche")).isEmpty());
}
