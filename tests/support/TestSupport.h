#pragma once

// Helpers shared by the test executables: temporary folders, files, readable QString output.
#include "PatternBytes.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdint>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace threadline::testing {

// A temporary folder removed at the end of the test.
class Scratch {
public:
    Scratch() { REQUIRE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Writes `bytes` to a file called `name` and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
};

struct ProcessResult {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// Runs a program to completion (60 s at most) and captures what it printed.
ProcessResult runProgram(const QString& program, const QStringList& arguments);

// Runs SQL on a case with the sqlite3 shell, as someone tampering with it would.
ProcessResult runSqlite(const QString& databasePath, const QString& sql);

// The largest resident size of any child process this test has waited for, in bytes: the
// memory tests run the command-line tool on a hostile file and assert its peak.
std::int64_t peakResidentOfChildren();

} // namespace threadline::testing
