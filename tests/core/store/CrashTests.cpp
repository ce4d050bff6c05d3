#include "TestSupport.h"
#include "store/CaseStore.h"

#include <QHash>
#include <QProcess>
#include <QThread>

#include <random>

using namespace threadline::store;
using threadline::testing::Scratch;

namespace {

constexpr int kKills = 100;

constexpr int kFolderImportKills = 20;

// Starts a child that adds sources (or imports folders) forever, lets it run for `runMs`, then
// SIGKILLs it. Returns the SHA-256 of every file the child acknowledged.
QStringList runAndKill(const QString& casePath, const QString& workDir, unsigned seed, int runMs,
                       const QString& program = QStringLiteral(THREADLINE_CRASH_CHILD)) {
    QProcess child;
    child.start(program, {casePath, workDir, QString::number(seed)});
    REQUIRE(child.waitForStarted());
    QThread::msleep(unsigned(runMs));
    INFO("child stderr: " << child.readAllStandardError().toStdString());
    REQUIRE(child.state() == QProcess::Running); // it must die by our hand, not its own
    child.kill();                                // SIGKILL on Unix
    REQUIRE(child.waitForFinished(10000));
    return QString::fromLatin1(child.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The case passes verification (audit chain, hashes, SQLite's integrity check).
void requireIntact(CaseStore& store) {
    auto report = store.verify();
    REQUIRE(report);
    for (const VerificationProblem& problem : report->problems)
        FAIL_CHECK(problem.subject.toStdString() << ": " << problem.detail.toStdString());
}

// Opens the case after a kill, requires it intact and returns the status of each source by its
// SHA-256.
QHash<QString, threadline::SourceStatus> sourcesAfterKill(const QString& casePath) {
    auto store = CaseStore::open(casePath);
    REQUIRE(store);
    requireIntact(*store);
    auto sources = store->sources();
    REQUIRE(sources);
    QHash<QString, threadline::SourceStatus> statusOf;
    for (const threadline::Source& source : *sources)
        statusOf.insert(source.sha256, source.status);
    return statusOf;
}

} // namespace

TEST_CASE("a case survives SIGKILL during adds with every acknowledged source", "[store][crash]") {
    Scratch scratch;
    const QString casePath = scratch.path(QStringLiteral("crash.tlcase"));
    REQUIRE(CaseStore::create(casePath));
    std::mt19937 random(20261122);
    QStringList acknowledged;

    for (int kill = 0; kill < kKills; ++kill) {
        const int runMs = 15 + int(random() % 100);
        acknowledged += runAndKill(casePath, scratch.path(QString()), unsigned(kill + 1), runMs);

        INFO("after kill " << kill + 1 << " at " << runMs << " ms");
        const auto stored = sourcesAfterKill(casePath);
        for (const QString& sha256 : acknowledged)
            REQUIRE(stored.contains(sha256));
    }
    CHECK(acknowledged.size() > kKills); // the child did real work between kills
}

// Small files are committed a batch at a time: the job acknowledges a file only once its batch
// is committed, so whatever it acknowledged before the kill is in the case, imported.
TEST_CASE("a case survives SIGKILL during a folder import with every acknowledged file imported",
          "[store][crash]") {
    Scratch scratch;
    const QString casePath = scratch.path(QStringLiteral("crash.tlcase"));
    REQUIRE(CaseStore::create(casePath));
    std::mt19937 random(20261206);
    QStringList acknowledged;

    for (int kill = 0; kill < kFolderImportKills; ++kill) {
        // The child loads every importer's libraries first: a few hundred ms on a busy machine.
        const int runMs = 400 + int(random() % 800);
        acknowledged += runAndKill(casePath, scratch.path(QString()), unsigned(kill + 1), runMs,
                                   QStringLiteral(THREADLINE_CRASH_IMPORT_CHILD));

        INFO("after kill " << kill + 1 << " at " << runMs << " ms");
        const auto statusOf = sourcesAfterKill(casePath);
        for (const QString& sha256 : acknowledged) {
            REQUIRE(statusOf.contains(sha256));
            REQUIRE(statusOf.value(sha256) == threadline::SourceStatus::Imported);
        }
    }
    CHECK(acknowledged.size() > kFolderImportKills); // batches were committed between kills
}
