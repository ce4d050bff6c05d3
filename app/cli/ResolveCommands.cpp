// threadline-cli suggest, merge, split and history: deciding which entities are one.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "resolve/SimilarityLinks.h"
#include "resolve/TextTemplates.h"
#include "store/AnalysisStore.h"
#include "store/DecisionStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace threadline::cli {

using store::CaseStore;

namespace {

int runSuggest(const QStringList& arguments);
int runMerge(const QStringList& arguments);
int runSplit(const QStringList& arguments);
int runHistory(const QStringList& arguments);
int runLinkSimilar(const QStringList& arguments);

const Command kSuggest{
    "suggest", "CASE [--type T] [--top N] [--json]",
    "Pairs of entities (ads by default) that share identifiers, with a score card.", runSuggest};
const Command kMerge{"merge", "CASE SURVIVOR ABSORBED --reason TEXT",
                     "Record that two entities are one; the absorbed one points at the survivor.",
                     runMerge};
const Command kSplit{"split", "CASE ENTITY --reason TEXT",
                     "Reverse the merge of an entity, with the reason.", runSplit};
const Command kLinkSimilar{
    "link-similar", "CASE [--photo-distance N] [--text-similarity S]",
    "Link reused photos (perceptual hashes within N bits) and ads written from one "
    "template (text similarity at least S).",
    runLinkSimilar};
const Command kHistory{"history", "CASE [ENTITY] [--json]", "The merge/split ledger, explained.",
                       runHistory};

QCommandLineOption reasonOption() {
    return QCommandLineOption(QStringLiteral("reason"),
                              QStringLiteral("Why: recorded in the ledger and audit log."),
                              QStringLiteral("TEXT"));
}

QString explain(const MergeDecision& decision) {
    if (decision.action == QLatin1String("merge"))
        return QStringLiteral("#%1 merged into #%2 by %3 at %4 because: %5")
            .arg(decision.absorbed.value)
            .arg(decision.survivor.value)
            .arg(decision.analyst, decision.at, decision.reason);
    return QStringLiteral("#%1 split from #%2 by %3 at %4 (undoing ledger entry %5) because: %6")
        .arg(decision.absorbed.value)
        .arg(decision.survivor.value)
        .arg(decision.analyst, decision.at)
        .arg(decision.undoes)
        .arg(decision.reason);
}

int runSuggest(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption top(QStringLiteral("top"), QStringLiteral("At most N pairs."),
                                 QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({typeOption(), top, jsonOption()});
    if (const auto exit = parseCommandLine(parser, kSuggest, arguments, 1, 1))
        return *exit;
    auto store = openCase(parser.positionalArguments().front(), CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    const QString type =
        parser.isSet(typeOption()) ? parser.value(typeOption()) : QStringLiteral("Ad");
    auto suggestions = store->analyses().suggestSameEntities(type, parser.value(top).toInt());
    if (!suggestions)
        return printError(suggestions.error());
    QJsonArray rows;
    for (const SameEntitySuggestion& pair : *suggestions) {
        rows.append(QJsonObject{{QStringLiteral("first"), qint64(pair.first.value)},
                                {QStringLiteral("second"), qint64(pair.second.value)},
                                {QStringLiteral("score"), pair.score},
                                {QStringLiteral("shared_identifiers"),
                                 QJsonArray::fromStringList(pair.sharedIdentifiers)},
                                {QStringLiteral("name_similarity"), pair.nameSimilarity}});
        if (!parser.isSet(jsonOption()))
            printLine(QStringLiteral("%1  #%2 %3\n      #%4 %5\n      shared: %6; names alike: %7")
                          .arg(pair.score, 0, 'f', 2)
                          .arg(pair.first.value)
                          .arg(pair.firstLabel)
                          .arg(pair.second.value)
                          .arg(pair.secondLabel, pair.sharedIdentifiers.join(QStringLiteral(", ")))
                          .arg(pair.nameSimilarity, 0, 'f', 2));
    }
    if (parser.isSet(jsonOption()))
        printJson(rows);
    return kExitOk;
}

int decide(const Command& command, const QStringList& arguments, int positionals,
           const std::function<Result<MergeDecision>(CaseStore&, const QStringList&,
                                                     const QString&)>& act) {
    QCommandLineParser parser;
    parser.addOption(reasonOption());
    if (const auto exit = parseCommandLine(parser, command, arguments, positionals, positionals))
        return *exit;
    QStringList positional = parser.positionalArguments();
    auto store = openCase(positional.takeFirst(), CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    auto decision = act(*store, positional, parser.value(reasonOption()));
    if (!decision)
        return printError(decision.error());
    printLine(explain(*decision));
    return kExitOk;
}

int runMerge(const QStringList& arguments) {
    return decide(kMerge, arguments, 3,
                  [](CaseStore& store, const QStringList& ids, const QString& reason) {
                      return store.decisions().mergeEntities(EntityId{ids[0].toLongLong()},
                                                             EntityId{ids[1].toLongLong()}, reason);
                  });
}

int runSplit(const QStringList& arguments) {
    return decide(kSplit, arguments, 2,
                  [](CaseStore& store, const QStringList& ids, const QString& reason) {
                      return store.decisions().splitEntity(EntityId{ids[0].toLongLong()}, reason);
                  });
}

int runHistory(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (const auto exit = parseCommandLine(parser, kHistory, arguments, 1, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    auto store = openCase(positional[0], CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto history = store->decisions().mergeHistory(EntityId{positional.value(1).toLongLong()});
    if (!history)
        return printError(history.error());
    QJsonArray rows;
    for (const MergeDecision& decision : *history) {
        rows.append(QJsonObject{{QStringLiteral("id"), qint64(decision.id)},
                                {QStringLiteral("action"), decision.action},
                                {QStringLiteral("survivor"), qint64(decision.survivor.value)},
                                {QStringLiteral("absorbed"), qint64(decision.absorbed.value)},
                                {QStringLiteral("analyst"), decision.analyst},
                                {QStringLiteral("at"), decision.at},
                                {QStringLiteral("reason"), decision.reason}});
        if (!parser.isSet(jsonOption()))
            printLine(explain(decision));
    }
    if (parser.isSet(jsonOption()))
        printJson(rows);
    return kExitOk;
}

int runLinkSimilar(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption distance(QStringLiteral("photo-distance"),
                                      QStringLiteral("Most differing bits (default 8)."),
                                      QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption similarity(QStringLiteral("text-similarity"),
                                        QStringLiteral("Least similarity (default 0.5)."),
                                        QStringLiteral("S"), QStringLiteral("0.5"));
    parser.addOptions({distance, similarity});
    if (const auto exit = parseCommandLine(parser, kLinkSimilar, arguments, 1, 1))
        return *exit;
    auto store = openCase(parser.positionalArguments().front(), CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    auto hashes = store->analyses().photoHashes();
    auto texts = store->analyses().adTexts();
    if (!hashes || !texts)
        return printError(hashes ? texts.error() : hashes.error());
    auto photos = store->analyses().recordDerivedLinks(
        QStringLiteral("photo-reuse"),
        resolve::photoReuseLinks(*hashes, parser.value(distance).toInt()));
    if (!photos)
        return printError(photos.error());
    auto ads = store->analyses().recordTextTemplates(
        resolve::textTemplates(*texts, parser.value(similarity).toDouble()));
    if (!ads)
        return printError(ads.error());
    printLine(QStringLiteral("%1 new same-photo links; %2 ad templates (%3 new), %4 new "
                             "uses-template links")
                  .arg(*photos)
                  .arg(ads->templates)
                  .arg(ads->created)
                  .arg(ads->links));
    return kExitOk;
}

} // namespace

std::span<const Command> resolveCommands() {
    static const Command commands[] = {kSuggest, kMerge, kSplit, kHistory, kLinkSimilar};
    return commands;
}

} // namespace threadline::cli
