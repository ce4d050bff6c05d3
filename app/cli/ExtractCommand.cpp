// threadline-cli extract: every identifier extractor over a text, for checking and scripting.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "extract/Extractors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace threadline::cli {

namespace {

int runExtract(const QStringList& arguments);

const Command kExtract{
    "extract", "[--region CC] [--json] [FILE|-]",
    "Find phones, e-mail addresses and other identifiers in a text (standard input "
    "when no file or '-').",
    runExtract};

QString readInput(const QString& path, bool& ok) {
    QFile file;
    ok = path.isEmpty() || path == QLatin1String("-")
             ? file.open(stdin, QIODevice::ReadOnly)
             : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    return ok ? QString::fromUtf8(file.readAll()) : QString();
}

int runExtract(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption region = regionOption();
    parser.addOptions({region, jsonOption()});
    if (const auto exit = parseCommandLine(parser, kExtract, arguments, 0, 1))
        return *exit;
    bool ok = false;
    const QString path = parser.positionalArguments().value(0);
    const QString text = readInput(path, ok);
    if (!ok)
        return printError(QStringLiteral("%1: cannot be read").arg(path));
    const extract::Matches matches = extract::extractAll(text, parser.value(region).toUpper());
    if (parser.isSet(jsonOption())) {
        QJsonArray rows;
        for (const extract::Match& match : matches)
            rows.append(QJsonObject{{QStringLiteral("kind"), match.kind},
                                    {QStringLiteral("value"), match.value},
                                    {QStringLiteral("start"), qint64(match.start)},
                                    {QStringLiteral("end"), qint64(match.end)},
                                    {QStringLiteral("text"), match.text(text)},
                                    {QStringLiteral("confidence"), match.confidence}});
        printJson(rows);
        return kExitOk;
    }
    for (const extract::Match& match : matches)
        printLine(QStringLiteral("%1\t%2\t%3-%4\t%5\t%6")
                      .arg(match.kind, match.value)
                      .arg(match.start)
                      .arg(match.end)
                      .arg(match.confidence, 0, 'f', 2)
                      .arg(match.text(text).simplified()));
    return kExitOk;
}

} // namespace

std::span<const Command> extractCommands() {
    static const Command commands[] = {kExtract};
    return commands;
}

} // namespace threadline::cli
