#include "TestSupport.h"
#include "ingest/office/OfficeImporter.h"

#include <QFile>

using namespace threadline::ingest;

namespace {

threadline::Result<ImportResult> importOffice(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = path.section(QLatin1Char('/'), -1);
    return OfficeImporter().import(file.readAll(), context);
}

const QString kOffice = QStringLiteral(THREADLINE_TEST_DATA "/office/");

} // namespace

TEST_CASE("DOCX and ODT give their paragraphs as text", "[ingest][office]") {
    auto docx = importOffice(kOffice + QStringLiteral("contract.docx"));
    REQUIRE(docx);
    CHECK(
        docx->documents.front().text ==
        QStringLiteral("Employment contract\nThe worker owes 4,000 EUR for travel and papers.\n"));
    auto odt = importOffice(
        QStringLiteral(THREADLINE_SHARED_DATA "/pdf/002-trivial-libre-office-writer/source.odt"));
    REQUIRE(odt);
    CHECK_FALSE(odt->documents.front().text.trimmed().isEmpty());
}

TEST_CASE("XLSX sheets import as tables with payments", "[ingest][office]") {
    auto result = importOffice(kOffice + QStringLiteral("transfers.xlsx"));
    REQUIRE(result);
    REQUIRE(result->documents.size() == 2);
    CHECK(result->documents[0].title == QStringLiteral("transfers.xlsx › Transfers, row 1"));
    REQUIRE(result->links.size() == 2);
    CHECK(result->links[1].weight == Approx(4200.5));
}

TEST_CASE("ODS repeated empty cells and rows are not multiplied", "[ingest][office][hostile]") {
    auto result = importOffice(kOffice + QStringLiteral("contacts.ods"));
    REQUIRE(result);
    CHECK(result->documents.size() == 1);
    CHECK(result->entities.size() == 2);
    CHECK(result->entities[1].label == QStringLiteral("+16025550142"));
}

TEST_CASE("a billion-laughs document fails clearly", "[ingest][office][hostile]") {
    auto result = importOffice(QStringLiteral(THREADLINE_TEST_DATA "/hostile/billion-laughs.docx"));
    REQUIRE_FALSE(result);
    CHECK(result.error().toString().startsWith(
        QStringLiteral("billion-laughs.docx: word/document.xml, line 1")));
    CHECK(result.error().message.contains(QStringLiteral("entity expansion limit")));
}
