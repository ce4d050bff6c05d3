// threadline-cli chart: charts built, expanded, laid out and shown from the command line.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace threadline::testing::cli;
using threadline::testing::ProcessResult;
using threadline::testing::Scratch;

namespace {

QJsonObject shownChart(const QString& casePath, const QString& name) {
    return json(cli({QStringLiteral("chart"), QStringLiteral("show"), casePath, name,
                     QStringLiteral("--json")}))
        .object();
}

QSet<qint64> membersOf(const QJsonObject& chart) {
    QSet<qint64> members;
    for (const QJsonValue& item : chart.value(QStringLiteral("items")).toArray())
        members.insert(item.toObject().value(QStringLiteral("entity")).toInteger());
    return members;
}

} // namespace

TEST_CASE("cli: chart new, expand, remove, list and show", "[cli][chart]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("import"), casePath,
                 QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv"),
                 QStringLiteral(THREADLINE_TEST_DATA "/table/contacts.csv")})
                .exitCode == 0);
    const QString name = QStringLiteral("Phone 0142");
    const ProcessResult created =
        cli({QStringLiteral("chart"), QStringLiteral("new"), casePath, name,
             QStringLiteral("--add"), QStringLiteral("+16025550142"), QStringLiteral("--expand"),
             QStringLiteral("1"), QStringLiteral("--layout"), QStringLiteral("multilevel")});
    INFO(created.standardError.toStdString());
    REQUIRE(created.exitCode == 0);
    const QJsonObject chart = shownChart(casePath, name);
    const QSet<qint64> members = membersOf(chart);
    CHECK(members.size() >= 3); // the phone and what it called, texted or is a contact of
    for (const QJsonValue& item : chart.value(QStringLiteral("items")).toArray()) {
        CHECK(item.toObject().value(QStringLiteral("pinned")).toBool() == false);
        CHECK(item.toObject().value(QStringLiteral("hidden")).toBool() == false);
    }
    // Removing one member leaves the others where they were.
    const qint64 removed = *members.begin();
    REQUIRE(cli({QStringLiteral("chart"), QStringLiteral("remove"), casePath, name,
                 QString::number(removed)})
                .exitCode == 0);
    const QJsonObject after = shownChart(casePath, name);
    CHECK(membersOf(after) == (QSet<qint64>(members) -= removed));
    const QJsonArray listed = json(cli({QStringLiteral("chart"), QStringLiteral("list"), casePath,
                                        QStringLiteral("--json")}))
                                  .array();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].toObject().value(QStringLiteral("items")).toInt() == members.size() - 1);
    // Every edit is in the audit log, and the case still verifies.
    const ProcessResult log = cli({QStringLiteral("log"), casePath});
    CHECK(log.standardOutput.count(QStringLiteral("chart.created")) == 1);
    CHECK(log.standardOutput.count(QStringLiteral("chart.edited")) ==
          4); // add, expand, layout, remove
    CHECK(cli({QStringLiteral("verify"), casePath}).exitCode == 0);
    requireOneLineError(cli({QStringLiteral("chart"), QStringLiteral("new"), casePath, name}),
                        QStringLiteral("already has a chart named"));
    requireOneLineError(
        cli({QStringLiteral("chart"), QStringLiteral("show"), casePath, QStringLiteral("Nope")}),
        QStringLiteral("no chart named 'Nope'"));
    requireOneLineError(cli({QStringLiteral("chart"), QStringLiteral("add"), casePath, name,
                             QStringLiteral("nobody-by-this-name")}),
                        QStringLiteral("no entity is named"));
    requireOneLineError(cli({QStringLiteral("chart"), QStringLiteral("add"), casePath, name,
                             QStringLiteral("#999999")}),
                        QStringLiteral("entity #999999 is not in this case"));
}

TEST_CASE("cli: chart new --key-players starts from the case's brokers, laid out", "[cli][chart]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("import"), casePath,
                 QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv"),
                 QStringLiteral(THREADLINE_TEST_DATA "/table/transfers.csv")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("chart"), QStringLiteral("new"), casePath,
                 QStringLiteral("Key players"), QStringLiteral("--key-players")})
                .exitCode == 0);
    const QJsonArray items = shownChart(casePath, QStringLiteral("Key players"))
                                 .value(QStringLiteral("items"))
                                 .toArray();
    REQUIRE(items.size() >= 3);
    QSet<QPair<double, double>> places;
    for (const QJsonValue& item : items)
        places.insert({item.toObject().value(QStringLiteral("x")).toDouble(),
                       item.toObject().value(QStringLiteral("y")).toDouble()});
    CHECK(places.size() == items.size()); // laid out: no two items on one spot
}
