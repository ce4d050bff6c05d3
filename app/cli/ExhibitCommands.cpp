// threadline-cli protect, exhibit export, exhibit verify: court exhibits of a chart, with
// protected identities shown only under pseudonyms, and their later check.
#include "CommandLine.h"
#include "GraphInput.h"
#include "Output.h"
#include "exhibit/ExhibitPackage.h"
#include "store/DecisionStore.h"

namespace threadline::cli {

namespace {

int runProtect(const QStringList& arguments);
int runExhibit(const QStringList& arguments);

const Command kProtect{
    "protect", "CASE ENTITY [--pseudonym TEXT] [--rule R] [--reason TEXT] [--release]",
    "Protect a victim's or a minor's identity: exhibits show the entity only under a pseudonym "
    "(or by initials, last four digits, city and state) and leave its names and identifiers out "
    "of every file; audited. --release takes the protection away.",
    runProtect};

const Command kExhibit{
    "exhibit",
    "export CASE --chart NAME --number N [--timeline] [--public-filing] [--prepared-by NAME] "
    "[--dpi D] --out DIR [--zip] | verify DIR|ZIP [--case CASE]",
    "Export a chart as a court exhibit (PDF, SVG, PNG, source appendix with methods, items.csv, "
    "manifest of hashes), or verify one: any changed byte fails, naming the file; with the case, "
    "every source it cites is checked too.",
    runExhibit};

int runProtect(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption pseudonym(QStringLiteral("pseudonym"),
                                       QStringLiteral("How exhibits name it (default: by rule)."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  QStringLiteral("pseudonym (\"Person V-1\"), initials, "
                                                 "last-four or city-state."),
                                  QStringLiteral("R"), QStringLiteral("pseudonym"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why: audited."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption release(QStringLiteral("release"),
                                     QStringLiteral("Take the protection away instead."));
    parser.addOptions({pseudonym, rule, reason, release});
    if (const auto exit = parseCommandLine(parser, kProtect, arguments, 2, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    auto store = openCase(positional[0], store::CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    const auto entity = entityNamed(*store, positional[1]);
    if (!entity)
        return kExitFailure;
    auto identity =
        parser.isSet(release)
            ? store->decisions().releaseEntity(*entity, parser.value(reason))
            : store->decisions().protectEntity(*entity, parser.value(rule), parser.value(pseudonym),
                                               parser.value(reason));
    if (!identity)
        return printError(identity.error());
    printLine(parser.isSet(release) ? QStringLiteral("#%1 is no longer protected (was shown as %2)")
                                          .arg(identity->entity.value)
                                          .arg(identity->shownAs)
                                    : QStringLiteral("#%1 %2 is protected: exhibits show it as %3")
                                          .arg(identity->entity.value)
                                          .arg(identity->entityType, identity->shownAs));
    return kExitOk;
}

// The options of both actions: `exhibit --help` lists them all.
struct ExhibitOptions {
    QCommandLineOption chart{QStringLiteral("chart"), QStringLiteral("export: the chart."),
                             QStringLiteral("NAME")};
    QCommandLineOption number{QStringLiteral("number"),
                              QStringLiteral("export: the exhibit number (\"GX-14\")."),
                              QStringLiteral("N")};
    QCommandLineOption timeline{
        QStringLiteral("timeline"),
        QStringLiteral("export: add the timeline of the chart's entities.")};
    QCommandLineOption publicFiling{
        QStringLiteral("public-filing"),
        QStringLiteral("export: show protected identities by the US public-filing rules: a person "
                       "by initials, a number by its last four digits, an address by city and "
                       "state.")};
    QCommandLineOption preparedBy{QStringLiteral("prepared-by"),
                                  QStringLiteral("export: who prepared it (default: you)."),
                                  QStringLiteral("NAME")};
    QCommandLineOption dpi{QStringLiteral("dpi"), QStringLiteral("export: resolution of the PNG."),
                           QStringLiteral("D"), QStringLiteral("200")};
    QCommandLineOption out{QStringLiteral("out"),
                           QStringLiteral("export: a new (or empty) folder for the package."),
                           QStringLiteral("DIR")};
    QCommandLineOption zip{QStringLiteral("zip"), QStringLiteral("export: also write DIR.zip.")};
    QCommandLineOption caseFile{QStringLiteral("case"),
                                QStringLiteral("verify: also check the sources it cites."),
                                QStringLiteral("CASE")};

    QList<QCommandLineOption> exporting() const {
        return {chart, number, timeline, publicFiling, preparedBy, dpi, out, zip};
    }
};

int exportExhibit(const QStringList& arguments) {
    QCommandLineParser parser;
    const ExhibitOptions options;
    parser.addOptions(options.exporting());
    if (const auto exit = parseCommandLine(parser, kExhibit, arguments, 2, 2))
        return *exit;
    if (!parser.isSet(options.chart) || !parser.isSet(options.number) ||
        !parser.isSet(options.out)) {
        printError(QStringLiteral("exhibit export needs --chart, --number and --out"));
        return kExitUsage;
    }
    const QString casePath = parser.positionalArguments()[1];
    auto store = openCase(casePath, store::CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    exhibit::ExhibitRequest request;
    request.chart = parser.value(options.chart);
    request.number = parser.value(options.number);
    request.preparedBy = parser.value(options.preparedBy);
    request.timeline = parser.isSet(options.timeline);
    request.pngDpi = parser.value(options.dpi).toInt();
    request.zip = parser.isSet(options.zip);
    request.publicFilingRules = parser.isSet(options.publicFiling);
    auto summary = exhibit::exportExhibit(*store, casePath, request, parser.value(options.out));
    if (!summary)
        return printError(summary.error());
    printLine(QStringLiteral("exhibit %1 written to %2: %3")
                  .arg(request.number, summary->folder, summary->files.join(QStringLiteral(", "))));
    if (!summary->zip.isEmpty())
        printLine(QStringLiteral("zipped: %1").arg(summary->zip));
    printLine(QStringLiteral("manifest SHA-256 %1 (note it with the filing)")
                  .arg(summary->manifestSha256));
    return kExitOk;
}

int verifyExhibit(const QStringList& arguments) {
    QCommandLineParser parser;
    const ExhibitOptions options;
    const QCommandLineOption& caseOption = options.caseFile;
    parser.addOption(caseOption);
    if (const auto exit = parseCommandLine(parser, kExhibit, arguments, 2, 2))
        return *exit;
    std::optional<store::CaseStore> store;
    if (parser.isSet(caseOption)) {
        auto opened = openCase(parser.value(caseOption), store::CaseStore::Access::ReadOnly);
        if (!opened)
            return kExitFailure;
        store = std::move(*opened);
    }
    auto check = exhibit::verifyExhibit(parser.positionalArguments()[1], store ? &*store : nullptr);
    if (!check)
        return printError(check.error());
    for (const QString& problem : check->problems)
        printLine(QStringLiteral("FAILED %1").arg(problem));
    printLine(
        QStringLiteral("%1: %2 files checked%3")
            .arg(check->passed() ? QStringLiteral("verified") : QStringLiteral("NOT verified"))
            .arg(check->filesChecked)
            .arg(store ? QStringLiteral(", %1 cited sources found in the case")
                             .arg(check->sourcesChecked)
                       : QString()));
    return check->passed() ? kExitOk : kExitFailure;
}

int runExhibit(const QStringList& arguments) {
    const QString action = arguments.value(0);
    if (action == QLatin1String("verify"))
        return verifyExhibit(arguments);
    if (action == QLatin1String("export"))
        return exportExhibit(arguments);
    QCommandLineParser parser; // --help, or a mistake: the usage with every option
    const ExhibitOptions options;
    parser.addOptions(options.exporting() << options.caseFile);
    if (const auto exit = parseCommandLine(parser, kExhibit, arguments, 2))
        return *exit;
    printError(usageLine(kExhibit));
    return kExitUsage;
}

} // namespace

std::span<const Command> exhibitCommands() {
    static const Command commands[] = {kProtect, kExhibit};
    return commands;
}

} // namespace threadline::cli
