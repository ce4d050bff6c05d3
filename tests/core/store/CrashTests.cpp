#include "TestSupport.h"
#include "store/CaseStore.h"

#include <QProcess>
#include <QSet>
#include <QThread>

#include <random>

using namespace threadline::store;
using threadline::testing::Scratch;

namespace {

constexpr int kKills = 100;

// Starts the child that adds sources forever, lets it run for `runMs`, then SIGKILLs it.
// Returns the SHA-256 of every source the child reported as added.
QStringList runAndKill(const QString& casePath, const QString& workDir, unsigned seed, int runMs) {
    QProcess child;
    child.start(QStringLiteral(THREADLINE_CRASH_CHILD), {casePath, workDir, QString::number(seed)});
    REQUIRE(child.waitForStarted());
    QThread::msleep(unsigned(runMs));
    INFO("child stderr: " << child.readAllStandardError().toStdString());
    REQUIRE(child.state() == QProcess::Running); // it must die by our hand, not its own
    child.kill();                                // SIGKILL on Unix
    REQUIRE(child.waitForFinished(10000));
    return QString::fromLatin1(child.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
        auto store = CaseStore::open(casePath);
        REQUIRE(store);
        auto report = store->verify(); // includes PRAGMA integrity_check
        REQUIRE(report);
        for (const VerificationProblem& problem : report->problems)
            FAIL_CHECK(problem.subject.toStdString() << ": " << problem.detail.toStdString());
        auto sources = store->sources();
        REQUIRE(sources);
        QSet<QString> stored;
        for (const threadline::Source& source : *sources)
            stored.insert(source.sha256);
        for (const QString& sha256 : acknowledged)
            REQUIRE(stored.contains(sha256));
    }
    CHECK(acknowledged.size() > kKills); // the child did real work between kills
}
