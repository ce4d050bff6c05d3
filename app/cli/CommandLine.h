#pragma once

#include "Commands.h"
#include "store/CaseStore.h"

#include <QCommandLineParser>

#include <optional>

namespace threadline::cli {

// Parses `arguments` for `command`, which must have added its options to `parser` already.
// Returns the exit code when the command must not run: 0 after printing its help (--help, -h)
// or the version (--version), kExitUsage after printing a usage error. Positional arguments must
// number between `minimum` and `maximum` (-1 for no upper bound).
std::optional<int> parseCommandLine(QCommandLineParser& parser, const Command& command,
                                    const QStringList& arguments, int minimum, int maximum = -1);

// "usage: threadline-cli NAME SYNOPSIS"
QString usageLine(const Command& command);

// Opens a case, printing a one-line error on failure.
std::optional<store::CaseStore> openCase(const QString& path, store::CaseStore::Access access);

// --custodian and --exhibit: the chain-of-custody details of files being added or imported.
struct CustodyOptions {
    QCommandLineOption custodian{QStringLiteral("custodian"),
                                 QStringLiteral("Who handed the material over."),
                                 QStringLiteral("NAME")};
    QCommandLineOption exhibit{QStringLiteral("exhibit"),
                               QStringLiteral("Exhibit or item reference."), QStringLiteral("REF")};

    QList<QCommandLineOption> options() const { return {custodian, exhibit}; }
    SourceMetadata read(const QCommandLineParser& parser) const {
        return {parser.value(custodian), parser.value(exhibit), {}};
    }
};

QCommandLineOption jsonOption();
// --region CC: the default country for national phone numbers (ISO 3166 alpha-2).
QCommandLineOption regionOption();
QCommandLineOption typeOption();

} // namespace threadline::cli
