#include "TestSupport.h"

#include <QFile>

#include <sys/resource.h>

namespace threadline::testing {

QString Scratch::write(const QString& name, const QByteArray& bytes) const {
    const QString filePath = path(name);
    QFile file(filePath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return filePath;
}

ProcessResult runProgram(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return ProcessResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         QString::fromUtf8(process.readAllStandardOutput()),
                         QString::fromUtf8(process.readAllStandardError())};
}

ProcessResult runSqlite(const QString& databasePath, const QString& sql) {
    return runProgram(QStringLiteral("sqlite3"), {databasePath, sql});
}

std::int64_t peakResidentOfChildren() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return std::int64_t(usage.ru_maxrss) * 1024; // Linux reports kilobytes
}

} // namespace threadline::testing
