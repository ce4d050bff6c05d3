// Inputs built to take the machine's memory or the case's disk (issue 22): one ad whose text is
// one number written millions of times, a scraper line of hundreds of megabytes, a file over
// the import limit. Each imports within bounds or is refused in words, and nothing of a refused
// file is stored.
#include "ImportFixture.h"
#include "ingest/ads/AdImporters.h"
#include "store/FactStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

using namespace threadline;
using threadline::testing::peakResidentOfChildren;
using threadline::testing::Scratch;

namespace {

constexpr char kAdLineStart[] =
    R"({"url": "https://ads.example/1", "title": "New in town", "text": ")";

// A scraped ad on one line whose text is `phrase` repeated until the line is `bytes` long.
QByteArray adLineOf(const QByteArray& phrase, qsizetype bytes) {
    QByteArray line = kAdLineStart;
    line.reserve(bytes + 64);
    while (line.size() < bytes)
        line += phrase;
    return line + "\"}\n";
}

// The same written to a file a megabyte at a time (lines of hundreds of megabytes).
void writeAdLine(const QString& path, const QByteArray& phrase, qsizetype bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(kAdLineStart);
    const QByteArray block = phrase.repeated(qsizetype(1 << 20) / phrase.size());
    for (qsizetype written = 0; written < bytes; written += block.size())
        file.write(block);
    file.write("\"}\n");
}

const ingest::ExtractedLink* onlyLinkOfType(const ingest::ImportResult& result,
                                            const QString& type) {
    const ingest::ExtractedLink* found = nullptr;
    for (const ingest::ExtractedLink& link : result.links) {
        if (link.type != type)
            continue;
        if (found)
            return nullptr;
        found = &link;
    }
    return found;
}

} // namespace

TEST_CASE("an ad repeating one number a million times lists it once, with the count",
          "[ingest][ads][hostile]") {
    const QByteArray line = adLineOf("call 602-555-0142 ", 12 << 20); // cut to 8 MiB when read
    ingest::ImportContext context;
    context.fileName = QStringLiteral("dump.jsonl");
    auto result = ingest::JsonLinesAdImporter().import(line, context);
    REQUIRE(result);
    const ingest::ExtractedLink* lists = onlyLinkOfType(*result, QStringLiteral("lists"));
    REQUIRE(lists);
    const QJsonObject properties = lists->properties.toObject();
    CHECK(properties.value(QStringLiteral("mentions")).toInteger() > 400'000);
    CHECK(properties.value(QStringLiteral("first_places")).toArray().size() == 5);
    CHECK(lists->evidence.quote == QStringLiteral("602-555-0142"));
    REQUIRE(result->warnings.size() == 1);
    CHECK(result->warnings.front().contains(QStringLiteral("its first 8388608 are kept")));
}

TEST_CASE("a scraper line of hundreds of megabytes imports within 2 GB, skipped in words",
          "[ingest][ads][hostile][memory]") {
    Scratch scratch;
    const QString dump = scratch.path(QStringLiteral("dump.jsonl"));
    writeAdLine(dump, "5555555555 ", 300 << 20);
    {
        QFile file(dump);
        REQUIRE(file.open(QIODevice::Append));
        file.write(R"({"url": "https://ads.example/2", "title": "Room 14", "text": "text me"})"
                   "\n");
    }
    const QString casePath = scratch.path(QStringLiteral("case.tlcase"));
    REQUIRE(store::CaseStore::create(casePath));
    QProcess cli;
    cli.start(QStringLiteral(THREADLINE_CLI), {QStringLiteral("import"), casePath, dump});
    REQUIRE(cli.waitForFinished(300'000));
    const QString output =
        QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    INFO(output.toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("line 1: ")));
    CHECK(output.contains(QStringLiteral("longer than any scraped ad")));
    CHECK_FALSE(output.contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
    CHECK(peakResidentOfChildren() < (std::int64_t(2) << 30));
    auto store = store::CaseStore::open(casePath);
    REQUIRE(store);
    auto sources = store->sources();
    REQUIRE(sources);
    REQUIRE(sources->size() == 1);
    CHECK(sources->front().status == SourceStatus::Partial); // the second ad imported
    CHECK(sources->front().size == QFileInfo(dump).size());  // the original kept whole
}

TEST_CASE("a file over the import limit is refused before anything of it is stored",
          "[ingest][hostile]") {
    Scratch scratch;
    // A PDF is held whole to be read (mailboxes, tables, scraper dumps and text are read in
    // parts, and archives stream their members).
    const QString big =
        scratch.write(QStringLiteral("scan.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(4000, 'x'));
    constexpr std::int64_t kLimit = 1000;
    auto [store, summary] = threadline::testing::importWithLimit(scratch, {big}, kLimit);
    REQUIRE(summary.files.size() == 1);
    CHECK_FALSE(summary.files.front().ok);
    CHECK(summary.files.front().error.contains(QStringLiteral("nothing of it was stored")));
    auto sources = store.sources();
    REQUIRE(sources);
    CHECK(sources->empty());
}

TEST_CASE("a mailbox over the limit for one file is read from the case in parts",
          "[ingest][email][hostile]") {
    Scratch scratch;
    QByteArray mailbox;
    constexpr int kMessages = 2000;
    for (int index = 1; index <= kMessages; ++index)
        mailbox += QStringLiteral("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
                                  "From: desk%1@hotel.example\nTo: guest@mail.example\n"
                                  "Subject: booking %1\nDate: Sat, 14 Mar 2026 18:02:00 -0700\n\n"
                                  "Room %1 is held. Call (602) 555-01%2.\n\n")
                       .arg(index)
                       .arg(index % 100, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    const QString path = scratch.write(QStringLiteral("seized.mbox"), mailbox);
    constexpr std::int64_t kLimit = 16 << 10; // the mailbox is 20 times that: parts of 4 KiB
    REQUIRE(mailbox.size() > 20 * kLimit);
    auto [store, summary] = threadline::testing::importWithLimit(scratch, {path}, kLimit);
    REQUIRE(summary.files.size() == 1);
    INFO(summary.files.front().error.toStdString());
    REQUIRE(summary.files.front().ok);
    CHECK(summary.files.front().counts.documents == kMessages);
    CHECK(summary.files.front().counts.events == kMessages);
    auto sources = store.sources();
    REQUIRE(sources);
    CHECK(sources->front().size == mailbox.size());
    CHECK(store.facts().search(QStringLiteral("\"booking 2000\""))->size() == 1);
    threadline::testing::requireVerified(store);
}

// Held whole, a 300 MB mailbox took 1.8 GB: its documents all at once, and a copy of the file
// GMime was told it did not own. Read in parts, it stays within a third of that.
TEST_CASE("a 300 MB mailbox imports within 700 MB resident", "[ingest][email][hostile][memory]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("seized.mbox"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray body =
            QByteArray("room booking guest desk arrival night rate cash\n").repeated(2000);
        for (int index = 1; file.size() < (300 << 20); ++index)
            file.write(QStringLiteral("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
                                      "From: desk%1@hotel.example\nTo: guest@mail.example\n"
                                      "Subject: booking %1\nDate: Sat, 14 Mar 2026 18:02:00 "
                                      "-0700\n\n")
                           .arg(index % 500)
                           .toUtf8() +
                       body + "\n");
    }
    const QString casePath = scratch.path(QStringLiteral("case.tlcase"));
    REQUIRE(store::CaseStore::create(casePath));
    QProcess cli;
    cli.start(QStringLiteral(THREADLINE_CLI), {QStringLiteral("import"), casePath, path});
    REQUIRE(cli.waitForFinished(600'000));
    INFO(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()).toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(peakResidentOfChildren() < (std::int64_t(700) << 20));
}

TEST_CASE("a mailbox read in parts stores its attachments as it reads them",
          "[ingest][email][hostile]") {
    Scratch scratch;
    QByteArray mailbox;
    constexpr int kMessages = 60;
    for (int index = 1; index <= kMessages; ++index)
        mailbox +=
            QStringLiteral("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
                           "From: desk@hotel.example\nTo: guest@mail.example\nSubject: ledger %1\n"
                           "Date: Sat, 14 Mar 2026 18:02:00 -0700\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=\"cut\"\n\n"
                           "--cut\nContent-Type: text/plain\n\nSee the ledger.\n"
                           "--cut\nContent-Type: text/plain; name=\"ledger-%1.txt\"\n"
                           "Content-Disposition: attachment; filename=\"ledger-%1.txt\"\n\n"
                           "Ledger %1: 200 from buyer, call (602) 555-01%2.\n--cut--\n\n")
                .arg(index)
                .arg(index % 100, 2, 10, QLatin1Char('0'))
                .toUtf8();
    const QString path = scratch.write(QStringLiteral("seized.mbox"), mailbox);
    constexpr std::int64_t kLimit = 4 << 10; // parts of 1 KiB: a message or two a part
    REQUIRE(mailbox.size() > 4 * kLimit);
    auto [store, summary] = threadline::testing::importWithLimit(scratch, {path}, kLimit);
    REQUIRE(summary.files.size() == 1 + kMessages);
    CHECK(summary.files.front().counts.documents == kMessages);
    for (const jobs::ImportedFile& file : summary.files) {
        INFO(file.name.toStdString() << ": " << file.error.toStdString());
        CHECK(file.ok);
    }
    CHECK(summary.files.back().name.endsWith(QStringLiteral("seized.mbox › ledger-60.txt")));
    CHECK(summary.files.back().depth == 1);
    CHECK(store.sources()->size() == 1 + kMessages);
    CHECK(store.facts().search(QStringLiteral("\"ledger 60 200 from buyer\""))->size() == 1);
    threadline::testing::requireVerified(store);
}

// Held whole, a call table took 45 times its size (a 33 MB table of 500,000 rows: 1.5 GB);
// read in parts of whole rows, a table of any length stays near the size of one part.
TEST_CASE("a call table of 300 thousand rows imports within 700 MB resident",
          "[ingest][table][hostile][memory]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("calls.csv"));
    constexpr int kRows = 300'000;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("A_NUMBER;B_NUMBER;START;DUR;TYPE;CELL_ID\n");
        for (int row = 0; row < kRows; ++row)
            file.write(QStringLiteral("(602) 555-%1;480-555-%2;01/03/2026 %3:%4;%5;VOICE;310-%6\n")
                           .arg(row % 5000, 4, 10, QLatin1Char('0'))
                           .arg((row * 7) % 5000, 4, 10, QLatin1Char('0'))
                           .arg(row % 24, 2, 10, QLatin1Char('0'))
                           .arg(row % 60, 2, 10, QLatin1Char('0'))
                           .arg(row % 300)
                           .arg(row % 1000)
                           .toUtf8());
    }
    const QString casePath = scratch.path(QStringLiteral("case.tlcase"));
    REQUIRE(store::CaseStore::create(casePath));
    QProcess cli;
    cli.start(QStringLiteral(THREADLINE_CLI), {QStringLiteral("import"), casePath, path});
    REQUIRE(cli.waitForFinished(600'000));
    const QString output = QString::fromUtf8(cli.readAllStandardOutput());
    INFO(output.toStdString() << cli.readAllStandardError().toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("300000 documents")));
    CHECK(output.contains(QStringLiteral("300000 links")));
    CHECK(peakResidentOfChildren() < (std::int64_t(700) << 20));
}

TEST_CASE("a text over the limit for one file is read as a document per part of whole lines",
          "[ingest][text][hostile]") {
    Scratch scratch;
    QByteArray text;
    for (int line = 1; line <= 20'000; ++line)
        text += QStringLiteral("line %1: room %2, call (602) 555-%3\n")
                    .arg(line)
                    .arg(line % 40)
                    .arg(line % 1000, 4, 10, QLatin1Char('0'))
                    .toUtf8();
    const QString path = scratch.write(QStringLiteral("chat.txt"), text);
    constexpr std::int64_t kLimit = 64 << 10; // parts of 16 KiB
    REQUIRE(text.size() > 10 * kLimit);
    auto [store, summary] = threadline::testing::importWithLimit(scratch, {path}, kLimit);
    REQUIRE(summary.files.size() == 1);
    INFO(summary.files.front().error.toStdString());
    REQUIRE(summary.files.front().ok);
    CHECK(summary.files.front().importer == QStringLiteral("text"));
    CHECK(summary.files.front().counts.documents > 40);
    auto phones = store.facts().entities({QStringLiteral("Phone")});
    REQUIRE(phones);
    CHECK(phones->size() == 1000); // every number, none lost at a cut
    CHECK(store.facts().search(QStringLiteral("\"line 20000\""))->size() == 1);
    threadline::testing::requireVerified(store);
}
