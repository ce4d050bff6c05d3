#include "ResultHelpers.h"
#include "TestSupport.h"
#include "ingest/finance/Mt940Importer.h"
#include "ingest/finance/OfxImporter.h"
#include "ingest/tabular/CsvImporter.h"
#include "ingest/tabular/CsvReader.h"
#include "ingest/tabular/TableProfile.h"

#include <QBuffer>
#include <QFile>

using namespace threadline::ingest;
using threadline::testing::labelsOf;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ImportResult importWith(const Importer& importer, const QString& path,
                        const QString& region = QStringLiteral("US"),
                        const QJsonObject& profile = {}) {
    ImportContext context;
    context.fileName = path.section(QLatin1Char('/'), -1);
    context.region = region;
    context.tableProfile = profile;
    auto result = importer.import(readFile(path), context);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result);
    return std::move(*result);
}

const QString kTables = QStringLiteral(THREADLINE_TEST_DATA "/table/");
const QString kBank = QStringLiteral(THREADLINE_SHARED_DATA "/bank-statements/");

} // namespace

TEST_CASE("CSV quoting, delimiters and line numbers", "[ingest][table]") {
    const CsvTable table =
        readCsv(QStringLiteral("a;b;c\n1;\"x;y\";3\n\"multi\nline\";\"say \"\"hi\"\"\";6\n"));
    CHECK(table.delimiter == QLatin1Char(';'));
    CHECK(table.header ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells[1] == QStringLiteral("x;y"));
    CHECK(table.rows[1].cells[0] == QStringLiteral("multi\nline"));
    CHECK(table.rows[1].cells[1] == QStringLiteral("say \"hi\""));
    CHECK(table.rows[1].line == 3);
}

TEST_CASE("a call table read in parts gives what it gives read whole", "[ingest][table][calls]") {
    // Every fifth row has a quoted note over two lines holding the delimiter and quotes, so
    // parts must be cut between rows, never inside a quoted cell.
    QByteArray table = "A_NUMBER;B_NUMBER;START;DUR;TYPE;NOTE\n";
    for (int row = 1; row <= 3000; ++row)
        table += QStringLiteral("(602) 555-%1;480-555-%2;01/03/2026 21:%3;64;VOICE;%4\n")
                     .arg(row % 10000, 4, 10, QLatin1Char('0'))
                     .arg((row * 7) % 10000, 4, 10, QLatin1Char('0'))
                     .arg(row % 60, 2, 10, QLatin1Char('0'))
                     .arg(row % 5 ? QStringLiteral("ok")
                                  : QStringLiteral("\"met at\nroom; \"\"14\"\" %1\"").arg(row))
                     .toUtf8();
    ImportContext context;
    context.fileName = QStringLiteral("calls.csv");
    auto whole = CsvImporter().import(table, context);
    REQUIRE(whole);

    context.limits.maxBytes = 16 << 10; // parts of 4 KiB: about 40 of them
    std::vector<ImportResult> parts;
    context.writePart = [&](ImportResult&& part) {
        parts.push_back(std::move(part));
        return threadline::Result<void>();
    };
    QBuffer device(&table);
    device.open(QIODevice::ReadOnly);
    REQUIRE(CsvImporter().readsInParts(table.left(8192)));
    auto left = CsvImporter().importInParts(device, context);
    REQUIRE(left);
    CHECK(parts.size() > 30);
    ImportResult joined;
    for (ImportResult& part : parts)
        joined.append(std::move(part));
    REQUIRE(joined.documents.size() == whole->documents.size());
    CHECK(joined.links.size() == whole->links.size());
    CHECK(joined.events.size() == whole->events.size());
    for (std::size_t index = 0; index < joined.documents.size(); ++index) {
        INFO("row " << index + 1);
        CHECK(joined.documents[index].title == whole->documents[index].title);
        CHECK(joined.documents[index].text == whole->documents[index].text);
        CHECK(joined.documents[index].locator == whole->documents[index].locator);
    }
    CHECK(joined.documents.back().text.contains(QStringLiteral("room; \"14\" 3000")));
    CHECK(left->warnings == whole->warnings);
}

TEST_CASE("a carrier's call records become calls and texts between E.164 phones",
          "[ingest][table][calls]") {
    const ImportResult result =
        importWith(CsvImporter(), kTables + QStringLiteral("carrier-cdr.csv"));
    CHECK(labelsOf(result, QStringLiteral("Phone")) == QStringList{QStringLiteral("+16025550142"),
                                                                   QStringLiteral("+14805550177"),
                                                                   QStringLiteral("+15205550100")});
    REQUIRE(result.links.size() == 3);
    CHECK(result.links[0].type == QStringLiteral("called"));
    CHECK(result.links[1].type == QStringLiteral("texted"));
    CHECK(result.links[0].properties.value(QStringLiteral("imei")).toString() ==
          QStringLiteral("356938035643809"));
    REQUIRE(result.events.size() == 3);
    CHECK(result.events[0].occurredAt ==
          QStringLiteral("2026-01-03T21:05:00")); // month first unless day > 12
    CHECK(result.documents.size() == 3);
    CHECK(result.links[2].evidence.locator.value(QStringLiteral("line")).toInt() == 4);
}

TEST_CASE("a saved profile maps headers no detector knows", "[ingest][table][calls]") {
    TableProfile profile;
    profile.name = QStringLiteral("telco-es");
    profile.kind = TableKind::Calls;
    profile.columns = {{QStringLiteral("caller"), QStringLiteral("Quien llama")},
                       {QStringLiteral("callee"), QStringLiteral("Destino")},
                       {QStringLiteral("start"), QStringLiteral("Fecha y hora")},
                       {QStringLiteral("duration"), QStringLiteral("Segundos")}};
    const TableProfile detected =
        detectProfile({QStringLiteral("Quien llama"), QStringLiteral("Destino")});
    CHECK(detected.kind == TableKind::Generic);
    const ImportResult result =
        importWith(CsvImporter(), kTables + QStringLiteral("odd-header-calls.csv"),
                   QStringLiteral("AU"), profile.toJson());
    CHECK(labelsOf(result, QStringLiteral("Phone")) == QStringList{QStringLiteral("+61491570156"),
                                                                   QStringLiteral("+61491570157"),
                                                                   QStringLiteral("+61491570158")});
    CHECK(result.links.size() == 2);
    CHECK(TableProfile::fromJson(profile.toJson()).columns == profile.columns);

    profile.columns.insert(QStringLiteral("imei"), QStringLiteral("IMEI"));
    ImportContext context;
    context.fileName = QStringLiteral("odd-header-calls.csv");
    context.tableProfile = profile.toJson();
    auto refused =
        CsvImporter().import(readFile(kTables + QStringLiteral("odd-header-calls.csv")), context);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(
        QStringLiteral("column 'IMEI' (for imei) of profile 'telco-es' is not in the file")));
}

TEST_CASE("money transfers become paid links between accounts", "[ingest][table][payments]") {
    const ImportResult result =
        importWith(CsvImporter(), kTables + QStringLiteral("transfers.csv"));
    CHECK(labelsOf(result, QStringLiteral("Account")) ==
          QStringList{QStringLiteral("US1234567890 (R. Okafor)"),
                      QStringLiteral("GB29NWBK60161331926819 (M. Silva)")});
    REQUIRE(result.links.size() == 2);
    CHECK(result.links[1].weight == Approx(9400.0));
    CHECK(result.links[1].properties.value(QStringLiteral("reference")).toString() ==
          QStringLiteral("rent, part 2"));
    CHECK(result.events[0].occurredAt == QStringLiteral("2026-02-03"));
}

TEST_CASE("a contact list gives people with phones and e-mail", "[ingest][table][contacts]") {
    const ImportResult result = importWith(CsvImporter(), kTables + QStringLiteral("contacts.csv"));
    CHECK(labelsOf(result, QStringLiteral("Person")) ==
          QStringList{QStringLiteral("Rosa Example"), QStringLiteral("Tom Example")});
    CHECK(labelsOf(result, QStringLiteral("EmailAddress")) ==
          QStringList{QStringLiteral("rosa@example.com")});
    CHECK(result.links.size() == 3);
}

TEST_CASE("the mobile-money excerpt reads as payments", "[ingest][table][payments]") {
    const ImportResult result =
        importWith(CsvImporter(), QStringLiteral(THREADLINE_SHARED_DATA
                                                 "/cdr/cider_mobilemoney_EXCERPT_first10rows.csv"));
    CHECK(result.documents.size() == 10);
    CHECK(result.events.size() == 10);
    CHECK(result.links.size() == 4); // only p2p rows name both parties
    CHECK(labelsOf(result, QStringLiteral("Account")).contains(QStringLiteral("7983131")));
}

TEST_CASE("OFX statements: the account pays each payee", "[ingest][bank]") {
    const ImportResult result =
        importWith(OfxImporter(), kBank + QStringLiteral("ofxparse/bank_medium.ofx"));
    CHECK(labelsOf(result, QStringLiteral("Account")) ==
          QStringList{QStringLiteral("16000010012300000012345678")});
    CHECK(labelsOf(result, QStringLiteral("Counterparty")).size() == 3);
    REQUIRE(result.links.size() == 3);
    CHECK(result.links[1].weight == Approx(316.67));
    CHECK(result.links[1].properties.value(QStringLiteral("currency")).toString() ==
          QStringLiteral("CAD"));
    CHECK(result.events[0].occurredAt == QStringLiteral("2009-04-01T17:20:17Z"));
    CHECK(importWith(OfxImporter(), kBank + QStringLiteral("actualbudget/data-payee-memo.ofx"))
              .documents.size() == 4);
}

TEST_CASE("MT940 statements keep IBAN, BIC and name of each counterparty", "[ingest][bank]") {
    const ImportResult result =
        importWith(Mt940Importer(), kBank + QStringLiteral("actualbudget/data.sta"));
    CHECK(result.documents.size() == 6);
    const QStringList accounts = labelsOf(result, QStringLiteral("Account"));
    CHECK(accounts.contains(QStringLiteral("FR7630006000011234567890189")));
    CHECK(accounts.contains(QStringLiteral("FR1420041010050500013M02606 (Boulangerie L'Étoile)")));
    const ExtractedLink& salary = result.links[1];
    CHECK(result.entities[std::size_t(salary.from)]
              .properties.value(QStringLiteral("bic"))
              .toString() == QStringLiteral("BNPAFRPP"));
    CHECK(salary.weight == Approx(1200.0));
    CHECK(result.events[1].summary.contains(QStringLiteral("Salaire août 2025")));
}

TEST_CASE("table times are read in the forms tables use", "[ingest][table]") {
    CHECK(parseTableTime(QStringLiteral("2026-03-01 21:05:33")) ==
          QStringLiteral("2026-03-01T21:05:33"));
    CHECK(parseTableTime(QStringLiteral("13/03/2026 21:05")) ==
          QStringLiteral("2026-03-13T21:05:00"));
    CHECK(parseTableTime(QStringLiteral("03/13/2026")) == QStringLiteral("2026-03-13"));
    CHECK(parseTableTime(QStringLiteral("01.03.2026")) == QStringLiteral("2026-03-01"));
    CHECK(parseTableTime(QStringLiteral("01/03/2026 21:05"), QStringLiteral("dd/MM/yyyy HH:mm")) ==
          QStringLiteral("2026-03-01T21:05:00"));
    CHECK(parseTableTime(QStringLiteral("yesterday")).isEmpty());
}
