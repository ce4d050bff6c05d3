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

// Issue #19: what real ads write that the synthetic corpus did not.
TEST_CASE("obfuscations seen in real ads are read", "[extract][phone]") {
    struct Case {
        const char16_t* text;
        const char* e164;
    };
    const Case cases[] = {
        {u"searching for a good date wiff u 3tothree 5five5 zeroone8seven 95hr", "+13235550187"},
        {u"with u for80 5fivefive zero1zerofor 90hr incall", "+14805550104"},
        {u"call six oh two, five five five, oh one four two", "+16025550142"},
        {u"[773$5five5$01seventeen RUTA", "+17735550117"},
        {u"six oh two five five five zero one forty two", "+16025550142"},
        {u"six oh two five five five zero one forty-two", "+16025550142"},
        {u"call 6O2 SS5 Ol4Z", "+16025550142"},
        {u"call 6O2 555 OlB9", "+16025550189"},
        {u"６０２－５５５－０１４２", "+16025550142"},
        {u"（６０２）５５５－０１４２", "+16025550142"},
        {u"weekend7085550143 or", "+17085550143"},
        {u"llamame papi 7865550144tengo una amiguita", "+17865550144"},
        {u"EIGHT'1234O567'ONE", "+18123405671"},
        {u"Couples welcomed 7 0 8 - 5 5 5 - 0 1 9 6", "+17085550196"},
    };
    for (const Case& sample : cases) {
        const QString text = QString::fromUtf16(sample.text);
        INFO(text.toStdString());
        CHECK(phones(text, QStringLiteral("US")) == QStringList{QString::fromLatin1(sample.e164)});
    }
    // Indian numbers from a Hyderabad ad, read in the case region of India.
    CHECK(phones(QStringLiteral("+91 ...\"EIGHT'1234O567'ONE"), QStringLiteral("IN")) ==
          QStringList{QStringLiteral("+918123405671")});
}

TEST_CASE("dates, times, ids, prices and filler beside a number are not read into it",
          "[extract][phone]") {
    struct Case {
        const char* text;
        const char* e164; // "" for none
    };
    const Case cases[] = {
        {"Posted 2026-03-14 602-555-0142", "+16025550142"},
        {"Yana +39 3123456789 Milan 11-17-2015/11-28-2015", "+393123456789"},
        {"backpage.com 2016 06 17 - 21", ""},
        {"ad 12 602 555 0142", "+16025550142"},
        {"Provider ID# 195402 602.555.0181", "+16025550181"},
        {"Taylor, TX 76574-2136 (512)555-0103, FAX(512)555-0182", ""},
        {"Available 3/14-3/20 call 602 555 0142", "+16025550142"},
        {"Mon-Fri 9:30 602 555 0142", "+16025550142"},
        {"$340 ~ 1hr $460 ~ 90min $550 ~ 2hr $650 ~ 3hr", ""},
        {"30mins $100 60mins $150 $200/hr", ""},
        {"http://ads.example/escorts/646-555-0150/?pid=6875896", "+16465550150"},
        {"https://phoenix.craigslist.example/cas/d/7123456789.html", ""},
        {"http://226-555-0163.escortphonelist.com/candy-23-23-23-23-23-23-4010331.html",
         "+12265550163"},
        {"0000000000 NEW 0000000000", ""},
        {"\xf0\x9f\x94\xa5 9999999999 \xf0\x9f\x94\xa5", ""},
        {"cn=aff6db1a-f02a9087-882569ee-6f5aab", ""},
        {"seasons 2015-2016 and 2016-2017 602 555 0142", "+16025550142"},
        {"(K#016-21045-306C) was $121,080.16", ""},
        {"fred 412-395-3268 or (a chart of 141952) for 2500 more", "+14123953268"},
        {"From US-011-52-69-13-3333.", ""},
    };
    for (const Case& sample : cases) {
        INFO(sample.text);
        const QStringList found = phones(QString::fromUtf8(sample.text));
        if (*sample.e164)
            CHECK(found == QStringList{QString::fromLatin1(sample.e164)});
        else if (QByteArray(sample.text).contains("TX 76574"))
            CHECK(found ==
                  QStringList{QStringLiteral("+15125550103"), QStringLiteral("+15125550182")});
        else
            CHECK(found.isEmpty());
    }
}

TEST_CASE("a number written abroad without its plus is read with its country code",
          "[extract][phone]") {
    CHECK(phones(QStringLiteral("Dow Jones Newswires; 44-20-7946-0958; ian@example.com")) ==
          QStringList{QStringLiteral("+442079460958")});
    CHECK(phones(QStringLiteral("call 011 44 20 7946 0958 from the US")) ==
          QStringList{QStringLiteral("+442079460958")});
}

// The region rule of issue #19: a number valid in the case region and written in its national
// form never changes country; a place word in a name, an address or a URL is no hint.
TEST_CASE("a place a text names reads only numbers written the way that country writes them",
          "[extract][phone]") {
    auto extracted = [](const char* text) {
        return values(extractAll(QString::fromUtf8(text), QStringLiteral("US")),
                      QStringLiteral("phone"));
    };
    CHECK(extracted("From: Mark Germany\nPh: 202-555-0147") ==
          QStringList{QStringLiteral("+12025550147")});
    CHECK(extracted("I land in London on Monday, call you on 212 555 0188") ==
          QStringList{QStringLiteral("+12125550188")});
    CHECK(extracted("Meet me in Berlin: 030 12345678 or my US cell 212 555 0188") ==
          QStringList{QStringLiteral("+493012345678"), QStringLiteral("+12125550188")});
    // Germany writes national numbers with its trunk 0; without it the digits are not German.
    CHECK(extracted("Meet me in Munich: 089 1234567") ==
          QStringList{QStringLiteral("+49891234567")});
    CHECK(extracted("Meet me in Munich: 89 1234567").isEmpty());
    CHECK(extracted("In London, ring 07400 123456") ==
          QStringList{QStringLiteral("+447400123456")});

    CHECK(regionNamedIn(QStringLiteral("Thanks, Jeff England")).isEmpty());
    CHECK(regionNamedIn(QStringLiteral("From: Mary Ireland <mary@example.com>")).isEmpty());
    CHECK(regionNamedIn(QStringLiteral("write to jeff.england@example.com")).isEmpty());
    CHECK(regionNamedIn(QStringLiteral("see www.paris-nights.example")).isEmpty());
    CHECK(regionNamedIn(QStringLiteral("ask Sydney Smith")).isEmpty());
    CHECK(regionNamedIn(QStringLiteral("Sydney Harbour views")) == QStringLiteral("AU"));
    CHECK(regionNamedIn(QStringLiteral("Visiting London this week")) == QStringLiteral("GB"));
    CHECK(regionNamedIn(QStringLiteral("In London now")) == QStringLiteral("GB"));
    CHECK(regionNamedIn(QStringLiteral("new girl in london")) == QStringLiteral("GB"));
}
