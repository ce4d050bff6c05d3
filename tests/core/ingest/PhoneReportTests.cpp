#include "TestSupport.h"
#include "ingest/phone/PhoneReportImporter.h"

#include <QFile>

using namespace threadline::ingest;

namespace {

threadline::Result<ImportResult> importReport(const QString& name, const QByteArray& bytes = {}) {
    QFile file(QStringLiteral(THREADLINE_TEST_DATA "/phone/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = name;
    return PhoneReportImporter().import(bytes.isEmpty() ? file.readAll() : bytes, context);
}

int countLinks(const ImportResult& result, const QString& type) {
    return int(std::count_if(result.links.begin(), result.links.end(),
                             [&](const ExtractedLink& link) { return link.type == type; }));
}

} // namespace

TEST_CASE("a phone report gives the device, its contacts, calls, texts and chats",
          "[ingest][phone]") {
    auto result = importReport(QStringLiteral("report.xml"));
    REQUIRE(result);
    const ExtractedEntity& device = result->entities[0];
    CHECK(device.type == QStringLiteral("Device"));
    CHECK(device.label == QStringLiteral("Samsung SM-A515F Galaxy A51 (IMEI 356938035643809)"));
    CHECK(result->entities[1].label ==
          QStringLiteral("+16025550142")); // the seized phone's own number
    CHECK(countLinks(*result, QStringLiteral("in-contacts-of")) == 2);
    CHECK(countLinks(*result, QStringLiteral("called")) == 2);
    CHECK(countLinks(*result, QStringLiteral("texted")) == 1);
    CHECK(countLinks(*result, QStringLiteral("messaged")) == 2);
    CHECK(countLinks(*result, QStringLiteral("logged-in-on")) == 1);
    CHECK(countLinks(*result, QStringLiteral("was-at")) == 1);
    REQUIRE(result->events.size() == 6);
    CHECK(result->events[0].occurredAt == QStringLiteral("2026-03-02T04:05:00Z")); // -07:00 to UTC
}

TEST_CASE("deleted records keep their deleted state", "[ingest][phone]") {
    auto result = importReport(QStringLiteral("report.xml"));
    REQUIRE(result);
    int deletedLinks = 0;
    for (const ExtractedLink& link : result->links)
        deletedLinks += link.properties.value(QStringLiteral("deleted")).toBool();
    CHECK(deletedLinks ==
          5); // Tom's contact and his two entries, the incoming call, the "ok sent" message
    bool deletedMessage = false;
    for (const ExtractedDocument& document : result->documents)
        deletedMessage =
            deletedMessage || (document.text == QStringLiteral("ok sent") &&
                               document.locator.value(QStringLiteral("deleted")).toBool());
    CHECK(deletedMessage);
}

TEST_CASE("a UFDR package imports its report and passes on its files", "[ingest][phone]") {
    auto result = importReport(QStringLiteral("exhibit-AR-12.ufdr"));
    REQUIRE(result);
    CHECK(result->documents.size() == 7);
    REQUIRE(result->children.size() == 1);
    CHECK(result->children.front().name == QStringLiteral("files/Image/IMG_0042.png"));
}

TEST_CASE("a truncated phone report fails with its line", "[ingest][phone][hostile]") {
    QFile file(QStringLiteral(THREADLINE_TEST_DATA "/phone/report.xml"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    auto result = importReport(QStringLiteral("report.xml"), whole.left(whole.size() / 2));
    REQUIRE_FALSE(result);
    CHECK(result.error().toString().startsWith(QStringLiteral("report.xml: line ")));
    CHECK(result.error().message.contains(QStringLiteral("malformed report XML")));
}

TEST_CASE("identifiers written in messages become entities found in that message",
          "[ingest][phone][extract]") {
    auto result = importReport(QStringLiteral("report.xml"));
    REQUIRE(result);
    const auto cashtag = std::find_if(result->entities.begin(), result->entities.end(),
                                      [](const ExtractedEntity& entity) {
                                          return entity.label == QStringLiteral("$desertking");
                                      });
    REQUIRE(cashtag != result->entities.end());
    CHECK(cashtag->type == QStringLiteral("PaymentAccount"));
    CHECK(cashtag->evidence.quote == QStringLiteral("$DesertKing"));
    REQUIRE(cashtag->evidence.document >= 0);
    const ExtractedDocument& message = result->documents[std::size_t(cashtag->evidence.document)];
    CHECK(message.text.contains(QStringLiteral("Send the 300 by Cash App to $DesertKing")));
}
