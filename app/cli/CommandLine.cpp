#include "CommandLine.h"

#include "Output.h"

namespace threadline::cli {

bool parseCommandLine(QCommandLineParser& parser, const Command& command,
                      const QStringList& arguments, int minimum, int maximum) {
    parser.setApplicationDescription(QString::fromUtf8(command.summary));
    const QString usage = QStringLiteral("usage: threadline-cli %1 %2")
                              .arg(QLatin1String(command.name), QLatin1String(command.synopsis));
    if (!parser.parse(QStringList{QStringLiteral("threadline-cli")} + arguments)) {
        printError(parser.errorText() + QStringLiteral("; ") + usage);
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minimum || (maximum >= 0 && count > maximum)) {
        printError(usage);
        return false;
    }
    return true;
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
