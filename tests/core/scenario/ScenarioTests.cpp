#include "DefaultImporters.h"
#include "TestSupport.h"
#include "jobs/ImportJob.h"
#include "scenario/ScenarioWriter.h"
#include "scenario/Scoring.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

using namespace threadline;
using namespace threadline::scenario;
using threadline::testing::Scratch;

namespace {

std::map<QString, QByteArray> filesUnder(const QString& directory) {
    std::map<QString, QByteArray> files;
    QDirIterator walk(directory, QDir::Files, QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString path = walk.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files[QDir(directory).relativeFilePath(path)] = file.readAll();
    }
    return files;
}

WrittenScenario write(const Scenario& scenario, const QString& directory) {
    auto written = writeScenario(scenario, directory);
    INFO((written ? QString() : written.error().toString()).toStdString());
    REQUIRE(written);
    return *written;
}

} // namespace

TEST_CASE("the same seed writes the same case byte for byte", "[scenario]") {
    Scratch scratch;
    write(Scenario(7, ScenarioSize::Small), scratch.path(QStringLiteral("first")));
    write(Scenario(7, ScenarioSize::Small), scratch.path(QStringLiteral("second")));
    write(Scenario(8, ScenarioSize::Small), scratch.path(QStringLiteral("other")));
    const auto first = filesUnder(scratch.path(QStringLiteral("first")));
    const auto second = filesUnder(scratch.path(QStringLiteral("second")));
    const auto other = filesUnder(scratch.path(QStringLiteral("other")));
    REQUIRE(first.size() > 30);
    CHECK(first == second);
    CHECK(first.at(QStringLiteral("answer-key.json")) !=
          other.at(QStringLiteral("answer-key.json")));
}

TEST_CASE("a small scenario has every kind of material the issue asks for", "[scenario]") {
    Scratch scratch;
    const Scenario scenario(11, ScenarioSize::Small);
    const WrittenScenario written = write(scenario, scratch.path(QStringLiteral("case")));
    const QString files = written.files.join(QLatin1Char(' '));
    for (const char* expected :
         {"ads/scraped/", "ads/saved-pages/", "/report.xml", "/calls.csv", "/contacts.csv",
          "money/payment-app", "money/first-fictional-bank", "-scan.pdf", "-lease.pdf",
          "hotel-receipt-1.pdf", ".mbox", "answer-key.json"})
        CHECK(files.contains(QLatin1String(expected)));

    const int ads = scenario.market().adCount();
    CHECK(ads == 200);
    std::map<QString, int> roles;
    for (const Person& person : scenario.people())
        ++roles[toString(person.role)];
    CHECK(roles[QStringLiteral("victim")] >= 3);
    CHECK(roles[QStringLiteral("controller")] == 1);
    CHECK(roles[QStringLiteral("recruiter")] == 1);
    CHECK(roles[QStringLiteral("money-mule")] == 1);
    CHECK(roles[QStringLiteral("buyer")] >= 4);
    CHECK(scenario.people().size() >= 25);

    // Structuring: the mule's payments to the controller all stay just under 10,000 USD.
    QFile bank(scratch.path(QStringLiteral("case/money/first-fictional-bank-statement.csv")));
    REQUIRE(bank.open(QIODevice::ReadOnly));
    const Person& mule = scenario.person(scenario.rings().front().moneyMule);
    int structured = 0;
    for (const QByteArray& line : bank.readAll().split('\n'))
        if (line.contains(mule.name.toUtf8() + ',' + mule.account.toUtf8())) {
            const double amount = QString::fromUtf8(line.split(',').at(5)).toDouble();
            CHECK(amount < 10'000);
            structured += amount >= 9'000;
        }
    CHECK(structured >= 6);
}

TEST_CASE("every number in a case is from the fiction ranges", "[scenario]") {
    const Scenario scenario(5, ScenarioSize::Medium);
    QSet<QString> seen;
    for (const Person& person : scenario.people()) {
        INFO(person.key.toStdString());
        CHECK(person.phone.mid(3, 5) == QStringLiteral("55501"));
        if (person.ring >= 0 && scenario.rings()[std::size_t(person.ring)].investigated)
            CHECK_FALSE(seen.contains(person.phone)); // no two people share a number by chance
        seen.insert(person.phone);
    }
}

namespace {

// The entity the case holds for a key person: found by any of their identifiers.
EntityId entityOf(const store::CaseStore& store, const KeyPerson& person) {
    for (const QString& identifier : person.identifiers) {
        auto found = store.facts().entitiesNamed(identifier);
        REQUIRE(found);
        if (!found->empty())
            return found->front();
    }
    FAIL("no entity in the case for " << person.id.toStdString());
    return {};
}

// What a trainee who found everything would flag.
void flagEverything(store::CaseStore& store, const AnswerKey& key) {
    std::map<QString, EntityId> entities;
    for (const KeyPerson& person : key.people) {
        if (person.role == QLatin1String("uninvolved"))
            continue;
        entities[person.id] = entityOf(store, person);
        REQUIRE(
            store.decisions().markRole(entities[person.id], person.role, QStringLiteral("found")));
        if (person.keyPlayer)
            REQUIRE(
                store.decisions().markRole(entities[person.id], QStringLiteral("key-player"), {}));
    }
    for (const KeyLink& link : key.links)
        REQUIRE(store.decisions().drawLink(entities.at(link.from), entities.at(link.to), link.kind,
                                           QStringLiteral("seen in the files")));
}

ScoreCard scoreCase(const store::CaseStore& store, const AnswerKey& key) {
    auto submission = readSubmission(store);
    REQUIRE(submission);
    return scoreSubmission(key, *submission);
}

} // namespace

TEST_CASE("every file of a small scenario imports, and a perfect trainee scores 1",
          "[scenario][import]") {
    Scratch scratch;
    const QString directory = scratch.path(QStringLiteral("case"));
    const WrittenScenario written = write(Scenario(3, ScenarioSize::Small), directory);
    QStringList paths;
    for (const QString& file : written.files)
        if (file != QLatin1String("answer-key.json"))
            paths << QDir(directory).filePath(file);
    auto store = store::CaseStore::create(scratch.path(QStringLiteral("trainee.tlcase")));
    REQUIRE(store);
    const auto importers = app::makeDefaultImporters();
    const jobs::ImportSummary summary = jobs::ImportJob(*store, importers, {}).run(paths);
    for (const jobs::ImportedFile& file : summary.files) {
        INFO(file.name.toStdString() << ": " << file.error.toStdString());
        CHECK(file.ok);
        CHECK(file.warnings.isEmpty());
    }
    CHECK(summary.imported() > paths.size()); // the photos inside saved pages come out too
    const auto counts = store->summary();
    REQUIRE(counts);
    CHECK(counts->entitiesByType.at(QStringLiteral("Ad")) == 200);
    CHECK(counts->entitiesByType.at(QStringLiteral("Photo")) > 10);
    auto scanned = store->facts().search(QStringLiteral("folio"));
    REQUIRE(scanned);
    CHECK(scanned->size() == 3); // two receipts with text, one read by OCR

    auto key = readAnswerKey(QDir(directory).filePath(QStringLiteral("answer-key.json")));
    REQUIRE(key);
    const ScoreCard empty = scoreCase(*store, *key);
    CHECK(empty.overall() == 0.0);
    CHECK(empty.roles.recall() == 0.0);

    flagEverything(*store, *key);
    const ScoreCard perfect = scoreCase(*store, *key);
    INFO(scoreReport(perfect, QStringLiteral("trainee")).join(QLatin1Char('\n')).toStdString());
    CHECK(perfect.roles.precision() == 1.0);
    CHECK(perfect.roles.recall() == 1.0);
    CHECK(perfect.keyPlayers.f1() == 1.0);
    CHECK(perfect.links.f1() == 1.0);
    CHECK(perfect.overall() == Approx(1.0));
    CHECK(perfect.wrong.isEmpty());
    CHECK(perfect.missed.isEmpty());
}
