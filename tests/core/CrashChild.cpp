// Test helper for the crash test: adds sources to a case in an endless loop and prints the
// SHA-256 of each one the moment addSource has returned (committed). The test kills it with
// SIGKILL at random moments and checks that every printed source survived.
#include "PatternBytes.h"
#include "store/CaseStore.h"

#include <QFile>

#include <cstdio>
#include <random>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: crash_child CASE WORKDIR SEED\n");
        return 2;
    }
    const QString casePath = QString::fromLocal8Bit(argv[1]);
    const QString workDir = QString::fromLocal8Bit(argv[2]);
    const unsigned seed = unsigned(std::stoul(argv[3]));
    auto store = threadline::store::CaseStore::open(casePath);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().toString().toUtf8().constData());
        return 1;
    }
    std::mt19937 random(seed);
    for (unsigned index = 0;; ++index) {
        const qsizetype size = qsizetype(512 + random() % (64 * 1024));
        const QString file = QStringLiteral("%1/child-%2-%3.bin").arg(workDir).arg(seed).arg(index);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(threadline::testing::patternBytes(size, seed * 100003u + index)) != size)
            return 1;
        out.close();
        auto added = store->addSource(file);
        if (!added) {
            std::fprintf(stderr, "%s\n", added.error().toString().toUtf8().constData());
            return 1;
        }
        std::printf("%s\n", added->source.sha256.toLatin1().constData());
        std::fflush(stdout);
        QFile::remove(file);
    }
}
