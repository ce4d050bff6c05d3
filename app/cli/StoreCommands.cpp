// threadline-cli new, add-source, log and verify: creating a case and proving it intact.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threadline::cli {

using store::CaseStore;

namespace {

int runNew(const QStringList& arguments);
int runAddSource(const QStringList& arguments);
int runLog(const QStringList& arguments);
int runVerify(const QStringList& arguments);

const Command kNew{"new", "CASE", "Create an empty case file (by convention named *.tlcase).",
                   runNew};
const Command kAddSource{"add-source", "CASE FILE...",
                         "Store files in the case as sources, unchanged, with their SHA-256.",
                         runAddSource};
const Command kLog{"log", "CASE [--json] [--last N]", "Print the case's audit log.", runLog};
const Command kVerify{"verify", "CASE [--json]",
                      "Check the audit chain and re-hash every stored original.", runVerify};

int runNew(const QStringList& arguments) {
    QCommandLineParser parser;
    if (const auto exit = parseCommandLine(parser, kNew, arguments, 1, 1))
        return *exit;
    auto created = CaseStore::create(parser.positionalArguments().front());
    if (!created)
        return printError(created.error());
    printLine(QStringLiteral("created case %1").arg(created->path()));
    return kExitOk;
}

QString describe(const Source& source) {
    return QStringLiteral("#%1 %2 (%3, SHA-256 %4)")
        .arg(source.id.value)
        .arg(source.name, humanSize(source.size), source.sha256);
}

int runAddSource(const QStringList& arguments) {
    QCommandLineParser parser;
    const CustodyOptions custody;
    parser.addOptions(custody.options());
    if (const auto exit = parseCommandLine(parser, kAddSource, arguments, 2))
        return *exit;
    QStringList positional = parser.positionalArguments();
    auto store = openCase(positional.takeFirst(), CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    const SourceMetadata metadata = custody.read(parser);
    int failures = 0;
    for (const QString& file : positional) {
        ProgressBar bar(QFileInfo(file).fileName());
        auto added = store->addSource(file, metadata, [&](std::int64_t done, std::int64_t total) {
            bar.update(done, total);
            return true;
        });
        if (!added) {
            printError(added.error());
            ++failures;
        } else if (added->duplicate) {
            printLine(QStringLiteral("skipped %1: identical bytes are already in the case as %2")
                          .arg(file, describe(added->source)));
        } else {
            printLine(QStringLiteral("added %1").arg(describe(added->source)));
        }
    }
    return failures == 0 ? kExitOk : kExitFailure;
}

QJsonObject toJson(const AuditEntry& entry) {
    return QJsonObject{
        {QStringLiteral("id"), qint64(entry.id.value)},
        {QStringLiteral("at"), entry.at},
        {QStringLiteral("user"), entry.osUser},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("details"), QJsonDocument::fromJson(entry.detailsJson.toUtf8()).object()},
        {QStringLiteral("hash"), entry.hash}};
}

int runLog(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption last(QStringLiteral("last"), QStringLiteral("Only the newest N rows."),
                                  QStringLiteral("N"));
    parser.addOptions({jsonOption(), last});
    if (const auto exit = parseCommandLine(parser, kLog, arguments, 1, 1))
        return *exit;
    auto store = openCase(parser.positionalArguments().front(), CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto entries = store->auditLog(parser.value(last).toInt());
    if (!entries)
        return printError(entries.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray rows;
        for (const AuditEntry& entry : *entries)
            rows.append(toJson(entry));
        printJson(rows);
        return kExitOk;
    }
    std::vector<QStringList> rows;
    for (const AuditEntry& entry : *entries)
        rows.push_back({QString::number(entry.id.value), entry.at, entry.osUser, entry.action,
                        entry.detailsJson});
    printTable({QStringLiteral("#"), QStringLiteral("time (UTC)"), QStringLiteral("user"),
                QStringLiteral("action"), QStringLiteral("details")},
               rows);
    return kExitOk;
}

QJsonObject toJson(const store::VerificationReport& report) {
    QJsonArray problems;
    for (const store::VerificationProblem& problem : report.problems)
        problems.append(QJsonObject{{QStringLiteral("subject"), problem.subject},
                                    {QStringLiteral("detail"), problem.detail}});
    return QJsonObject{{QStringLiteral("passed"), report.passed()},
                       {QStringLiteral("audit_entries"), qint64(report.auditEntries)},
                       {QStringLiteral("sources_checked"), qint64(report.sourcesChecked)},
                       {QStringLiteral("bytes_checked"), qint64(report.bytesChecked)},
                       {QStringLiteral("head_hash"), report.headHash},
                       {QStringLiteral("problems"), problems}};
}

void printReport(const store::VerificationReport& report) {
    for (const store::VerificationProblem& problem : report.problems)
        printLine(QStringLiteral("FAILED %1: %2").arg(problem.subject, problem.detail));
    printLine(QStringLiteral("%1: %2 audit rows, %3 sources (%4) checked; audit head %5")
                  .arg(report.passed()
                           ? QStringLiteral("verified")
                           : QStringLiteral("%1 problem(s)").arg(report.problems.size()))
                  .arg(report.auditEntries)
                  .arg(report.sourcesChecked)
                  .arg(humanSize(report.bytesChecked), report.headHash));
}

int runVerify(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (const auto exit = parseCommandLine(parser, kVerify, arguments, 1, 1))
        return *exit;
    auto store = openCase(parser.positionalArguments().front(), CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    ProgressBar bar(QStringLiteral("verifying"));
    auto report = store->verify([&](std::int64_t done, std::int64_t total) {
        bar.update(done, total);
        return true;
    });
    if (!report)
        return printError(report.error());
    if (parser.isSet(jsonOption()))
        printJson(toJson(*report));
    else
        printReport(*report);
    return report->passed() ? kExitOk : kExitFailure;
}

} // namespace

std::span<const Command> storeCommands() {
    static const Command commands[] = {kNew, kAddSource, kLog, kVerify};
    return commands;
}

} // namespace threadline::cli
