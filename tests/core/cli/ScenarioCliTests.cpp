#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using threadline::testing::ProcessResult;
using threadline::testing::Scratch;

namespace {

ProcessResult cli(const QStringList& arguments) {
    return threadline::testing::runProgram(QStringLiteral(THREADLINE_CLI), arguments);
}

QJsonObject scoreJson(const QString& casePath, const QString& key) {
    const ProcessResult result = cli({QStringLiteral("score"), QStringLiteral("--case"), casePath,
                                      QStringLiteral("--key"), key, QStringLiteral("--json")});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
}

// The id of the entity whose label is `label`, from `list CASE entities --json`.
QString entityLabelled(const QString& casePath, const QString& label) {
    const ProcessResult result = cli(
        {QStringLiteral("list"), casePath, QStringLiteral("entities"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    for (const QJsonValue& entity : QJsonDocument::fromJson(result.standardOutput.toUtf8()).array())
        if (entity[QStringLiteral("label")].toString() == label)
            return QString::number(entity[QStringLiteral("id")].toInteger());
    FAIL("no entity labelled " << label.toStdString());
    return {};
}

} // namespace

TEST_CASE("cli: scenario checks its options and never writes into a used folder",
          "[cli][scenario]") {
    Scratch scratch;
    CHECK(cli({QStringLiteral("scenario"), QStringLiteral("--size"), QStringLiteral("small"),
               QStringLiteral("--out"), scratch.path(QStringLiteral("a"))})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("scenario"), QStringLiteral("--seed"), QStringLiteral("1"),
               QStringLiteral("--size"), QStringLiteral("enormous"), QStringLiteral("--out"),
               scratch.path(QStringLiteral("a"))})
              .exitCode == 2);
    REQUIRE(QDir().mkpath(scratch.path(QStringLiteral("used"))));
    scratch.write(QStringLiteral("used/notes.txt"), "mine");
    const ProcessResult refused =
        cli({QStringLiteral("scenario"), QStringLiteral("--seed"), QStringLiteral("1"),
             QStringLiteral("--out"), scratch.path(QStringLiteral("used"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.standardError.contains(QStringLiteral("not empty")));
    CHECK(QDir(scratch.path(QStringLiteral("used"))).entryList(QDir::Files).size() == 1);
}

TEST_CASE("cli: a trainee's marks and links are scored, as text and PDF", "[cli][scenario]") {
    Scratch scratch;
    const QString files = scratch.path(QStringLiteral("files"));
    const QString casePath = scratch.path(QStringLiteral("trainee.tlcase"));
    const ProcessResult made =
        cli({QStringLiteral("scenario"), QStringLiteral("--seed"), QStringLiteral("77"),
             QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--out"), files,
             QStringLiteral("--import"), casePath});
    INFO(made.standardOutput.toStdString() << made.standardError.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.standardOutput.contains(QStringLiteral("0 failed")));
    const QString key = QDir(files).filePath(QStringLiteral("answer-key.json"));
    CHECK(scoreJson(casePath, key)[QStringLiteral("score")].toDouble() == 0.0);

    // Flag the controller (first person of the key) by his number, and link him to a victim.
    QFile keyFile(key);
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    const QJsonObject answers = QJsonDocument::fromJson(keyFile.readAll()).object();
    const QJsonArray people = answers[QStringLiteral("people")].toArray();
    REQUIRE(people[0][QStringLiteral("role")].toString() == QStringLiteral("controller"));
    REQUIRE(people[1][QStringLiteral("role")].toString() == QStringLiteral("victim"));
    const QString boss =
        entityLabelled(casePath, people[0][QStringLiteral("identifiers")][0].toString());
    const QString victim =
        entityLabelled(casePath, people[1][QStringLiteral("identifiers")][0].toString());
    CHECK(cli({QStringLiteral("mark"), casePath, boss, QStringLiteral("--role"),
               QStringLiteral("controller")})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("link"), casePath, boss, boss, QStringLiteral("--reason"),
               QStringLiteral("x")})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("link"), casePath, boss, victim, QStringLiteral("--type"),
               QStringLiteral("knows")})
              .exitCode == 1);
    const ProcessResult linked =
        cli({QStringLiteral("link"), casePath, boss, victim, QStringLiteral("--type"),
             QStringLiteral("controls"), QStringLiteral("--reason"),
             QStringLiteral("texts ordering her to pay his cashtag")});
    CHECK(linked.exitCode == 0);
    CHECK(cli({QStringLiteral("log"), casePath, QStringLiteral("--last"), QStringLiteral("1")})
              .standardOutput.contains(QStringLiteral("analyst")));

    const QJsonObject score = scoreJson(casePath, key);
    CHECK(score[QStringLiteral("roles")][QStringLiteral("precision")].toDouble() == 1.0);
    CHECK(score[QStringLiteral("links")][QStringLiteral("correct")].toInt() == 1);
    CHECK(score[QStringLiteral("score")].toDouble() > 0.0);
    CHECK(score[QStringLiteral("score")].toDouble() < 1.0);

    const QString pdf = scratch.path(QStringLiteral("score.pdf"));
    const ProcessResult report = cli({QStringLiteral("score"), QStringLiteral("--case"), casePath,
                                      QStringLiteral("--key"), key, QStringLiteral("--pdf"), pdf});
    CHECK(report.exitCode == 0);
    CHECK(report.standardOutput.contains(QStringLiteral("Missed")));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(8).startsWith("%PDF-1.4"));
}
