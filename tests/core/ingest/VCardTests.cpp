#include "ResultHelpers.h"
#include "TestSupport.h"
#include "extract/PhoneNumbers.h"
#include "ingest/vcard/VCardImporter.h"

#include <QFile>
#include <QJsonArray>

using namespace threadline::ingest;
using threadline::testing::labelsOf;

namespace {

ImportResult importVCard(const QString& name, const QString& region = QStringLiteral("US")) {
    QFile file(QStringLiteral(THREADLINE_SHARED_DATA "/vcard/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = name;
    context.region = region;
    auto result = VCardImporter().import(file.readAll(), context);
    REQUIRE(result);
    return std::move(*result);
}

} // namespace

TEST_CASE("vCard 2.1 with quoted-printable UTF-8 across lines", "[ingest][vcard]") {
    const ImportResult result = importVCard(QStringLiteral("multiline_quoted_printable.vcf"));
    CHECK(labelsOf(result, QStringLiteral("Person")) ==
          QStringList{QStringLiteral("Max Müüüüüller")});
    CHECK(labelsOf(result, QStringLiteral("EmailAddress")) ==
          QStringList{QStringLiteral("max.mueller@example.org")});
    REQUIRE(result.links.size() == 1);
    CHECK(result.links[0].type == QStringLiteral("uses"));
}

TEST_CASE("vCard 3.0 with several cards", "[ingest][vcard]") {
    const ImportResult result = importVCard(QStringLiteral("gmail-list.vcf"));
    CHECK(labelsOf(result, QStringLiteral("Person")) == QStringList{QStringLiteral("Arnold Smith"),
                                                                    QStringLiteral("Chris Beatle"),
                                                                    QStringLiteral("Doug White")});
    CHECK(result.documents.size() == 3);
    CHECK(result.documents[1].locator.value(QStringLiteral("card")).toInt() == 2);
}

TEST_CASE("vCard 4.0 with phones, folded lines and structured fields", "[ingest][vcard]") {
    const ImportResult result = importVCard(QStringLiteral("fullcontact.vcf"));
    const QStringList phones = labelsOf(result, QStringLiteral("Phone"));
    REQUIRE(phones.size() == 9);
    CHECK(phones.front() == QStringLiteral("+15555551111"));
    CHECK(labelsOf(result, QStringLiteral("EmailAddress")).size() == 5);
    const ExtractedEntity& person = result.entities.front();
    CHECK(person.label == QStringLiteral("Prefix FirstName MiddleName LastName Suffix"));
    const QString addresses =
        person.properties.value(QStringLiteral("addresses")).toArray().first().toString();
    CHECK(addresses ==
          QStringLiteral("HomeExtended, HomeStreet, HomeCity, HomeState, HomePostal, HomeCountry"));
    CHECK(person.properties.value(QStringLiteral("notes")).toArray().first().toString() ==
          QStringLiteral("Notes line 1\nNotes line 2"));
}

TEST_CASE("phone numbers normalise to E.164 by region", "[extract][phone]") {
    using threadline::extract::normalisePhone;
    CHECK(normalisePhone(QStringLiteral("(602) 555-0142"), QStringLiteral("US"))->e164 ==
          QStringLiteral("+16025550142"));
    CHECK(normalisePhone(QStringLiteral("0491 570 156"), QStringLiteral("AU"))->e164 ==
          QStringLiteral("+61491570156"));
    CHECK(normalisePhone(QStringLiteral("0491 570 156"), QStringLiteral("AU"))->valid);
    CHECK(normalisePhone(QStringLiteral("+44 20 7946 0958"), QStringLiteral("US"))->e164 ==
          QStringLiteral("+442079460958"));
    CHECK_FALSE(normalisePhone(QStringLiteral("12"), QStringLiteral("US")));
    CHECK_FALSE(normalisePhone(QStringLiteral("call me"), QStringLiteral("US")));
}
