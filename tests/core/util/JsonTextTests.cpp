#include "util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using threadline::JsonText;

namespace {

QByteArray viaDocument(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("compact JSON writes what QJsonDocument writes for flat and nested objects") {
    QJsonObject object{{"zeta", "last"},
                       {"alpha", "quote \" backslash \\ newline \n tab \t bell \x07"},
                       {"offset", 1234},
                       {"negative", -7},
                       {"confidence", 0.85},
                       {"tiny", 1e-9},
                       {"huge", 1e300},
                       {"yes", true},
                       {"no", false},
                       {"nothing", QJsonValue::Null},
                       {"arabic", QStringLiteral("حبيبي 😀")},
                       {"nested", QJsonObject{{"a", 1}}},
                       {"list", QJsonArray{1, "two", 3.5}},
                       {"deep", QJsonArray{QJsonArray{}, QJsonObject{{"k\x01", "v\r\f\b/"}},
                                           QJsonValue::Null, QStringLiteral("𝄞 ñ")}},
                       {"chars", QJsonArray{577, 630}}};
    const QByteArray written = JsonText(object).utf8();
    CHECK(written == viaDocument(object));
    CHECK(QJsonDocument::fromJson(written).object() == object);
}

TEST_CASE("compact JSON of an empty object is a pair of braces") {
    CHECK(JsonText(QJsonObject()).utf8() == QByteArrayLiteral("{}"));
}

TEST_CASE("a JSON text built field by field is the compact JSON of the same object") {
    const QString awkward =
        QStringLiteral("quote \" slash \\ tab \t nul ") + QChar(0) + QStringLiteral(" é حبيبي 😀");
    JsonText text;
    text.insert(QLatin1String("url"), QStringLiteral("https://ads.example/a?b=1&c=2"))
        .insert(QLatin1String("awkward"), awkward)
        .insert(QLatin1String("line"), 12)
        .insert(QLatin1String("offset"), qint64(5'000'000'000))
        .insert(QLatin1String("confidence"), 0.85)
        .insert(QLatin1String("ocr"), true)
        .insert(QLatin1String("aliases"), QStringList{QStringLiteral("Candy"), awkward})
        .insert(QLatin1String("chars"), {120, 134})
        .insert(QLatin1String("words"), QJsonArray{QJsonObject{{"w", "x"}}, 2});
    const QJsonObject object{{"url", "https://ads.example/a?b=1&c=2"},
                             {"awkward", awkward},
                             {"line", 12},
                             {"offset", qint64(5'000'000'000)},
                             {"confidence", 0.85},
                             {"ocr", true},
                             {"aliases", QJsonArray{"Candy", awkward}},
                             {"chars", QJsonArray{120, 134}},
                             {"words", QJsonArray{QJsonObject{{"w", "x"}}, 2}}};
    CHECK(text.toObject() == object);
    // Fields in the order inserted; each written as QJsonDocument writes it.
    const QByteArray awkwardJson = R"("quote \" slash \\ tab \t nul \u0000 é حبيبي 😀")";
    CHECK(text.utf8() == R"({"url":"https://ads.example/a?b=1&c=2","awkward":)" + awkwardJson +
                             R"(,"line":12,"offset":5000000000,"confidence":0.85,"ocr":true,)"
                             R"("aliases":["Candy",)" +
                             awkwardJson + R"(],"chars":[120,134],"words":[{"w":"x"},2]})");
    CHECK(JsonText(object).utf8() == viaDocument(object));
}

TEST_CASE("inserting a key again replaces its value as QJsonObject does") {
    JsonText text;
    text.insert(QLatin1String("line"), 3).insert(QLatin1String("url"), QStringLiteral("a"));
    text.insert(QLatin1String("line"), 4);
    CHECK(text.toObject() == QJsonObject{{"line", 4}, {"url", "a"}});
    CHECK(text.utf8().count("line") == 1);
    // A value that spells the key is not the key.
    JsonText quoted;
    quoted.insert(QLatin1String("quote"), QStringLiteral("\"line\":7"));
    quoted.insert(QLatin1String("line"), 8);
    CHECK(quoted.toObject() == QJsonObject{{"quote", "\"line\":7"}, {"line", 8}});
}

TEST_CASE("an empty JSON text is a pair of braces and reads back empty") {
    const JsonText empty;
    CHECK(empty.isEmpty());
    CHECK(empty.utf8() == QByteArrayLiteral("{}"));
    CHECK(empty.toObject().isEmpty());
    CHECK(JsonText(QJsonObject()) == empty);
    CHECK_FALSE(empty.contains(QStringLiteral("line")));
    JsonText one;
    one.insert(QLatin1String("line"), 1);
    CHECK(one.contains(QStringLiteral("line")));
    CHECK(one.value(QStringLiteral("line")).toInt() == 1);
    CHECK(one.utf8() == QByteArrayLiteral(R"({"line":1})"));
}
