#pragma once

// For tests that run threadline-cli as a user would and read what it printed.
#include "TestSupport.h"

#include <QJsonDocument>

namespace threadline::testing::cli {

inline ProcessResult cli(const QStringList& arguments) {
    return runProgram(QStringLiteral(THREADLINE_CLI), arguments);
}

inline QJsonDocument json(const ProcessResult& result) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.standardOutput.toUtf8(), &error);
    INFO(result.standardOutput.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

// Bad input ends with a non-zero exit and exactly one line on stderr naming the file.
inline void requireOneLineError(const ProcessResult& result, const QString& mentions) {
    INFO(result.standardError.toStdString());
    CHECK(result.exitCode != 0);
    CHECK(result.standardError.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(result.standardError.contains(mentions));
}

inline QString newCase(const Scratch& scratch) {
    const QString path = scratch.path(QStringLiteral("case.tlcase"));
    REQUIRE(cli({QStringLiteral("new"), path}).exitCode == 0);
    return path;
}

// The demo case (the small scenario, seed 20260101) with its "Key players" chart, made through
// the command line as a user would.
inline QString demoCaseWithKeyPlayers(const Scratch& scratch) {
    const QString casePath = scratch.path(QStringLiteral("demo.tlcase"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("scenario"), QStringLiteral("--seed"), QStringLiteral("20260101"),
                 QStringLiteral("--out"), scratch.path(QStringLiteral("files")),
                 QStringLiteral("--import"), casePath})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("chart"), QStringLiteral("new"), casePath,
                 QStringLiteral("Key players"), QStringLiteral("--key-players")})
                .exitCode == 0);
    return casePath;
}

} // namespace threadline::testing::cli
