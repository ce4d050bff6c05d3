#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace threadline::testing::cli;
using threadline::testing::ProcessResult;
using threadline::testing::runSqlite;
using threadline::testing::Scratch;

TEST_CASE("cli: new, add-source, info, list, log and verify", "[cli]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    const QString ad =
        scratch.write(QStringLiteral("ad.html"), "<html><body>Sweet Candy</body></html>");
    const QString receipt = scratch.write(QStringLiteral("receipt.txt"), "Room 12, two nights");
    const QString copy =
        scratch.write(QStringLiteral("ad-copy.html"), "<html><body>Sweet Candy</body></html>");

    const ProcessResult added = cli({QStringLiteral("add-source"), casePath, ad, receipt, copy,
                                     QStringLiteral("--exhibit"), QStringLiteral("JD/1")});
    INFO(added.standardError.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.standardOutput.count(QStringLiteral("added #")) == 2);
    CHECK(added.standardOutput.contains(QStringLiteral("skipped ")));
    CHECK(added.standardOutput.contains(QStringLiteral("already in the case as #1 ad.html")));

    const QJsonObject info =
        json(cli({QStringLiteral("info"), casePath, QStringLiteral("--json")})).object();
    CHECK(info.value(QStringLiteral("sources")).toInt() == 2);
    CHECK(info.value(QStringLiteral("documents")).toInt() == 0);
    CHECK(
        info.value(QStringLiteral("entities")).toObject().value(QStringLiteral("total")).toInt() ==
        0);
    CHECK(info.value(QStringLiteral("audit_entries")).toInt() == 3);
    CHECK(
        cli({QStringLiteral("info"), casePath}).standardOutput.contains(QStringLiteral("Sources")));

    const QJsonArray sources = json(cli({QStringLiteral("list"), casePath,
                                         QStringLiteral("sources"), QStringLiteral("--json")}))
                                   .array();
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("ad.html"));
    CHECK(sources[0].toObject().value(QStringLiteral("exhibit_ref")).toString() ==
          QStringLiteral("JD/1"));
    CHECK(sources[1].toObject().value(QStringLiteral("sha256")).toString().size() == 64);

    const QJsonArray log =
        json(cli({QStringLiteral("log"), casePath, QStringLiteral("--json")})).array();
    REQUIRE(log.size() == 3);
    CHECK(log[0].toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("case.created"));
    CHECK(log[2].toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("source.added"));

    const ProcessResult verified = cli({QStringLiteral("verify"), casePath});
    CHECK(verified.exitCode == 0);
    CHECK(verified.standardOutput.startsWith(QStringLiteral("verified: 3 audit rows, 2 sources")));
}

TEST_CASE("cli: list filters entities, links and events by type", "[cli]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    // Until importers exist, put a small network in with SQL.
    REQUIRE(
        runSqlite(
            casePath,
            QStringLiteral(
                "INSERT INTO entities (id, type, label, created_at, created_by) VALUES "
                "(1, 'Person', 'Candy', 't', 'test'), (2, 'Phone', '+16025550142', 't', 'test'),"
                "(3, 'Phone', '+16025550199', 't', 'test');"
                "INSERT INTO links (type, from_id, to_id, created_at) VALUES ('uses', 1, 2, 't'),"
                "('called', 2, 3, 't'), ('called', 3, 2, 't');"
                "INSERT INTO events (type, occurred_at, summary) VALUES "
                "('call', '2026-03-01T10:00:00Z', 'call 2->3'), ('sms', '2026-03-02T11:00:00Z', "
                "'text');"))
            .exitCode == 0);

    const QJsonArray phones =
        json(cli({QStringLiteral("list"), casePath, QStringLiteral("entities"),
                  QStringLiteral("--type"), QStringLiteral("Phone"), QStringLiteral("--json")}))
            .array();
    REQUIRE(phones.size() == 2);
    CHECK(phones[0].toObject().value(QStringLiteral("label")).toString() ==
          QStringLiteral("+16025550142"));
    const QJsonArray calls =
        json(cli({QStringLiteral("list"), casePath, QStringLiteral("links"),
                  QStringLiteral("--type"), QStringLiteral("called"), QStringLiteral("--json")}))
            .array();
    CHECK(calls.size() == 2);
    const QJsonArray events = json(cli({QStringLiteral("list"), casePath, QStringLiteral("events"),
                                        QStringLiteral("--json")}))
                                  .array();
    CHECK(events.size() == 2);
    const QJsonObject info =
        json(cli({QStringLiteral("info"), casePath, QStringLiteral("--json")})).object();
    const QJsonObject entities = info.value(QStringLiteral("entities")).toObject();
    CHECK(entities.value(QStringLiteral("total")).toInt() == 3);
    CHECK(entities.value(QStringLiteral("by_type"))
              .toObject()
              .value(QStringLiteral("Phone"))
              .toInt() == 2);
    CHECK(info.value(QStringLiteral("links"))
              .toObject()
              .value(QStringLiteral("by_type"))
              .toObject()
              .value(QStringLiteral("called"))
              .toInt() == 2);
    CHECK(info.value(QStringLiteral("events")).toInt() == 2);
    CHECK(cli({QStringLiteral("list"), casePath, QStringLiteral("things")}).exitCode == 2);
}

TEST_CASE("cli: bad input gives one clear line and a non-zero exit", "[cli]") {
    Scratch scratch;
    SECTION("missing case file") {
        requireOneLineError(
            cli({QStringLiteral("info"), scratch.path(QStringLiteral("absent.tlcase"))}),
            QStringLiteral("absent.tlcase: no such file"));
    }
    SECTION("not a case file") {
        const QString text = scratch.write(QStringLiteral("notes.tlcase"), QByteArray(4096, 'n'));
        requireOneLineError(cli({QStringLiteral("verify"), text}),
                            QStringLiteral("not a Threadline case"));
    }
    SECTION("a case from a newer version") {
        const QString casePath = newCase(scratch);
        REQUIRE(runSqlite(casePath, QStringLiteral("PRAGMA user_version = 42;")).exitCode == 0);
        requireOneLineError(cli({QStringLiteral("info"), casePath}),
                            QStringLiteral("newer Threadline"));
    }
    SECTION("a corrupt case file") {
        const QString casePath = newCase(scratch);
        REQUIRE(cli({QStringLiteral("add-source"), casePath,
                     scratch.write(QStringLiteral("a.bin"),
                                   threadline::testing::patternBytes(200000, 1))})
                    .exitCode == 0);
        QFile file(casePath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(4096)); // wreck pages 2 and on, keep the header
        REQUIRE(file.write(QByteArray(64 * 1024, '\xA5')) == 64 * 1024);
        file.close();
        const ProcessResult verified = cli({QStringLiteral("verify"), casePath});
        CHECK(verified.exitCode != 0);
        const QString printed = verified.standardError + verified.standardOutput;
        const bool named = printed.contains(QStringLiteral("damaged")) ||
                           printed.contains(QStringLiteral("FAILED database"));
        CHECK(named);
    }
    SECTION("a missing source file is reported and the rest are added") {
        const QString casePath = newCase(scratch);
        const ProcessResult added =
            cli({QStringLiteral("add-source"), casePath, scratch.path(QStringLiteral("gone.pdf")),
                 scratch.write(QStringLiteral("here.txt"), "here")});
        CHECK(added.exitCode == 1);
        CHECK(added.standardError.contains(QStringLiteral("gone.pdf: no such file")));
        CHECK(added.standardOutput.contains(QStringLiteral("added #1 here.txt")));
    }
    SECTION("new refuses to overwrite") {
        const QString existing = scratch.write(QStringLiteral("x.tlcase"), "keep me");
        requireOneLineError(cli({QStringLiteral("new"), existing}),
                            QStringLiteral("already exists"));
    }
    SECTION("unknown command and missing arguments") {
        CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
        CHECK(cli({QStringLiteral("add-source")}).exitCode == 2);
    }
}

TEST_CASE("cli: verify fails and names a tampered original", "[cli][tamper]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("add-source"), casePath,
                 scratch.write(QStringLiteral("ledger.txt"), "paid 200 to Tasha")})
                .exitCode == 0);
    REQUIRE(runSqlite(casePath,
                      QStringLiteral("DROP TRIGGER source_content_no_update;"
                                     "UPDATE source_content SET bytes = CAST(replace(CAST(bytes AS "
                                     "TEXT), '200', '300') AS BLOB);"))
                .exitCode == 0);
    const ProcessResult verified = cli({QStringLiteral("verify"), casePath});
    CHECK(verified.exitCode == 1);
    CHECK(verified.standardOutput.contains(QStringLiteral(
        "FAILED source #1 (ledger.txt): stored original does not match its SHA-256")));
    CHECK(verified.standardOutput.contains(QStringLiteral("source_content_no_update is missing")));
}

TEST_CASE("cli: extract prints kind, value, span and confidence", "[cli][extract]") {
    Scratch scratch;
    const QString ad = scratch.write(
        QStringLiteral("ad.txt"), "New in town! six02 two2eight fourone92, candy at gmail dot com");
    const QJsonArray matches =
        json(cli({QStringLiteral("extract"), QStringLiteral("--json"), ad})).array();
    REQUIRE(matches.size() == 2);
    const QJsonObject phone = matches[0].toObject();
    CHECK(phone.value(QStringLiteral("kind")).toString() == QStringLiteral("phone"));
    CHECK(phone.value(QStringLiteral("value")).toString() == QStringLiteral("+16022284192"));
    CHECK(phone.value(QStringLiteral("start")).toInt() == 13);
    CHECK(phone.value(QStringLiteral("text")).toString() ==
          QStringLiteral("six02 two2eight fourone92"));
    CHECK(matches[1].toObject().value(QStringLiteral("value")).toString() ==
          QStringLiteral("candy@gmail.com"));
    CHECK(cli({QStringLiteral("extract"), scratch.path(QStringLiteral("missing.txt"))}).exitCode ==
          1);
}

TEST_CASE("cli: suggest, merge, split and history with undo", "[cli][resolve]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("import"), casePath,
                 QStringLiteral(THREADLINE_TEST_DATA "/ads/candy-phoenix.html"),
                 QStringLiteral(THREADLINE_TEST_DATA "/ads/scraped-ads.jsonl")})
                .exitCode == 0); // the JSON lines file's broken line is a warning, not a failure
    const QJsonArray suggestions =
        json(cli({QStringLiteral("suggest"), casePath, QStringLiteral("--json")})).array();
    REQUIRE(suggestions.size() == 2);
    const QString first =
        QString::number(suggestions[0].toObject().value(QStringLiteral("first")).toInt());
    const QString second =
        QString::number(suggestions[0].toObject().value(QStringLiteral("second")).toInt());
    CHECK(cli({QStringLiteral("merge"), casePath, first, second}).exitCode ==
          1); // a reason is required
    const ProcessResult merged =
        cli({QStringLiteral("merge"), casePath, first, second, QStringLiteral("--reason"),
             QStringLiteral("shared cashtag")});
    CHECK(merged.exitCode == 0);
    CHECK(merged.standardOutput.contains(QStringLiteral("merged into #%1").arg(first)));
    CHECK(merged.standardOutput.contains(QStringLiteral("because: shared cashtag")));
    CHECK(cli({QStringLiteral("split"), casePath, second, QStringLiteral("--reason"),
               QStringLiteral("resold tag")})
              .exitCode == 0);
    const QJsonArray history =
        json(cli({QStringLiteral("history"), casePath, second, QStringLiteral("--json")})).array();
    REQUIRE(history.size() == 2);
    CHECK(history[1].toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("split"));
    CHECK(cli({QStringLiteral("verify"), casePath}).exitCode == 0);
}

TEST_CASE("cli: link-similar links reused photos and templated ads once", "[cli][resolve]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    const QString body = QStringLiteral(
        "Hey gentlemen my name is %1 and I am new in town for a few days only. Sweet, petite "
        "and discreet, I love to make you relax after a long day. Incall near the airport, "
        "outcall to hotels. Call or text me for specials.");
    QByteArray lines;
    for (const char* name : {"Candy", "Lola", "Jade"})
        lines +=
            QJsonDocument(
                QJsonObject{{QStringLiteral("url"),
                             QStringLiteral("https://ads.example/%1").arg(QLatin1String(name))},
                            {QStringLiteral("title"), QString::fromLatin1(name)},
                            {QStringLiteral("body"), body.arg(QLatin1String(name))}})
                .toJson(QJsonDocument::Compact) +
            '\n';
    REQUIRE(
        cli({QStringLiteral("import"), casePath, scratch.write(QStringLiteral("ads.jsonl"), lines),
             QStringLiteral(THREADLINE_TEST_DATA "/image")})
            .exitCode == 0);
    const ProcessResult linked = cli({QStringLiteral("link-similar"), casePath});
    CHECK(linked.exitCode == 0);
    CHECK(linked.standardOutput.trimmed() ==
          QStringLiteral("1 new same-photo links; 1 ad templates (1 new), 3 new uses-template "
                         "links"));
    CHECK(cli({QStringLiteral("link-similar"), casePath}).standardOutput.trimmed() ==
          QStringLiteral("0 new same-photo links; 1 ad templates (0 new), 0 new uses-template "
                         "links"));
    CHECK(cli({QStringLiteral("verify"), casePath}).exitCode == 0);
}

TEST_CASE("cli: analyze, path, connect and communities on an imported network", "[cli][graph]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("import"), casePath,
                 QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv"),
                 QStringLiteral(THREADLINE_TEST_DATA "/table/transfers.csv"),
                 QStringLiteral(THREADLINE_TEST_DATA "/table/contacts.csv")})
                .exitCode == 0);
    // The phone that calls everyone ranks first by degree and by betweenness.
    const QJsonArray degree =
        json(cli({QStringLiteral("analyze"), casePath, QStringLiteral("--measure"),
                  QStringLiteral("degree"), QStringLiteral("--json")}))
            .array();
    REQUIRE(degree.size() >= 5);
    CHECK(degree[0].toObject().value(QStringLiteral("label")).toString() ==
          QStringLiteral("+16025550142"));
    CHECK(degree[0].toObject().value(QStringLiteral("value")).toDouble() >
          degree[1].toObject().value(QStringLiteral("value")).toDouble());
    const ProcessResult between =
        cli({QStringLiteral("analyze"), casePath, QStringLiteral("--measure"),
             QStringLiteral("betweenness"), QStringLiteral("--top"), QStringLiteral("1"),
             QStringLiteral("--csv")});
    CHECK(between.standardOutput.startsWith(QStringLiteral("rank,entity,type,label,value\n1,")));
    CHECK(between.standardOutput.contains(QStringLiteral("+16025550142")));
    // The two bank accounts move the most money.
    const QJsonArray money =
        json(cli({QStringLiteral("analyze"), casePath, QStringLiteral("--measure"),
                  QStringLiteral("amount"), QStringLiteral("--top"), QStringLiteral("2"),
                  QStringLiteral("--json")}))
            .array();
    REQUIRE(money.size() == 2);
    for (const QJsonValue& row : money)
        CHECK(row.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("Account"));

    const QJsonArray path =
        json(cli({QStringLiteral("path"), casePath, QStringLiteral("Rosa Example"),
                  QStringLiteral("+14805550177"), QStringLiteral("--json")}))
            .array();
    REQUIRE(path.size() == 3); // Rosa -> her phone -> the phone it called
    CHECK(path[1].toObject().value(QStringLiteral("label")).toString() ==
          QStringLiteral("+16025550142"));
    CHECK(cli({QStringLiteral("path"), casePath, QStringLiteral("Rosa Example"),
               QStringLiteral("nobody at all")})
              .exitCode == 1);

    const QJsonArray connecting =
        json(cli({QStringLiteral("connect"), casePath, QStringLiteral("Rosa Example"),
                  QStringLiteral("+14805550177"), QStringLiteral("--json")}))
            .array();
    CHECK(connecting.size() >= 3);

    const ProcessResult communities = cli({QStringLiteral("communities"), casePath});
    CHECK(communities.exitCode == 0);
    CHECK(communities.standardOutput.contains(QStringLiteral("modularity")));
    requireOneLineError(cli({QStringLiteral("analyze"), casePath, QStringLiteral("--measure"),
                             QStringLiteral("fame")}),
                        QStringLiteral("unknown measure 'fame'"));
    requireOneLineError(
        cli({QStringLiteral("analyze"), casePath, QStringLiteral("--measure"),
             QStringLiteral("degree"), QStringLiteral("--chart"), QStringLiteral("Cell A")}),
        QStringLiteral("no chart named 'Cell A'"));
}

TEST_CASE("cli: layout saves a chart and keeps pinned items where the analyst put them",
          "[cli][graph]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("import"), casePath,
                 QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv"),
                 QStringLiteral(THREADLINE_TEST_DATA "/table/contacts.csv")})
                .exitCode == 0);
    const QStringList layout{QStringLiteral("layout"), casePath, QStringLiteral("--chart"),
                             QStringLiteral("Cell A"), QStringLiteral("--json")};
    // No such chart yet: reading fails, saving creates it from the network.
    requireOneLineError(cli(layout), QStringLiteral("no chart named 'Cell A'"));
    const QJsonArray first = json(cli(layout + QStringList{QStringLiteral("--save")})).array();
    REQUIRE(first.size() >= 5);
    // The analyst pins the first entity far away; a fresh layout leaves it there.
    const QString pinnedEntity =
        QString::number(first[0].toObject().value(QStringLiteral("entity")).toInt());
    REQUIRE(runSqlite(casePath, QStringLiteral("UPDATE chart_items SET x = 50, y = -20, "
                                               "pinned = 1 WHERE entity_id = %1")
                                    .arg(pinnedEntity))
                .exitCode == 0);
    for (const char* algorithm : {"multilevel", "circular", "flow", "kamada-kawai"}) {
        INFO(algorithm);
        const QJsonArray again =
            json(cli(layout + QStringList{QStringLiteral("--algorithm"),
                                          QString::fromLatin1(algorithm), QStringLiteral("--fresh"),
                                          QStringLiteral("--save")}))
                .array();
        REQUIRE(again.size() == first.size());
        for (const QJsonValue& row : again)
            if (QString::number(row.toObject().value(QStringLiteral("entity")).toInt()) ==
                pinnedEntity) {
                CHECK(row.toObject().value(QStringLiteral("x")).toDouble() == 50);
                CHECK(row.toObject().value(QStringLiteral("y")).toDouble() == -20);
            }
    }
    const ProcessResult log = cli({QStringLiteral("log"), casePath});
    CHECK(log.standardOutput.count(QStringLiteral("chart.laid-out")) == 5);
    CHECK(cli({QStringLiteral("verify"), casePath}).exitCode == 0);
    requireOneLineError(
        cli(layout + QStringList{QStringLiteral("--algorithm"), QStringLiteral("spring")}),
        QStringLiteral("unknown layout 'spring'"));
}

TEST_CASE("cli: mark and roles keep a trainee's roles with the audit trail", "[cli][roles]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("import"), casePath,
                 QStringLiteral(THREADLINE_TEST_DATA "/table/contacts.csv")})
                .exitCode == 0);
    const QJsonArray people =
        json(cli({QStringLiteral("list"), casePath, QStringLiteral("entities"),
                  QStringLiteral("--type"), QStringLiteral("Person"), QStringLiteral("--json")}))
            .array();
    REQUIRE(people.size() == 2);
    const QString rosa = QString::number(people[0].toObject().value(QStringLiteral("id")).toInt());
    const QString tom = QString::number(people[1].toObject().value(QStringLiteral("id")).toInt());
    const ProcessResult marked =
        cli({QStringLiteral("mark"), casePath, rosa, QStringLiteral("--role"),
             QStringLiteral("victim"), QStringLiteral("--reason"), QStringLiteral("ad photos")});
    CHECK(marked.exitCode == 0);
    CHECK(marked.standardOutput.contains(QStringLiteral("marked victim")));
    CHECK(cli({QStringLiteral("mark"), casePath, tom, QStringLiteral("--role"),
               QStringLiteral("controller")})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("mark"), casePath, tom, QStringLiteral("--role"),
               QStringLiteral("key-player")})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("mark"), casePath, tom, QStringLiteral("--role"),
               QStringLiteral("controller"), QStringLiteral("--remove"), QStringLiteral("--reason"),
               QStringLiteral("only drove her")})
              .exitCode == 0);
    const QJsonArray roles =
        json(cli({QStringLiteral("roles"), casePath, QStringLiteral("--json")})).array();
    REQUIRE(roles.size() == 2);
    CHECK(roles[0].toObject().value(QStringLiteral("role")).toString() == QStringLiteral("victim"));
    CHECK(roles[0].toObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("ad photos"));
    CHECK(roles[1].toObject().value(QStringLiteral("role")).toString() ==
          QStringLiteral("key-player"));
    const ProcessResult log = cli({QStringLiteral("log"), casePath});
    CHECK(log.standardOutput.count(QStringLiteral("entity.role-marked")) == 3);
    CHECK(log.standardOutput.contains(QStringLiteral("only drove her")));
    requireOneLineError(cli({QStringLiteral("mark"), casePath, rosa, QStringLiteral("--role"),
                             QStringLiteral("pimp")}),
                        QStringLiteral("unknown role 'pimp'"));
    requireOneLineError(cli({QStringLiteral("mark"), casePath, QStringLiteral("99999"),
                             QStringLiteral("--role"), QStringLiteral("victim")}),
                        QStringLiteral("no entity #99999"));
    requireOneLineError(cli({QStringLiteral("mark"), casePath, rosa, QStringLiteral("--role"),
                             QStringLiteral("buyer"), QStringLiteral("--remove")}),
                        QStringLiteral("is not marked buyer"));
    CHECK(cli({QStringLiteral("verify"), casePath}).exitCode == 0);
}

TEST_CASE("cli: evidence names the file, its hash, the place and the quote", "[cli][evidence]") {
    Scratch scratch;
    const QString casePath = newCase(scratch);
    REQUIRE(cli({QStringLiteral("import"), casePath,
                 QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv")})
                .exitCode == 0);
    const QJsonArray evidence =
        json(cli({QStringLiteral("evidence"), casePath, QStringLiteral("+16025550142"),
                  QStringLiteral("--json")}))
            .array();
    REQUIRE_FALSE(evidence.isEmpty());
    const QJsonObject first = evidence[0].toObject();
    CHECK(first.value(QStringLiteral("source")).toString() == QStringLiteral("carrier-cdr.csv"));
    CHECK(first.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK_FALSE(first.value(QStringLiteral("where")).toString().isEmpty());
    CHECK(
        first.value(QStringLiteral("asserted_by")).toString().startsWith(QStringLiteral("table")));
    // The table form says the same in columns; an unknown entity is an error, not an empty list.
    const ProcessResult table =
        cli({QStringLiteral("evidence"), casePath, QStringLiteral("+16025550142")});
    CHECK(table.exitCode == 0);
    CHECK(table.standardOutput.contains(QStringLiteral("carrier-cdr.csv")));
    // A phone as people type it names the same entity as its E.164 form.
    const QJsonArray typed = json(cli({QStringLiteral("evidence"), casePath,
                                       QStringLiteral("(602) 555-0142"), QStringLiteral("--json")}))
                                 .array();
    CHECK(typed.size() == evidence.size());
    const ProcessResult unknown =
        cli({QStringLiteral("evidence"), casePath, QStringLiteral("#999999")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.standardError.contains(QStringLiteral("no entity #999999")));
    // A link (a call of the table) has its own evidence: the row it was read from.
    const QJsonArray links = json(cli({QStringLiteral("list"), casePath, QStringLiteral("links"),
                                       QStringLiteral("--json")}))
                                 .array();
    REQUIRE_FALSE(links.isEmpty());
    const qint64 link = links[0].toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray ofLink =
        json(cli({QStringLiteral("evidence"), casePath, QStringLiteral("link:%1").arg(link),
                  QStringLiteral("--json")}))
            .array();
    REQUIRE_FALSE(ofLink.isEmpty());
    CHECK(ofLink[0].toObject().value(QStringLiteral("source")).toString() ==
          QStringLiteral("carrier-cdr.csv"));
    CHECK(ofLink[0]
              .toObject()
              .value(QStringLiteral("where"))
              .toString()
              .contains(QStringLiteral("row")));
    const ProcessResult noLink =
        cli({QStringLiteral("evidence"), casePath, QStringLiteral("link:99999999")});
    CHECK(noLink.exitCode != 0);
    CHECK(noLink.standardError.contains(QStringLiteral("no link #99999999")));
}
