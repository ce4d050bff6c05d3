#pragma once

#include "util/Error.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace threadline::cli {

// Exit codes of threadline-cli.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; // the command ran but failed, or found a problem
inline constexpr int kExitUsage = 2;   // the command line itself was wrong

void printLine(const QString& line);
// "threadline-cli 0.5.0", as --version prints it.
QString versionLine();
// While one lives, printLine writes into `text` instead of standard output: the manual page is
// made of the help each command prints.
class CapturedOutput {
public:
    CapturedOutput();
    ~CapturedOutput();
    CapturedOutput(const CapturedOutput&) = delete;
    CapturedOutput& operator=(const CapturedOutput&) = delete;
    QString text;
};
void printJson(const QJsonValue& value);
// One line on stderr, "threadline-cli: ..."; returns kExitFailure so callers can `return`.
int printError(const QString& message);
int printError(const Error& error);

QString humanSize(std::int64_t bytes);

// Prints rows as aligned columns under a header.
void printTable(const QStringList& header, const std::vector<QStringList>& rows);
// Prints rows as CSV (RFC 4180: fields with commas, quotes or line breaks are quoted).
void printCsv(const QStringList& header, const std::vector<QStringList>& rows);

// A one-line progress bar on stderr, shown only when stderr is a terminal.
class ProgressBar {
public:
    explicit ProgressBar(QString label);
    ~ProgressBar();
    void update(std::int64_t done, std::int64_t total);

private:
    QString m_label;
    bool m_enabled;
    int m_lastPercent = -1;
};

} // namespace threadline::cli
