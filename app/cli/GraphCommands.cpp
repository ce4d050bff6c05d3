// threadline-cli analyze, path, connect and communities: the network of a case.
#include "CommandLine.h"
#include "Commands.h"
#include "GraphInput.h"
#include "Output.h"
#include "graph/Centrality.h"
#include "graph/Communities.h"
#include "graph/Paths.h"
#include "graph/Structure.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace threadline::cli {

using graph::Network;
using graph::NodeIndex;

namespace {

int runAnalyze(const QStringList& arguments);
int runPath(const QStringList& arguments);
int runConnect(const QStringList& arguments);
int runCommunities(const QStringList& arguments);

const Command kAnalyze{
    "analyze", "CASE --measure NAME [--top N] [--json|--csv] [FILTER]",
    "Rank entities by a network measure: degree, weighted-degree, links, amount, "
    "call-seconds, betweenness, closeness, eigenvector, pagerank, core, brokers; or list "
    "bridges or components.",
    runAnalyze};
const Command kPath{"path", "CASE FROM TO [--k N] [--by hops|strength] [--json|--csv] [FILTER]",
                    "The shortest (or k shortest) chains of links between two entities.", runPath};
const Command kConnect{"connect", "CASE ENTITY ENTITY... [--json|--csv] [FILTER]",
                       "The connecting network: every entity on a shortest chain between any "
                       "two of the given ones.",
                       runConnect};
const Command kCommunities{"communities", "CASE [--top N] [--json|--csv] [FILTER]",
                           "Groups that link more among themselves than with the rest "
                           "(Leiden, each group connected), with the modularity reached.",
                           runCommunities};

const std::vector<Column> kRankedColumns{{QStringLiteral("rank"), true},
                                         {QStringLiteral("entity"), true},
                                         {QStringLiteral("type")},
                                         {QStringLiteral("label")},
                                         {QStringLiteral("value"), true}};

QCommandLineOption topOption() {
    return QCommandLineOption(QStringLiteral("top"), QStringLiteral("At most N rows (0: all)."),
                              QStringLiteral("N"), QStringLiteral("20"));
}

QStringList nodeCells(const Network& network, NodeIndex node) {
    return {QString::number(network.node(node).entity), network.node(node).type,
            network.node(node).label};
}

// Nodes by descending value, ties broken by entity id, at most `top` (0: all).
std::vector<QStringList> rankedRows(const Network& network, const std::vector<double>& values,
                                    const std::vector<NodeIndex>& nodes, std::size_t top) {
    std::vector<NodeIndex> order(nodes);
    std::stable_sort(order.begin(), order.end(),
                     [&](NodeIndex a, NodeIndex b) { return values[a] > values[b]; });
    if (top > 0 && order.size() > top)
        order.resize(top);
    std::vector<QStringList> rows;
    for (NodeIndex node : order)
        rows.push_back(QStringList{QString::number(rows.size() + 1)} + nodeCells(network, node) +
                       QStringList{QString::number(values[node], 'g', 10)});
    return rows;
}

std::vector<NodeIndex> allNodes(const Network& network) {
    std::vector<NodeIndex> nodes(network.nodeCount());
    std::iota(nodes.begin(), nodes.end(), NodeIndex(0));
    return nodes;
}

template <typename Number> std::vector<double> asDoubles(const std::vector<Number>& values) {
    return std::vector<double>(values.begin(), values.end());
}

// A per-node measure by name; an empty error message means "not a per-node measure".
Result<std::vector<double>> nodeMeasure(const QString& name, const Network& network,
                                        graph::TieValue weight, double sampleError) {
    ProgressBar bar(name);
    const graph::Progress progress = [&](std::int64_t done, std::int64_t total) {
        bar.update(done, total);
        return true;
    };
    using graph::TieValue;
    const std::pair<const char*, TieValue> sums[] = {{"degree", TieValue::Count},
                                                     {"weighted-degree", TieValue::Weight},
                                                     {"links", TieValue::Links},
                                                     {"amount", TieValue::Amount},
                                                     {"call-seconds", TieValue::Seconds}};
    for (const auto& [measure, value] : sums)
        if (name == QLatin1String(measure))
            return graph::summedTies(network, value);
    if (name == QLatin1String("betweenness")) {
        const std::size_t sources =
            sampleError > 0 ? graph::sourcesForBetweennessError(network.nodeCount(), sampleError)
                            : 0;
        auto result = graph::betweenness(network, {sources, 1}, progress);
        if (!result)
            return std::unexpected(result.error());
        return std::move(result->values);
    }
    if (name == QLatin1String("closeness"))
        return graph::closeness(network, progress);
    if (name == QLatin1String("eigenvector"))
        return graph::eigenvectorCentrality(network, weight);
    if (name == QLatin1String("pagerank"))
        return graph::pageRank(network, weight);
    if (name == QLatin1String("core"))
        return asDoubles(graph::coreNumbers(network));
    return fail(ErrorCode::InvalidArgument, QString());
}

int printBridges(const Network& network, OutputForm form, std::size_t top) {
    std::vector<QStringList> rows;
    for (graph::TieIndex index : graph::bridges(network)) {
        const graph::Tie& tie = network.tie(index);
        rows.push_back(nodeCells(network, tie.a) + nodeCells(network, tie.b) +
                       QStringList{QString::number(tie.links)});
        if (top > 0 && rows.size() == top)
            break;
    }
    printRows(form,
              {{QStringLiteral("entity"), true},
               {QStringLiteral("type")},
               {QStringLiteral("label")},
               {QStringLiteral("other_entity"), true},
               {QStringLiteral("other_type")},
               {QStringLiteral("other_label")},
               {QStringLiteral("links"), true}},
              rows);
    return kExitOk;
}

int printComponents(const Network& network, OutputForm form, std::size_t top) {
    const graph::Components components = graph::connectedComponents(network);
    std::vector<std::uint32_t> order(components.count());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return components.sizes[a] > components.sizes[b];
    });
    std::vector<NodeIndex> firstNode(components.count(), 0);
    for (NodeIndex node = NodeIndex(network.nodeCount()); node-- > 0;)
        firstNode[components.componentOf[node]] = node;
    std::vector<QStringList> rows;
    for (std::uint32_t component : order) {
        if (top > 0 && rows.size() == top)
            break;
        rows.push_back({QString::number(rows.size() + 1),
                        QString::number(components.sizes[component]),
                        describeNode(network, firstNode[component])});
    }
    printRows(form,
              {{QStringLiteral("rank"), true},
               {QStringLiteral("size"), true},
               {QStringLiteral("example")}},
              rows);
    return kExitOk;
}

int runAnalyze(const QStringList& arguments) {
    QCommandLineParser parser;
    NetworkOptions network;
    const QCommandLineOption measure(QStringLiteral("measure"), QStringLiteral("What to rank by."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption sample(
        QStringLiteral("sample-error"),
        QStringLiteral("Betweenness from random sources, each value within E (normalised) of "
                       "the exact one with 95% probability."),
        QStringLiteral("E"));
    parser.addOptions(network.options() + QList{measure, topOption(), sample});
    if (const auto exit = parseCommandLine(parser, kAnalyze, arguments, 1, 1))
        return *exit;
    if (!parser.isSet(measure))
        return printError(QStringLiteral("--measure is required"));
    std::optional<store::CaseStore> store;
    const auto loaded = loadNetwork(parser, network, store);
    if (!loaded)
        return kExitFailure;
    const QString name = parser.value(measure);
    const OutputForm form = outputForm(parser, network);
    const std::size_t top = parser.value(topOption()).toULongLong();
    if (name == QLatin1String("bridges"))
        return printBridges(*loaded, form, top);
    if (name == QLatin1String("components"))
        return printComponents(*loaded, form, top);
    if (name == QLatin1String("brokers")) {
        printRows(form, kRankedColumns,
                  rankedRows(*loaded, graph::summedTies(*loaded, graph::TieValue::Count),
                             graph::articulationPoints(*loaded), top));
        return kExitOk;
    }
    const auto weight = network.tieWeight(parser);
    if (!weight)
        return kExitUsage;
    auto values = nodeMeasure(name, *loaded, *weight, parser.value(sample).toDouble());
    if (!values && values.error().message.isEmpty())
        return printError(
            QStringLiteral("unknown measure '%1'; see threadline-cli analyze --help").arg(name));
    if (!values)
        return printError(values.error());
    printRows(form, kRankedColumns, rankedRows(*loaded, *values, allNodes(*loaded), top));
    return kExitOk;
}

std::vector<QStringList> pathRows(const Network& network, const std::vector<graph::Path>& paths) {
    std::vector<QStringList> rows;
    for (std::size_t index = 0; index < paths.size(); ++index)
        for (std::size_t step = 0; step < paths[index].nodes.size(); ++step)
            rows.push_back(QStringList{QString::number(index + 1), QString::number(step),
                                       QString::number(paths[index].cost, 'g', 10)} +
                           nodeCells(network, paths[index].nodes[step]));
    return rows;
}

int runPath(const QStringList& arguments) {
    QCommandLineParser parser;
    NetworkOptions network;
    const QCommandLineOption k(QStringLiteral("k"), QStringLiteral("The k shortest paths."),
                               QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("hops (default) or strength: strong ties (many "
                                               "calls, much money) count as short."),
                                QStringLiteral("COST"), QStringLiteral("hops"));
    parser.addOptions(network.options() + QList{k, by});
    if (const auto exit = parseCommandLine(parser, kPath, arguments, 3, 3))
        return *exit;
    std::optional<store::CaseStore> store;
    const auto loaded = loadNetwork(parser, network, store);
    if (!loaded)
        return kExitFailure;
    const QStringList positional = parser.positionalArguments();
    const auto from = nodeNamed(*store, *loaded, positional[1]);
    const auto to = from ? nodeNamed(*store, *loaded, positional[2]) : std::nullopt;
    if (!from || !to)
        return kExitFailure;
    const auto cost = parser.value(by) == QLatin1String("strength") ? graph::PathCost::Strength
                                                                    : graph::PathCost::Hops;
    const auto paths =
        graph::shortestPaths(*loaded, *from, *to, std::max(1, parser.value(k).toInt()), cost);
    if (paths.empty())
        return printError(QStringLiteral("no chain of links joins %1 and %2")
                              .arg(describeNode(*loaded, *from), describeNode(*loaded, *to)));
    if (outputForm(parser, network) == OutputForm::Text) {
        for (std::size_t index = 0; index < paths.size(); ++index) {
            QStringList steps;
            for (NodeIndex node : paths[index].nodes)
                steps << describeNode(*loaded, node);
            printLine(QStringLiteral("%1. cost %2: %3")
                          .arg(index + 1)
                          .arg(paths[index].cost, 0, 'g', 4)
                          .arg(steps.join(QStringLiteral(" -> "))));
        }
        return kExitOk;
    }
    printRows(outputForm(parser, network),
              {{QStringLiteral("path"), true},
               {QStringLiteral("step"), true},
               {QStringLiteral("cost"), true},
               {QStringLiteral("entity"), true},
               {QStringLiteral("type")},
               {QStringLiteral("label")}},
              pathRows(*loaded, paths));
    return kExitOk;
}

int runConnect(const QStringList& arguments) {
    QCommandLineParser parser;
    NetworkOptions network;
    parser.addOptions(network.options());
    if (const auto exit = parseCommandLine(parser, kConnect, arguments, 3))
        return *exit;
    std::optional<store::CaseStore> store;
    const auto loaded = loadNetwork(parser, network, store);
    if (!loaded)
        return kExitFailure;
    std::vector<NodeIndex> members;
    for (const QString& name : parser.positionalArguments().mid(1)) {
        const auto node = nodeNamed(*store, *loaded, name);
        if (!node)
            return kExitFailure;
        members.push_back(*node);
    }
    const graph::Subnetwork connecting = graph::connectingNetwork(*loaded, members);
    if (connecting.nodes.empty())
        return printError(QStringLiteral("no two of these entities are joined by any chain of "
                                         "links in this network"));
    std::vector<QStringList> rows;
    for (NodeIndex node : connecting.nodes) {
        const bool member = std::find(members.begin(), members.end(), node) != members.end();
        rows.push_back(nodeCells(*loaded, node) +
                       QStringList{member ? QStringLiteral("member") : QStringLiteral("between")});
    }
    printRows(outputForm(parser, network),
              {{QStringLiteral("entity"), true},
               {QStringLiteral("type")},
               {QStringLiteral("label")},
               {QStringLiteral("role")}},
              rows);
    return kExitOk;
}

int runCommunities(const QStringList& arguments) {
    QCommandLineParser parser;
    NetworkOptions network;
    parser.addOptions(network.options() + QList{topOption()});
    if (const auto exit = parseCommandLine(parser, kCommunities, arguments, 1, 1))
        return *exit;
    std::optional<store::CaseStore> store;
    const auto loaded = loadNetwork(parser, network, store);
    if (!loaded)
        return kExitFailure;
    const auto weight = network.tieWeight(parser);
    if (!weight)
        return kExitUsage;
    // Leiden, as the chart colours them: every community is connected (Louvain's need not be).
    const graph::Communities communities = graph::leidenCommunities(*loaded, *weight);
    const OutputForm form = outputForm(parser, network);
    if (form == OutputForm::Text)
        printLine(QStringLiteral("%1 communities, modularity %2")
                      .arg(communities.count)
                      .arg(communities.modularity, 0, 'f', 4));
    // Each community's members, the most connected first, so the head names the group.
    const std::vector<double> degree = graph::summedTies(*loaded, graph::TieValue::Count);
    std::vector<std::vector<NodeIndex>> members(communities.count);
    for (NodeIndex node = 0; node < loaded->nodeCount(); ++node)
        members[communities.communityOf[node]].push_back(node);
    std::stable_sort(members.begin(), members.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    const std::size_t top = parser.value(topOption()).toULongLong();
    std::vector<QStringList> rows;
    for (std::size_t community = 0; community < members.size(); ++community) {
        if (top > 0 && community == top)
            break;
        std::stable_sort(members[community].begin(), members[community].end(),
                         [&](NodeIndex a, NodeIndex b) { return degree[a] > degree[b]; });
        for (NodeIndex node : members[community])
            rows.push_back(QStringList{QString::number(community + 1),
                                       QString::number(members[community].size())} +
                           nodeCells(*loaded, node) +
                           QStringList{QString::number(communities.modularity, 'g', 6)});
    }
    printRows(form,
              {{QStringLiteral("community"), true},
               {QStringLiteral("size"), true},
               {QStringLiteral("entity"), true},
               {QStringLiteral("type")},
               {QStringLiteral("label")},
               {QStringLiteral("modularity"), true}},
              rows);
    return kExitOk;
}

} // namespace

std::span<const Command> graphCommands() {
    static const Command commands[] = {kAnalyze, kPath, kConnect, kCommunities};
    return commands;
}

} // namespace threadline::cli
