// Test helper for the crash test of folder imports: imports folders of small e-mail files in an
// endless loop and prints the SHA-256 of each file the moment the import job acknowledges it as
// committed. The test kills it with SIGKILL at random moments and checks that every printed file
// is in the case, imported.
#include "DefaultImporters.h"
#include "jobs/ImportJob.h"
#include "store/CaseStore.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <cstdio>

namespace {

using threadline::store::CaseStore;

// A small e-mail that no other seed or round writes.
QByteArray message(unsigned seed, unsigned round, int index) {
    return QStringLiteral("From: sender%1@example.org\nTo: buyer%2@example.net\n"
                          "Subject: round %3 message %4\nDate: Mon, 2 Mar 2026 10:%5:00 +0000\n\n"
                          "Call me on (602) 555-01%6 about the room. Seed %1.\n")
        .arg(seed)
        .arg(index)
        .arg(round)
        .arg(index)
        .arg(index % 60, 2, 10, QLatin1Char('0'))
        .arg(index % 100, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

int importFoldersForever(CaseStore& store, const QString& workDir, unsigned seed) {
    const auto registry = threadline::app::makeDefaultImporters();
    threadline::jobs::ImportOptions options;
    QHash<QString, QString> sha256OfPath;
    options.committed = [&](const threadline::jobs::ImportedFile& file) {
        if (file.ok && !file.duplicate)
            std::printf("%s\n", sha256OfPath.value(file.name).toLatin1().constData());
        std::fflush(stdout);
    };
    for (unsigned round = 0;; ++round) {
        const QString folder = QStringLiteral("%1/folder-%2-%3").arg(workDir).arg(seed).arg(round);
        QDir().mkpath(folder);
        sha256OfPath.clear();
        for (int index = 0; index < 100; ++index) {
            const QString path =
                QStringLiteral("%1/%2.eml").arg(folder).arg(index, 3, 10, QLatin1Char('0'));
            const QByteArray bytes = message(seed, round, index);
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return 1;
            sha256OfPath.insert(path, threadline::Sha256::hexOf(bytes));
        }
        threadline::jobs::ImportJob(store, registry, options).run({folder});
        QDir(folder).removeRecursively();
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: crash_import_child CASE WORKDIR SEED\n");
        return 2;
    }
    auto store = CaseStore::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().toString().toUtf8().constData());
        return 1;
    }
    return importFoldersForever(*store, QString::fromLocal8Bit(argv[2]),
                                unsigned(std::stoul(argv[3])));
}
