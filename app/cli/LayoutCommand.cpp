// threadline-cli layout: positions for a chart (or any part of a case), saved on request.
#include "CommandLine.h"
#include "Commands.h"
#include "GraphInput.h"
#include "Output.h"
#include "chart/ChartLayout.h"
#include "graph/Layout.h"
#include "store/ChartStore.h"

#include <QSet>

namespace threadline::cli {

using graph::NodeIndex;

namespace {

int runLayout(const QStringList& arguments);

const Command kLayout{
    "layout",
    "CASE --algorithm A [--chart NAME] [--save] [--fresh] [--seed N] [--json|--csv] [FILTER]",
    "Lay out a chart or the filtered network: multilevel, fruchterman-reingold, kamada-kawai, "
    "circular, grouped, flow. Pinned chart items stay put; --save stores the positions.",
    runLayout};

int runLayout(const QStringList& arguments) {
    QCommandLineParser parser;
    NetworkOptions network;
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       QStringLiteral("multilevel (default), "
                                                      "fruchterman-reingold, kamada-kawai, "
                                                      "circular, grouped or flow."),
                                       QStringLiteral("A"), QStringLiteral("multilevel"));
    const QCommandLineOption save(QStringLiteral("save"),
                                  QStringLiteral("Store the positions on the chart (created if "
                                                 "missing from the filtered network)."));
    const QCommandLineOption fresh(QStringLiteral("fresh"),
                                   QStringLiteral("Start over instead of from the chart's "
                                                  "current positions (pins still hold)."));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions(network.options() + QList{algorithm, save, fresh, seed});
    if (const auto exit = parseCommandLine(parser, kLayout, arguments, 1, 1))
        return *exit;
    const auto chosen = graph::layoutAlgorithmNamed(parser.value(algorithm));
    if (!chosen)
        return printError(QStringLiteral("unknown layout '%1'; expected one of: %2")
                              .arg(parser.value(algorithm),
                                   graph::layoutAlgorithmNames().join(QStringLiteral(", "))));
    auto store = openCase(parser.positionalArguments().front(),
                          parser.isSet(save) ? store::CaseStore::Access::ReadWrite
                                             : store::CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    NetworkFilter filter = network.filter(parser);
    std::vector<ChartItem> items;
    if (!filter.chart.isEmpty()) {
        auto existing = store->charts().load(filter.chart);
        if (!existing && !(existing.error().code == ErrorCode::NotFound && parser.isSet(save)))
            return printError(existing.error());
        if (existing)
            items = std::move(existing->items);
        else
            filter.chart.clear(); // a new chart: lay out the filtered network and save it
    }
    auto loaded = networkOf(*store, filter, parser.value(network.minimumWeight).toDouble());
    if (!loaded)
        return kExitFailure;
    ProgressBar bar(QStringLiteral("layout"));
    auto positions = graph::layoutNetwork(
        *loaded, *chosen,
        chart::layoutOptions(items, *loaded, parser.isSet(fresh), parser.value(seed).toULongLong()),
        [&](std::int64_t done, std::int64_t total) {
            bar.update(done, total);
            return true;
        });
    if (!positions)
        return printError(positions.error());
    QSet<std::int64_t> pinned;
    for (const ChartItem& item : items)
        if (item.pinned)
            pinned.insert(item.entity.value);
    std::vector<QStringList> rows;
    std::vector<ChartItem> placed;
    for (NodeIndex node = 0; node < loaded->nodeCount(); ++node) {
        const graph::Point at = (*positions)[node];
        rows.push_back(QStringList{QString::number(loaded->node(node).entity),
                                   loaded->node(node).type, loaded->node(node).label,
                                   QString::number(at.x, 'f', 3), QString::number(at.y, 'f', 3)});
        placed.push_back({EntityId{loaded->node(node).entity}, at.x, at.y,
                          pinned.contains(loaded->node(node).entity)});
    }
    if (parser.isSet(save)) {
        if (network.filter(parser).chart.isEmpty())
            return printError(QStringLiteral("--save needs --chart NAME"));
        if (auto saved =
                store->charts().savePositions(network.filter(parser).chart, placed,
                                              parser.value(algorithm) + QStringLiteral(" layout"));
            !saved)
            return printError(saved.error());
    }
    printRows(outputForm(parser, network),
              {{QStringLiteral("entity"), true},
               {QStringLiteral("type")},
               {QStringLiteral("label")},
               {QStringLiteral("x"), true},
               {QStringLiteral("y"), true}},
              rows);
    return kExitOk;
}

} // namespace

std::span<const Command> layoutCommands() {
    static const Command commands[] = {kLayout};
    return commands;
}

} // namespace threadline::cli
