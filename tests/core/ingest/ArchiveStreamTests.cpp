// Archives of any size (issue 22): members stream to the case one at a time, an archive over the
// limit for one file is read from the case's copy, and a decompression bomb is stopped by its own
// ratio a few megabytes in, in little memory.
#include "ImportFixture.h"
#include "store/FactStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace threadline;
using threadline::testing::peakResidentOfChildren;
using threadline::testing::Scratch;

namespace {

// What a shell pipeline prints (the tests build their archives with the system's tar and gzip).
QByteArray shellOutput(const QString& script, const QString& folder = {}) {
    QProcess shell;
    if (!folder.isEmpty())
        shell.setWorkingDirectory(folder);
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    REQUIRE(shell.waitForFinished(120'000));
    REQUIRE(shell.exitCode() == 0);
    return shell.readAllStandardOutput();
}

QByteArray mailboxOf(int messages) {
    QByteArray mailbox;
    for (int index = 1; index <= messages; ++index)
        mailbox += QStringLiteral("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
                                  "From: desk%1@hotel.example\nTo: guest@mail.example\n"
                                  "Subject: booking %1\nDate: Sat, 14 Mar 2026 18:02:00 -0700\n\n"
                                  "Room %1 is held. Call (602) 555-01%2.\n\n")
                       .arg(index)
                       .arg(index % 100, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    return mailbox;
}

} // namespace

TEST_CASE("a 10 MB gzip bomb stops a few megabytes in, within little memory",
          "[ingest][archive][hostile][memory]") {
    Scratch scratch;
    // 100 MB of one letter compresses to 100 KB; a hundred of those concatenated are one gzip
    // stream of 10 GB. Held whole up to the old limits, it took 2.2 GB and 23 s to refuse.
    const QByteArray part =
        shellOutput(QStringLiteral("head -c 104857600 /dev/zero | tr '\\0' a | gzip -9"));
    const QString bomb = scratch.write(QStringLiteral("backup.gz"), part.repeated(100));
    const QString casePath = scratch.path(QStringLiteral("case.tlcase"));
    REQUIRE(store::CaseStore::create(casePath));
    QProcess cli;
    cli.start(QStringLiteral(THREADLINE_CLI), {QStringLiteral("import"), casePath, bomb});
    REQUIRE(cli.waitForFinished(120'000));
    const QString output =
        QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    INFO(output.toStdString());
    CHECK(cli.exitCode() == 1);
    CHECK(output.contains(
        QStringLiteral("member 1 (data): the archive expands more than 200 times")));
    CHECK(output.contains(QStringLiteral("decompression bomb")));
    CHECK(peakResidentOfChildren() < (std::int64_t(400) << 20));
    // The bomb's original is kept; nothing of what it expands to.
    CHECK(QFileInfo(casePath).size() < QFileInfo(bomb).size() + (16 << 20));
    auto store = store::CaseStore::open(casePath);
    REQUIRE(store);
    CHECK(store->sources()->size() == 1);
}

TEST_CASE("an archive over the limit for one file streams its members to the case",
          "[ingest][archive][hostile]") {
    Scratch scratch;
    const QByteArray mailbox = mailboxOf(2000);
    QDir(scratch.path({})).mkdir(QStringLiteral("seized"));
    scratch.write(QStringLiteral("seized/mail.mbox"), mailbox);
    scratch.write(QStringLiteral("seized/note.txt"), "Ledger: 200 from buyer at 10pm");
    shellOutput(QStringLiteral("tar czf seized.tar.gz seized"), scratch.path({}));
    const QString archive = scratch.path(QStringLiteral("seized.tar.gz"));

    // The archive, read from the case's copy, and its mailbox are both over this: the mailbox is
    // spooled beside the case, stored, and read in parts.
    constexpr std::int64_t kLimit = 16 << 10;
    REQUIRE(QFileInfo(archive).size() > kLimit);
    auto [store, summary] = threadline::testing::importWithLimit(scratch, {archive}, kLimit);
    for (const jobs::ImportedFile& file : summary.files) {
        INFO(file.name.toStdString() << ": " << file.error.toStdString());
        CHECK(file.ok);
    }
    REQUIRE(summary.files.size() == 3);
    CHECK(summary.files[0].importer == QStringLiteral("archive"));
    const auto mailFile =
        std::find_if(summary.files.begin(), summary.files.end(), [](const auto& file) {
            return file.name.endsWith(QStringLiteral("seized.tar.gz › seized/mail.mbox"));
        });
    REQUIRE(mailFile != summary.files.end());
    CHECK(mailFile->depth == 1);
    CHECK(mailFile->counts.documents == 2000);
    auto sources = store.sources();
    REQUIRE(sources);
    REQUIRE(sources->size() == 3);
    const Source& mail = *std::find_if(sources->begin(), sources->end(), [](const Source& source) {
        return source.name == QStringLiteral("seized/mail.mbox");
    });
    CHECK(mail.parent == sources->front().id);
    CHECK(mail.size == mailbox.size());
    CHECK(store.facts().search(QStringLiteral("\"booking 2000\""))->size() == 1);
    CHECK(QDir(scratch.path({}))
              .entryList({QStringLiteral(".threadline-spool-*")}, QDir::Hidden | QDir::Files)
              .isEmpty());
    threadline::testing::requireVerified(store);
}
