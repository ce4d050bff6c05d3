#include "TestSupport.h"
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
