// Court exhibits from the command line: protected identities absent from every byte, the same
// bytes twice, verification that fails on any changed byte, formulas neutralised.
#include "../cli/CliRunner.h"
#include "exhibit/PackageFiles.h"
#include "exhibit/Redaction.h"
#include "store/CaseStore.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using threadline::testing::Scratch;
using threadline::testing::cli::cli;
using threadline::testing::cli::demoCaseWithKeyPlayers;

namespace {

threadline::testing::ProcessResult exportExhibit(const QString& casePath, const QString& out,
                                                 const QStringList& more = {}) {
    return cli(QStringList{QStringLiteral("exhibit"), QStringLiteral("export"), casePath,
                           QStringLiteral("--chart"), QStringLiteral("Key players"),
                           QStringLiteral("--number"), QStringLiteral("GX-14"),
                           QStringLiteral("--prepared-by"), QStringLiteral("Det. A. Example"),
                           QStringLiteral("--out"), out} +
               more);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Every FlateDecode stream of a PDF, inflated: what a reader of the file could get at.
QByteArray inflatedStreams(const QByteArray& pdf) {
    QByteArray all;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream", at)) >= 0) {
        qsizetype start = at + 6;
        if (pdf.mid(start, 2) == "\r\n")
            start += 2;
        else if (pdf.at(start) == '\n')
            start += 1;
        else {
            at = start;
            continue;
        }
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray data = pdf.mid(start, end - start);
        QByteArray sized(4, '\0'); // qUncompress wants the length first; it grows past a guess
        const quint32 guess = quint32(data.size()) * 8;
        sized[0] = char(guess >> 24), sized[1] = char(guess >> 16), sized[2] = char(guess >> 8),
        sized[3] = char(guess);
        all += qUncompress(sized + data);
        at = end + 9;
    }
    return all;
}

QString pdfText(const QString& path) {
    const auto text =
        threadline::testing::runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return text.standardOutput;
}

} // namespace

TEST_CASE("an exhibit shows protected identities only by pseudonym: no canary in any byte",
          "[exhibit][cli]") {
    Scratch scratch;
    const QString casePath = demoCaseWithKeyPlayers(scratch);
    // A victim's phone on the chart, and a person whose name is also in account labels and an
    // e-mail address on it.
    const auto phone = cli({QStringLiteral("protect"), casePath, QStringLiteral("+13185550114"),
                            QStringLiteral("--reason"), QStringLiteral("victim")});
    INFO(phone.standardError.toStdString());
    REQUIRE(phone.exitCode == 0);
    CHECK(phone.standardOutput.contains(QStringLiteral("Phone V-1")));
    REQUIRE(cli({QStringLiteral("protect"), casePath, QStringLiteral("Ana Shevchenko"),
                 QStringLiteral("--pseudonym"), QStringLiteral("Witness W")})
                .exitCode == 0);
    const QString out = scratch.path(QStringLiteral("GX-14"));
    const auto exported =
        exportExhibit(casePath, out, {QStringLiteral("--timeline"), QStringLiteral("--zip")});
    INFO(exported.standardError.toStdString());
    REQUIRE(exported.exitCode == 0);

    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("appendix.pdf"), QStringLiteral("exhibit.pdf"),
                               QStringLiteral("exhibit.png"), QStringLiteral("exhibit.svg"),
                               QStringLiteral("items.csv"), QStringLiteral("manifest.json"),
                               QStringLiteral("timeline.pdf"), QStringLiteral("timeline.svg")});
    static const QRegularExpression canaries(
        QStringLiteral("shevchenko|3185550114|318[-. )]+555|555[-. ]0114|OlI4"),
        QRegularExpression::CaseInsensitiveOption);
    auto zipped = threadline::exhibit::readZip(out + QStringLiteral(".zip"));
    REQUIRE(zipped);
    CHECK(zipped->size() == files.size());
    for (const QString& name : files) {
        INFO(name.toStdString());
        const QByteArray bytes = readAll(QDir(out).filePath(name));
        CHECK(zipped->value(name) == bytes);
        CHECK_FALSE(QString::fromLatin1(bytes).contains(canaries));
        CHECK_FALSE(QString::fromUtf8(bytes).contains(canaries));
        if (name.endsWith(QLatin1String(".pdf"))) {
            const QByteArray streams = inflatedStreams(bytes);
            CHECK(streams.size() > bytes.size() / 2); // the streams were read
            CHECK_FALSE(QString::fromLatin1(streams).contains(canaries));
            const QString text = pdfText(QDir(out).filePath(name));
            CHECK_FALSE(text.contains(canaries));
            if (name == QLatin1String("appendix.pdf")) {
                CHECK(text.contains(QStringLiteral("Phone V-1")));
                CHECK(text.contains(QStringLiteral("SHA-256")));
                CHECK(text.contains(QStringLiteral("Methods")));
            }
            if (name == QLatin1String("exhibit.pdf"))
                CHECK(text.contains(QStringLiteral("Exhibit GX-14")));
        }
    }
    CHECK(QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("exhibit.svg"))))
              .contains(QStringLiteral("Phone V-1")));
    // The case itself keeps every name: protection is of exhibits, never of evidence.
    auto store = threadline::store::CaseStore::open(casePath,
                                                    threadline::store::CaseStore::Access::ReadOnly);
    REQUIRE(store);
    auto named = store->facts().entitiesNamed(QStringLiteral("+13185550114"));
    REQUIRE(named);
    CHECK(named->size() == 1);
    auto log = store->auditLog();
    REQUIRE(log);
    CHECK(std::count_if(log->begin(), log->end(), [](const threadline::AuditEntry& entry) {
              return entry.action == QLatin1String("entity.protected");
          }) == 2);
    CHECK(log->back().action == QStringLiteral("exhibit.exported"));
    for (const threadline::AuditEntry& entry : *log) // the log names the pseudonym only
        if (entry.action == QLatin1String("entity.protected"))
            CHECK_FALSE(entry.detailsJson.contains(canaries));

    // By the US public-filing rules: a phone by its last four digits, a person by initials.
    const QString filed = scratch.path(QStringLiteral("GX-14 public"));
    REQUIRE(exportExhibit(casePath, filed, {QStringLiteral("--public-filing")}).exitCode == 0);
    const QString items =
        QString::fromUtf8(readAll(QDir(filed).filePath(QStringLiteral("items.csv"))));
    CHECK(items.contains(QStringLiteral("Phone ending 0114")));
    CHECK_FALSE(items.contains(QStringLiteral("Phone V-1")));
    CHECK_FALSE(items.contains(canaries));
}

TEST_CASE("an exhibit exported twice is the same bytes, and verify fails on any changed byte",
          "[exhibit][cli]") {
    Scratch scratch;
    const QString casePath = demoCaseWithKeyPlayers(scratch);
    const QString first = scratch.path(QStringLiteral("first")),
                  second = scratch.path(QStringLiteral("second"));
    REQUIRE(exportExhibit(casePath, first).exitCode == 0);
    REQUIRE(exportExhibit(casePath, second, {QStringLiteral("--zip")}).exitCode == 0);
    for (const QString& name : QDir(first).entryList(QDir::Files)) {
        INFO(name.toStdString());
        CHECK(readAll(QDir(first).filePath(name)) == readAll(QDir(second).filePath(name)));
    }
    const QString third = scratch.path(QStringLiteral("third"));
    REQUIRE(exportExhibit(casePath, third, {QStringLiteral("--zip")}).exitCode == 0);
    CHECK(readAll(second + QStringLiteral(".zip")) == readAll(third + QStringLiteral(".zip")));
    // A second export into a folder that holds files is refused.
    threadline::testing::cli::requireOneLineError(exportExhibit(casePath, first),
                                                  QStringLiteral("not empty"));

    const auto clean = cli({QStringLiteral("exhibit"), QStringLiteral("verify"), first,
                            QStringLiteral("--case"), casePath});
    INFO(clean.standardOutput.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.standardOutput.contains(QStringLiteral("verified")));
    CHECK(
        cli({QStringLiteral("exhibit"), QStringLiteral("verify"), second + QStringLiteral(".zip")})
            .exitCode == 0);

    // One byte changed in any file fails, naming it.
    for (const QString& name : QDir(first).entryList(QDir::Files)) {
        if (name == QLatin1String("manifest.json"))
            continue;
        INFO(name.toStdString());
        const QString path = QDir(first).filePath(name);
        const QByteArray original = readAll(path);
        QByteArray tampered = original;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(tampered);
        file.close();
        const auto failed = cli({QStringLiteral("exhibit"), QStringLiteral("verify"), first});
        CHECK(failed.exitCode == 1);
        CHECK(failed.standardOutput.contains(name + QStringLiteral(": changed")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    // A file added is named too; against another case, the package is not of it.
    QFile added(QDir(first).filePath(QStringLiteral("note.txt")));
    REQUIRE(added.open(QIODevice::WriteOnly));
    added.write("added later");
    added.close();
    CHECK(cli({QStringLiteral("exhibit"), QStringLiteral("verify"), first})
              .standardOutput.contains(QStringLiteral("note.txt: not in the manifest")));
    QFile::remove(added.fileName());
    const QString other = scratch.path(QStringLiteral("other.tlcase"));
    REQUIRE(cli({QStringLiteral("new"), other}).exitCode == 0);
    const auto foreign = cli({QStringLiteral("exhibit"), QStringLiteral("verify"), first,
                              QStringLiteral("--case"), other});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.standardOutput.contains(QStringLiteral("does not hold")));
}

TEST_CASE("a cell a spreadsheet would run as a formula is written as text", "[exhibit]") {
    using threadline::exhibit::neutralisedCell;
    CHECK(neutralisedCell(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(neutralisedCell(QStringLiteral("+1 602")) == QStringLiteral("'+1 602"));
    CHECK(neutralisedCell(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(neutralisedCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(neutralisedCell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(neutralisedCell(QStringLiteral("Phone V-1")) == QStringLiteral("Phone V-1"));
    CHECK(neutralisedCell(QString()).isEmpty());
}
