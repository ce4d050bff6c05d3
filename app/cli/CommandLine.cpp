#include "CommandLine.h"

#include "Output.h"

namespace threadline::cli {

QString usageLine(const Command& command) {
    return QStringLiteral("usage: threadline-cli %1 %2")
        .arg(QLatin1String(command.name), QLatin1String(command.synopsis));
}

namespace {

// The command's own help: its usage line, what it does, and its options as Qt lists them
// (Qt's own first line, "Usage: threadline-cli [options]", gives way to ours).
QString helpText(const QCommandLineParser& parser, const Command& command) {
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1Char('\n')) + 1).trimmed();
    const QString description = QString::fromUtf8(command.summary);
    if (options.startsWith(description))
        options = options.mid(description.size()).trimmed();
    return usageLine(command) + QStringLiteral("\n\n") + description + QStringLiteral("\n\n") +
           options;
}

} // namespace

std::optional<int> parseCommandLine(QCommandLineParser& parser, const Command& command,
                                    const QStringList& arguments, int minimum, int maximum) {
    parser.setApplicationDescription(QString::fromUtf8(command.summary));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(QStringList{QStringLiteral("threadline-cli")} + arguments)) {
        QString problem = parser.errorText(); // "Unknown option 'x'."
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        printError(problem + QStringLiteral("; ") + usageLine(command));
        return kExitUsage;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printLine(helpText(parser, command));
        return kExitOk;
    }
    if (parser.isSet(version)) {
        printLine(versionLine());
        return kExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minimum || (maximum >= 0 && count > maximum)) {
        printError(usageLine(command));
        return kExitUsage;
    }
    return std::nullopt;
}

std::optional<store::CaseStore> openCase(const QString& path, store::CaseStore::Access access) {
    auto opened = store::CaseStore::open(path, access);
    if (!opened) {
        printError(opened.error());
        return std::nullopt;
    }
    return std::move(*opened);
}

QCommandLineOption jsonOption() {
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
}

QCommandLineOption regionOption() {
    return QCommandLineOption(
        QStringLiteral("region"),
        QStringLiteral("Default country for national phone numbers (ISO 3166, e.g. GB)."),
        QStringLiteral("CC"), QStringLiteral("US"));
}

QCommandLineOption typeOption() {
    return QCommandLineOption(QStringLiteral("type"), QStringLiteral("Only items of this type."),
                              QStringLiteral("T"));
}

} // namespace threadline::cli
