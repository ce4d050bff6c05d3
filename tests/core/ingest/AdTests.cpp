#include "ImportFixture.h"
#include "ResultHelpers.h"
#include "ingest/ads/AdImporters.h"
#include "ingest/ads/HtmlPage.h"
#include "store/AnalysisStore.h"
#include "store/Database.h"
#include "store/FactStore.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace threadline;
using namespace threadline::ingest;
using namespace threadline::jobs;
using threadline::testing::importIntoNewCase;
using threadline::testing::labelsOf;
using threadline::testing::Scratch;

namespace {

Result<ImportResult> importAd(const Importer& importer, const QString& name) {
    QFile file(QStringLiteral(THREADLINE_TEST_DATA "/ads/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = name;
    return importer.import(file.readAll(), context);
}

} // namespace

TEST_CASE("a saved ad page gives the ad, its time and the identifiers in it", "[ingest][ads]") {
    auto result = importAd(HtmlAdImporter(), QStringLiteral("candy-phoenix.html"));
    REQUIRE(result);
    const ExtractedEntity& ad = result->entities.front();
    CHECK(ad.type == QStringLiteral("Ad"));
    CHECK(ad.label == QStringLiteral("NEW IN TOWN 🍭 Sweet Candy 21yo"));
    CHECK(ad.properties.value(QStringLiteral("site")).toString() ==
          QStringLiteral("ads.synthetic.example"));
    CHECK(ad.properties.value(QStringLiteral("location")).toString() ==
          QStringLiteral("Phoenix, AZ"));
    CHECK(ad.properties.value(QStringLiteral("images")).toArray().size() == 2);
    CHECK(ad.properties.value(QStringLiteral("aliases")).toArray().first().toString() ==
          QStringLiteral("Candy"));
    CHECK(labelsOf(*result, QStringLiteral("Phone")) ==
          QStringList{QStringLiteral("+16022284192"),
                      QStringLiteral("+16025550142")}); // not the script's decoy
    CHECK(labelsOf(*result, QStringLiteral("PaymentAccount")) ==
          QStringList{QStringLiteral("$candyqueen22")});
    CHECK(labelsOf(*result, QStringLiteral("SocialAccount")) ==
          QStringList{QStringLiteral("instagram:candy.queen")});
    REQUIRE(result->events.size() == 1);
    CHECK(result->events.front().occurredAt == QStringLiteral("2026-03-15T04:05:00Z"));
    const ExtractedLink& listed = result->links.front();
    CHECK(listed.type == QStringLiteral("lists"));
    CHECK(listed.evidence.quote == QStringLiteral("six02 two2eight fourone92"));
}

// A page far bigger than a scraped ad: gumbo's memory then spans many blocks of its arena,
// one of them a single text longer than a block.
TEST_CASE("a saved page of several megabytes is read whole", "[ingest][ads]") {
    QByteArray html = "<html><head><title>Big page</title></head><body>";
    for (int paragraph = 0; paragraph < 20000; ++paragraph)
        html += "<p class=\"item\">Listing " + QByteArray::number(paragraph) + " of many</p>";
    html += "<pre>" + QByteArray(3'000'000, 'x') + "</pre><p>the end</p></body></html>";
    const HtmlPage page = readHtmlPage(html);
    CHECK(page.title == QStringLiteral("Big page"));
    const QStringList lines = page.text.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 20002);
    CHECK(lines[0] == QStringLiteral("Listing 0 of many"));
    CHECK(lines[19999] == QStringLiteral("Listing 19999 of many"));
    CHECK(lines[20000] == QString(3'000'000, QLatin1Char('x')));
    CHECK(lines[20001] == QStringLiteral("the end"));
}

TEST_CASE("scraped JSON lines import one ad per line and name the broken line", "[ingest][ads]") {
    auto result = importAd(JsonLinesAdImporter(), QStringLiteral("scraped-ads.jsonl"));
    REQUIRE(result);
    CHECK(labelsOf(*result, QStringLiteral("Ad")).size() == 3);
    REQUIRE(result->warnings.size() == 1);
    CHECK(result->warnings.front().startsWith(QStringLiteral("line 3: not a JSON object")));
    CHECK(result->events.front().occurredAt == QStringLiteral("2024-03-15T04:05:00Z")); // ms epoch
    CHECK(labelsOf(*result, QStringLiteral("Phone")).contains(QStringLiteral("+15205550179")));
    CHECK(labelsOf(*result, QStringLiteral("SocialAccount"))
              .contains(QStringLiteral("whatsapp:+15205550100")));
}

TEST_CASE("a scraper dump read in parts gives what it gives read whole and passes over long lines",
          "[ingest][ads][hostile]") {
    QFile file(QStringLiteral(THREADLINE_TEST_DATA "/ads/labelled-ads.jsonl"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray dump = file.readAll();
    // A line longer than any ad (64 MiB) in the middle: read whole it is skipped by its length;
    // read in parts it is passed over as it is read, never held.
    const qsizetype middle = dump.indexOf('\n', dump.size() / 2) + 1;
    dump.insert(middle, R"({"title": "x", "text": ")" + QByteArray(70 << 20, 'x') + "\"}\n");
    ImportContext context;
    context.fileName = QStringLiteral("dump.jsonl");
    auto whole = JsonLinesAdImporter().import(dump, context);
    REQUIRE(whole);

    context.limits.maxBytes = 64 << 10; // parts of 16 KiB
    std::vector<ImportResult> parts;
    context.writePart = [&](ImportResult&& part) {
        parts.push_back(std::move(part));
        return Result<void>();
    };
    QBuffer device(&dump);
    device.open(QIODevice::ReadOnly);
    REQUIRE(JsonLinesAdImporter().readsInParts(dump.left(8192)));
    auto left = JsonLinesAdImporter().importInParts(device, context);
    REQUIRE(left);
    CHECK(parts.size() > 5);
    ImportResult joined;
    for (ImportResult& part : parts)
        joined.append(std::move(part));
    REQUIRE(joined.documents.size() == whole->documents.size());
    CHECK(joined.entities.size() >= whole->entities.size()); // parts repeat shared identifiers
    for (std::size_t index = 0; index < joined.documents.size(); ++index) {
        INFO("ad " << index + 1);
        CHECK(joined.documents[index].text == whole->documents[index].text);
        CHECK(joined.documents[index].locator == whole->documents[index].locator);
    }
    CHECK(left->warnings == whole->warnings);
    CHECK(left->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("longer than any")));
}

TEST_CASE("a phone or cashtag shared by ads is one entity linked from each",
          "[ingest][ads][resolve]") {
    Scratch scratch;
    auto [store, summary] =
        importIntoNewCase(scratch, {QStringLiteral(THREADLINE_TEST_DATA "/ads/candy-phoenix.html"),
                                    QStringLiteral(THREADLINE_TEST_DATA "/ads/scraped-ads.jsonl")});
    for (const ImportedFile& file : summary.files)
        CHECK(file.ok);
    auto payments = store.facts().entities({QStringLiteral("PaymentAccount")});
    REQUIRE(payments);
    const auto cashtag = std::find_if(payments->begin(), payments->end(), [](const Entity& entity) {
        return entity.label == QStringLiteral("$candyqueen22");
    });
    REQUIRE(cashtag != payments->end());
    auto links = store.facts().links({QStringLiteral("lists")});
    REQUIRE(links);
    const auto adsListingIt = std::count_if(
        links->begin(), links->end(), [&](const Link& link) { return link.to == cashtag->id; });
    CHECK(adsListingIt == 2); // Candy's page and Lola's scraped ad
    auto phones = store.facts().entities({QStringLiteral("Phone")});
    REQUIRE(phones);
    CHECK(std::count_if(phones->begin(), phones->end(), [](const Entity& entity) {
              return entity.label == QStringLiteral("+16025550142");
          }) == 1);
}

namespace {

QByteArray pngOfSquare(int shade) {
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(QColor(shade, 40, 200 - shade));
    for (int y = 8; y < 40; ++y)
        for (int x = 16; x < 48; ++x)
            image.setPixel(x, y, qRgb(250, 250, shade));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

TEST_CASE("images embedded in ads become one Photo entity each ad shows", "[ingest][ads][photo]") {
    Scratch scratch;
    const QByteArray png = pngOfSquare(30);
    const QString page =
        QStringLiteral("<html><head><title>Mia in Mesa</title></head><body><p>Text 480 555 0177"
                       "</p><img src=\"data:image/png;base64,%1\"><img src=\"data:image/png;"
                       "base64,bm90IGFuIGltYWdl\"></body></html>")
            .arg(QString::fromLatin1(png.toBase64()));
    const QByteArray line =
        QJsonDocument(QJsonObject{{"url", "https://ads.synthetic.example/mia-2"},
                                  {"title", "Mia again"},
                                  {"body", "Mia, text 480 555 0177"},
                                  {"objects", QJsonArray{QJsonObject{
                                                  {"data", QString::fromLatin1(png.toBase64())}}}}})
            .toJson(QJsonDocument::Compact);
    auto [store, summary] =
        importIntoNewCase(scratch, {scratch.write(QStringLiteral("mia.html"), page.toUtf8()),
                                    scratch.write(QStringLiteral("mia.jsonl"), line + '\n')});
    auto photos = store.facts().entities({QStringLiteral("Photo")});
    REQUIRE(photos);
    REQUIRE(photos->size() == 1); // the same picture in both ads, and its child source
    CHECK(photos->front().propertiesJson.contains(QStringLiteral("\"phash\"")));
    auto shows = store.facts().links({QStringLiteral("shows")});
    REQUIRE(shows);
    CHECK(shows->size() == 2);
    bool warned = false; // the second image of the page is not an image: said, not fatal
    for (const ImportedFile& file : summary.files)
        for (const QString& warning : file.warnings)
            warned = warned || warning.contains(QStringLiteral("embedded image 2 not read"));
    CHECK(warned);
    auto hashes = store.analyses().photoHashes();
    REQUIRE(hashes);
    CHECK(hashes->size() == 1);
}

namespace {

// A scraper dump of `count` ads, every 100th sharing one phone, every 700th carrying an
// embedded picture, and line 2,222 broken.
QByteArray bigDump(int count, const QByteArray& png) {
    QByteArray lines;
    for (int i = 1; i <= count; ++i) {
        if (i == 2222) {
            lines += "{\"url\": broken\n";
            continue;
        }
        const QString phone =
            i % 100 == 0 ? QStringLiteral("602 555 0142")
                         : QStringLiteral("480 555 %1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        QJsonObject ad{{"url", QStringLiteral("https://ads.synthetic.example/%1").arg(i)},
                       {"title", QStringLiteral("Ad %1").arg(i)},
                       {"body", QStringLiteral("New in town, call %1").arg(phone)}};
        if (i % 700 == 0)
            ad.insert("objects",
                      QJsonArray{QJsonObject{{"data", QString::fromLatin1(png.toBase64())}}});
        lines += QJsonDocument(ad).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

std::int64_t countOf(const std::map<QString, std::int64_t>& byType, const char* type) {
    const auto found = byType.find(QString::fromLatin1(type));
    return found == byType.end() ? 0 : found->second;
}

} // namespace

TEST_CASE("a long scraper dump is written part by part as one import", "[ingest][ads]") {
    Scratch scratch;
    const QString path =
        scratch.write(QStringLiteral("dump.jsonl"), bigDump(3500, pngOfSquare(90)));
    auto [store, summary] = importIntoNewCase(scratch, {path});
    REQUIRE(summary.files.size() == 6); // the dump and its five embedded pictures
    const ImportedFile& dump = summary.files.front();
    REQUIRE(dump.ok);
    CHECK(dump.counts.documents == 3499);
    REQUIRE(dump.warnings.size() == 1);
    CHECK(dump.warnings.front().startsWith(QStringLiteral("line 2222: not a JSON object")));
    auto summaryOfCase = store.summary();
    REQUIRE(summaryOfCase);
    CHECK(countOf(summaryOfCase->entitiesByType, "Ad") == 3499);
    CHECK(countOf(summaryOfCase->entitiesByType, "Photo") == 1); // one picture in five ads
    // The shared phone is one entity however many parts named it, and a created entity named
    // again by a later part is not counted as found in the case.
    auto phones =
        store::everyPage([&](const store::Page& page) { return store.facts().entities(page); },
                         QStringLiteral("Phone"));
    REQUIRE(phones);
    CHECK(phones->size() > 1000); // more than one page
    CHECK(std::count_if(phones->begin(), phones->end(), [](const Entity& entity) {
              return entity.label == QStringLiteral("+16025550142");
          }) == 1);
    CHECK(dump.counts.entitiesMatched == 0);
    CHECK(std::int64_t(dump.counts.entitiesCreated) ==
          countOf(summaryOfCase->entitiesByType, "Ad") + std::int64_t(phones->size()) + 1);
}

TEST_CASE("cancelling a long scraper dump leaves nothing of it in the case", "[ingest][ads]") {
    Scratch scratch;
    const QString path = scratch.write(QStringLiteral("dump.jsonl"), bigDump(5000, {}));
    auto store = store::CaseStore::create(scratch.path(QStringLiteral("case.tlcase")));
    REQUIRE(store);
    const ImporterRegistry registry = app::makeDefaultImporters();
    int calls = 0;
    const ImportSummary summary =
        ImportJob(*store, registry, {}).run({path}, [&](const QString&, double fraction) {
            return ++calls < 3 || fraction < 0.2;
        });
    CHECK(summary.cancelled);
    auto contents = store->summary();
    REQUIRE(contents);
    CHECK(contents->entitiesByType.empty());
    auto sources = store->sources();
    REQUIRE(sources);
    REQUIRE(sources->size() == 1);
    CHECK(sources->front().status == SourceStatus::Stored); // kept, to be imported again
}

namespace {

// Every row's JSON text of one column, in id order, read straight from the case file.
QStringList columnOf(const QString& casePath, const char* sql) {
    auto database = store::Database::open(casePath, store::Database::Access::ReadOnly);
    REQUIRE(database);
    auto select = (*database)->prepare(sql);
    REQUIRE(select);
    QStringList texts;
    while (*select->step())
        texts << select->text(0);
    return texts;
}

} // namespace

TEST_CASE("an ads dump streamed part by part stores the texts one whole result stores",
          "[ingest][ads]") {
    Scratch scratch;
    const QByteArray dump = bigDump(1500, pngOfSquare(60));
    const QString path = scratch.write(QStringLiteral("dump.jsonl"), dump);
    importIntoNewCase(scratch, {path}); // read and written part by part

    const QString plainCase = scratch.path(QStringLiteral("plain.tlcase"));
    auto plain = store::CaseStore::create(plainCase);
    REQUIRE(plain);
    auto added = plain->addSource(path);
    REQUIRE(added);
    ImportContext context;
    context.fileName = path;
    auto whole = JsonLinesAdImporter().import(dump, context); // the parts put together
    REQUIRE(whole);
    REQUIRE(plain->recordImport(added->source.id, QStringLiteral("jsonl-ads"), QStringLiteral("2"),
                                *whole));

    const QString streamedCase = scratch.path(QStringLiteral("case.tlcase"));
    for (const char* sql :
         {"SELECT locator FROM assertions WHERE subject_kind <> 'entity'",
          "SELECT properties FROM entities ORDER BY id", "SELECT properties FROM links ORDER BY id",
          "SELECT locator FROM documents ORDER BY id"}) {
        INFO(sql);
        // Written part by part, rows come in another order (each part's links after its
        // entities): compare the sets of texts.
        QStringList streamed = columnOf(streamedCase, sql);
        QStringList written = columnOf(plainCase, sql);
        for (QStringList* texts : {&streamed, &written}) {
            texts->sort();
            texts->removeDuplicates();
        }
        CHECK(streamed.size() > 3); // spans of every width, ad lines, picture lines
        CHECK(streamed == written);
    }
    // An identifier named in several parts is asserted at its first mention in the file, as
    // when the file is read whole (each mention has its "lists" link above); a picture shown in
    // several ads is asserted in each. (The streamed case also imported the pictures as files.)
    const char* entityEvidence =
        "SELECT e.type || ' ' || a.locator FROM assertions a JOIN entities e ON e.id = "
        "a.subject_id JOIN sources s ON s.id = a.source_id WHERE a.subject_kind = 'entity' AND "
        "s.parent_id IS NULL";
    QStringList streamed = columnOf(streamedCase, entityEvidence);
    QStringList written = columnOf(plainCase, entityEvidence);
    streamed.sort();
    written.sort();
    CHECK(streamed.size() > 1500);
    CHECK(streamed == written);
    // The phone of every 100th ad, named in both parts: asserted once, listed by each ad.
    const char* sharedPhone =
        "SELECT count(*) FROM assertions a JOIN identifiers i ON i.entity_id = a.subject_id "
        "AND a.subject_kind = 'entity' WHERE i.value = '+16025550142'";
    CHECK(columnOf(streamedCase, sharedPhone) == QStringList{"1"});
    CHECK(columnOf(plainCase, sharedPhone) == QStringList{"1"});
    CHECK(columnOf(streamedCase, "SELECT count(*) FROM links l JOIN identifiers i ON i.entity_id "
                                 "= l.to_id WHERE i.value = '+16025550142'") == QStringList{"15"});
}
