#include "TestSupport.h"
#include "ingest/email/EmailImporter.h"
#include "ingest/pdf/PdfImporter.h"
#include "ingest/text/TextImporter.h"
#include "util/PlainPdf.h"

#include <QJsonArray>

using namespace threadline;
using namespace threadline::ingest;

namespace {

const ExtractedEntity* entityLabelled(const ImportResult& result, const QString& label) {
    for (const ExtractedEntity& entity : result.entities)
        if (entity.label == label)
            return &entity;
    return nullptr;
}

} // namespace

TEST_CASE("identifiers written plainly in a document become entities with their span",
          "[ingest][extract]") {
    const QString text = QStringLiteral(
        "Guest: Oksana Castro\nTenant, phone (270) 555-0198\nISBN 978-3-11-0224, pages 2\n2\n6\n"
        "9\n11\n14\n17, totals 83,879\n30,689\nWrite to tom@mail.example; the licence is listed "
        "at creativecommons.org.\n");
    ImportContext context;
    context.fileName = QStringLiteral("notes.txt");
    auto result = TextImporter().import(text.toUtf8(), context);
    REQUIRE(result);
    CHECK(result->entities.size() == 2); // not the ISBN, page list, figures or "listed at"
    const ExtractedEntity* phone = entityLabelled(*result, QStringLiteral("+12705550198"));
    REQUIRE(phone);
    CHECK(phone->type == QStringLiteral("Phone"));
    CHECK(phone->evidence.document == 0);
    const QJsonArray chars = phone->evidence.locator.value(QStringLiteral("chars")).toArray();
    REQUIRE(chars.size() == 2);
    CHECK(text.mid(chars[0].toInt(), chars[1].toInt() - chars[0].toInt()) == phone->evidence.quote);
    CHECK(phone->evidence.quote == QStringLiteral("(270) 555-0198")); // not "one (270) ..."
    CHECK(entityLabelled(*result, QStringLiteral("tom@mail.example")));
}

TEST_CASE("a phone number on a PDF page is an entity found on that page", "[ingest][pdf]") {
    PlainPdf pdf(QStringLiteral("Lease"));
    pdf.addText({QStringLiteral("# Residential Lease"), QStringLiteral("Landlord: A. Example"),
                 QStringLiteral("\f"),
                 QStringLiteral("Emergency contact: Joy Ortiz, (753) 555-0166.")});
    ImportContext context;
    context.fileName = QStringLiteral("lease.pdf");
    auto result = PdfImporter().import(pdf.bytes(), context);
    REQUIRE(result);
    REQUIRE(result->documents.size() == 2);
    CHECK(result->documents[0].title == QStringLiteral("Lease, page 1"));
    const ExtractedEntity* phone = entityLabelled(*result, QStringLiteral("+17535550166"));
    REQUIRE(phone);
    CHECK(phone->evidence.document == 1);
    CHECK(phone->evidence.locator.value(QStringLiteral("page")).toInt() == 2);
    CHECK_FALSE(phone->evidence.locator.contains(QStringLiteral("words")));
}

TEST_CASE("a phone number and a cash tag in an e-mail body are entities found in the message",
          "[ingest][email][extract]") {
    const QByteArray message = "From: Joy Ortiz <joy@mail.example>\r\n"
                               "To: Rooms <rooms@inn.example>\r\n"
                               "Subject: Friday\r\n"
                               "Date: Mon, 2 Mar 2026 04:05:00 -0700\r\n"
                               "\r\n"
                               "Two rooms for Friday. Deposit by Cash App to $JoyO22.\r\n"
                               "--\r\n"
                               "Joy Ortiz | (753) 555-0166 | ref 2026-03-02\r\n";
    ImportContext context;
    context.fileName = QStringLiteral("friday.eml");
    auto result = EmailImporter().import(message, context);
    REQUIRE(result);
    const ExtractedEntity* phone = entityLabelled(*result, QStringLiteral("+17535550166"));
    REQUIRE(phone);
    CHECK(phone->type == QStringLiteral("Phone"));
    CHECK(phone->evidence.quote == QStringLiteral("(753) 555-0166"));
    REQUIRE(phone->evidence.document >= 0);
    const QString body = result->documents[std::size_t(phone->evidence.document)].text;
    const QJsonArray chars = phone->evidence.locator.value(QStringLiteral("chars")).toArray();
    REQUIRE(chars.size() == 2);
    CHECK(body.mid(chars[0].toInt(), chars[1].toInt() - chars[0].toInt()) ==
          QStringLiteral("(753) 555-0166"));
    const ExtractedEntity* cashtag = entityLabelled(*result, QStringLiteral("$joyo22"));
    REQUIRE(cashtag);
    CHECK(cashtag->type == QStringLiteral("PaymentAccount"));
    CHECK_FALSE(entityLabelled(*result, QStringLiteral("+12026030"))); // the date is no number
}
