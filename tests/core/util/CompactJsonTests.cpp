#include "util/CompactJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using threadline::compactJson;

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
    const QByteArray written = compactJson(object);
    CHECK(written == viaDocument(object));
    CHECK(QJsonDocument::fromJson(written).object() == object);
}

TEST_CASE("compact JSON of an empty object is a pair of braces") {
    CHECK(compactJson(QJsonObject()) == QByteArrayLiteral("{}"));
}
