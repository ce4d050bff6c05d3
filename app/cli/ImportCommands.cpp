// threadline-cli import and search: bringing seized material in and finding words in it.
#include "CommandLine.h"
#include "Commands.h"
#include "DefaultImporters.h"
#include "Output.h"
#include "ingest/tabular/TableProfile.h"
#include "jobs/ImportJob.h"
#include "store/FactStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threadline::cli {

using store::CaseStore;

namespace {

int runImport(const QStringList& arguments);
int runSearch(const QStringList& arguments);
int runProfile(const QStringList& arguments);

const Command kImport{
    "import", "CASE PATH... [--region CC] [--custodian NAME] [--exhibit REF]",
    "Store files and folders (recursively) in the case and import what they hold.", runImport};
const Command kProfile{
    "profile",
    "CASE list | CASE save NAME --kind calls|payments|contacts --column ROLE=HEADER... "
    "[--currency CCY] [--date-format FORMAT]",
    "List or save column-mapping profiles for CSV call, payment and contact tables.", runProfile};
const Command kSearch{"search", "CASE QUERY [--json] [--limit N]",
                      "Full-text search over every imported document.", runSearch};

QString describe(const jobs::ImportedFile& file) {
    const QString indent = QString(2 * file.depth, QLatin1Char(' '));
    if (!file.ok)
        return QStringLiteral("%1FAILED %2: %3").arg(indent, file.name, file.error);
    if (file.duplicate)
        return QStringLiteral("%1same   %2: identical bytes already imported as source #%3")
            .arg(indent, file.name)
            .arg(file.source.value);
    QString line =
        QStringLiteral(
            "%1ok     %2 [%3]: %4 documents, %5 new entities (%6 known), %7 links, %8 events")
            .arg(indent, file.name, file.importer)
            .arg(file.counts.documents)
            .arg(file.counts.entitiesCreated)
            .arg(file.counts.entitiesMatched)
            .arg(file.counts.links)
            .arg(file.counts.events);
    for (const QString& warning : file.warnings)
        line += QStringLiteral("\n%1       warning: %2").arg(indent, warning);
    return line;
}

int runImport(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption region = regionOption();
    const CustodyOptions custody;
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Column mapping for tables, saved with `profile save`."),
        QStringLiteral("NAME"));
    parser.addOptions(custody.options() + QList<QCommandLineOption>{region, profile});
    if (const auto exit = parseCommandLine(parser, kImport, arguments, 2))
        return *exit;
    QStringList paths = parser.positionalArguments();
    auto store = openCase(paths.takeFirst(), CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    const ingest::ImporterRegistry registry = app::makeDefaultImporters();
    jobs::ImportOptions options;
    if (parser.isSet(profile)) {
        auto profiles = store->tableProfiles();
        if (!profiles)
            return printError(profiles.error());
        const auto found = profiles->find(parser.value(profile));
        if (found == profiles->end())
            return printError(
                QStringLiteral("no profile '%1' in this case; see `threadline-cli profile %2 list`")
                    .arg(parser.value(profile), store->path()));
        options.tableProfile = found->second;
    }
    options.region = parser.value(region).toUpper();
    options.metadata = custody.read(parser);
    ProgressBar bar(QStringLiteral("importing"));
    const jobs::ImportSummary summary =
        jobs::ImportJob(*store, registry, options).run(paths, [&](const QString&, double fraction) {
            bar.update(std::int64_t(fraction * 1000), 1000);
            return true;
        });
    bar.update(0, 0);
    for (const jobs::ImportedFile& file : summary.files)
        printLine(describe(file));
    printLine(
        QStringLiteral("%1 imported, %2 failed").arg(summary.imported()).arg(summary.failed()));
    return summary.failed() == 0 && !summary.cancelled ? kExitOk : kExitFailure;
}

// Where the hit is, without the word boxes that locators of pages carry for highlighting.
QJsonObject place(const SearchHit& hit) {
    QJsonObject locator = QJsonDocument::fromJson(hit.locatorJson.toUtf8()).object();
    locator.remove(QStringLiteral("words"));
    locator.remove(QStringLiteral("size"));
    return locator;
}

QJsonObject toJson(const SearchHit& hit) {
    return QJsonObject{{QStringLiteral("document"), qint64(hit.document.value)},
                       {QStringLiteral("source"), qint64(hit.source.value)},
                       {QStringLiteral("source_name"), hit.sourceName},
                       {QStringLiteral("kind"), hit.kind},
                       {QStringLiteral("title"), hit.title},
                       {QStringLiteral("locator"), place(hit)},
                       {QStringLiteral("snippet"), hit.snippet}};
}

int runSearch(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({jsonOption(), limit});
    if (const auto exit = parseCommandLine(parser, kSearch, arguments, 2))
        return *exit;
    QStringList positional = parser.positionalArguments();
    auto store = openCase(positional.takeFirst(), CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto hits =
        store->facts().search(positional.join(QLatin1Char(' ')), parser.value(limit).toInt());
    if (!hits)
        return printError(hits.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray rows;
        for (const SearchHit& hit : *hits)
            rows.append(toJson(hit));
        printJson(rows);
        return kExitOk;
    }
    for (const SearchHit& hit : *hits)
        printLine(
            QStringLiteral("%1 %2 %3\n    %4")
                .arg(hit.sourceName, hit.kind,
                     QString::fromUtf8(QJsonDocument(place(hit)).toJson(QJsonDocument::Compact)),
                     hit.snippet.simplified()));
    printLine(QStringLiteral("%1 matching documents").arg(hits->size()));
    return kExitOk;
}

int listProfiles(const CaseStore& store) {
    auto profiles = store.tableProfiles();
    if (!profiles)
        return printError(profiles.error());
    for (const auto& [name, profile] : *profiles)
        printLine(QStringLiteral("%1  %2").arg(
            name, QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact))));
    if (profiles->empty())
        printLine(QStringLiteral("no profiles saved in this case"));
    return kExitOk;
}

int runProfile(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("calls, payments or contacts."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption column(QStringLiteral("column"),
                                    QStringLiteral("ROLE=HEADER, e.g. caller=A_NUMBER."),
                                    QStringLiteral("MAPPING"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("Currency when no column has it."),
                                      QStringLiteral("CCY"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"),
                                        QStringLiteral("Qt date format, e.g. dd/MM/yyyy HH:mm."),
                                        QStringLiteral("FORMAT"));
    parser.addOptions({kind, column, currency, dateFormat});
    if (const auto exit = parseCommandLine(parser, kProfile, arguments, 2, 3))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const bool saving = positional[1] == QLatin1String("save");
    if (!saving && positional[1] != QLatin1String("list"))
        return printError(QStringLiteral("choose `list` or `save NAME`")), kExitUsage;
    auto store = openCase(positional[0],
                          saving ? CaseStore::Access::ReadWrite : CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    if (!saving)
        return listProfiles(*store);
    if (positional.size() < 3 || !parser.isSet(kind))
        return printError(QStringLiteral("usage: threadline-cli profile %1")
                              .arg(QLatin1String(kProfile.synopsis))),
               kExitUsage;
    ingest::TableProfile profile;
    profile.name = positional[2];
    profile.kind = ingest::tableKindFromString(parser.value(kind));
    profile.currency = parser.value(currency);
    profile.dateFormat = parser.value(dateFormat);
    for (const QString& mapping : parser.values(column)) {
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return printError(QStringLiteral("--column takes ROLE=HEADER, not '%1'").arg(mapping)),
                   kExitUsage;
        profile.columns.insert(mapping.left(equals).trimmed(), mapping.mid(equals + 1).trimmed());
    }
    if (auto saved = store->saveTableProfile(profile.name, profile.toJson()); !saved)
        return printError(saved.error());
    printLine(QStringLiteral("saved profile %1 (%2, %3 columns)")
                  .arg(profile.name, ingest::toString(profile.kind))
                  .arg(profile.columns.size()));
    return kExitOk;
}

} // namespace

std::span<const Command> importCommands() {
    static const Command commands[] = {kImport, kSearch, kProfile};
    return commands;
}

} // namespace threadline::cli
