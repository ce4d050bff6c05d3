// threadline-bench-graph: our network analytics and layouts against python-igraph, networkx
// and graphviz sfdp on the same graphs, as a table of times and ratios. Run on purpose (see
// bench/graph/run.sh); it takes several minutes, mostly networkx and sfdp.
//
//   threadline-bench-graph [SIZES] [--quick]
//     SIZES: comma-separated Barabasi-Albert node counts (default 1000,10000,100000)
//     --quick: leave out networkx's exact betweenness and closeness (minutes on 10k nodes)
#include "graph/Centrality.h"
#include "graph/Communities.h"
#include "graph/Generators.h"
#include "graph/Layout.h"
#include "graph/Paths.h"
#include "graph/Structure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <optional>

using namespace threadline::graph;

namespace {

struct BenchGraph {
    QString name;
    Network network;
    QString edgeFile;
};

double secondsOf(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

void writeEdges(const Network& network, const QString& path) {
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QTextStream out(&file);
    for (NodeIndex node = 0; node < network.nodeCount(); ++node)
        if (network.adjacency().degree(node) == 0)
            out << node << '\n';
    for (const Tie& tie : network.ties())
        out << tie.a << ' ' << tie.b << '\n';
}

Network readEdges(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    Network network;
    QHash<QString, NodeIndex> names;
    auto node = [&](const QString& name) {
        if (!names.contains(name))
            names.insert(name, network.addNode({0, QStringLiteral("Node"), name}));
        return names.value(name);
    };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u' ');
        const NodeIndex a = node(fields[0]);
        if (fields.size() >= 2)
            network.addLink(a, node(fields[1]), {1, 0, 0});
    }
    return network;
}

// Seconds per measure from peers.py, or nothing if the peer could not run.
std::map<QString, double> peerSeconds(const QString& edges, const QString& library,
                                      const QStringList& measures) {
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        QStringList{QStringLiteral(THREADLINE_SOURCE_DIR "/bench/graph/peers.py"), edges, library} +
            measures);
    python.waitForFinished(-1);
    const QJsonObject times = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    if (python.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(library),
                     python.readAllStandardError().constData());
    std::map<QString, double> result;
    for (auto it = times.begin(); it != times.end(); ++it)
        result[it.key()] = it.value().toDouble();
    return result;
}

// sfdp's drawing of the network and its time, or nothing if graphviz is missing.
std::optional<std::pair<double, std::vector<Point>>> sfdpLayout(const Network& network,
                                                                const QString& folder) {
    const QString dot = folder + QStringLiteral("/graph.dot");
    {
        QFile file(dot);
        file.open(QIODevice::WriteOnly);
        QTextStream out(&file);
        out << "graph G {\n";
        for (NodeIndex node = 0; node < network.nodeCount(); ++node)
            out << node << ";\n";
        for (const Tie& tie : network.ties())
            out << tie.a << " -- " << tie.b << ";\n";
        out << "}\n";
    }
    QProcess sfdp;
    QElapsedTimer timer;
    timer.start();
    sfdp.start(QStringLiteral("sfdp"), {QStringLiteral("-Tplain"), dot});
    if (!sfdp.waitForFinished(-1) || sfdp.exitCode() != 0)
        return std::nullopt;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::vector<Point> positions(network.nodeCount());
    for (const QByteArray& line : sfdp.readAllStandardOutput().split('\n'))
        if (line.startsWith("node ")) {
            const QList<QByteArray> fields = line.split(' ');
            positions[fields[1].toUInt()] = {fields[2].toDouble(), fields[3].toDouble()};
        }
    return std::pair{seconds, positions};
}

struct Row {
    QString graph;
    QString measure;
    std::optional<double> ours, igraph, networkx;
    QString note;
};

QString cell(std::optional<double> seconds) {
    return seconds ? QString::number(*seconds, 'f', 3) : QStringLiteral("-");
}

QString ratio(std::optional<double> peer, std::optional<double> ours) {
    if (!peer || !ours || *ours <= 0)
        return QStringLiteral("-");
    return QString::number(*peer / *ours, 'f', 1) + u'x';
}

void printRow(const Row& row) {
    std::printf("%-10s %-22s %10s %10s %10s %9s %9s  %s\n", qPrintable(row.graph),
                qPrintable(row.measure), qPrintable(cell(row.ours)), qPrintable(cell(row.igraph)),
                qPrintable(cell(row.networkx)), qPrintable(ratio(row.igraph, row.ours)),
                qPrintable(ratio(row.networkx, row.ours)), qPrintable(row.note));
    std::fflush(stdout);
}

// Our time for each measure; exact all-pairs measures only up to `allPairsLimit` nodes.
std::map<QString, double> ourSeconds(const Network& network, std::size_t allPairsLimit) {
    std::map<QString, double> seconds;
    const std::size_t nodes = network.nodeCount();
    network.prepare(); // as the peers' graphs are built before their clocks start
    seconds["components"] = secondsOf([&] { connectedComponents(network); });
    seconds["degree"] = secondsOf([&] { summedTies(network, TieValue::Count); });
    if (nodes <= allPairsLimit) {
        seconds["betweenness"] = secondsOf([&] { (void)betweenness(network); });
        seconds["closeness"] = secondsOf([&] { (void)closeness(network); });
    }
    seconds["eigenvector"] = secondsOf([&] { eigenvectorCentrality(network); });
    seconds["pagerank"] = secondsOf([&] { pageRank(network); });
    seconds["k-core"] = secondsOf([&] { coreNumbers(network); });
    seconds["articulation"] = secondsOf([&] { articulationPoints(network); });
    seconds["bridges"] = secondsOf([&] { bridges(network); });
    seconds["louvain"] = secondsOf([&] { louvainCommunities(network); });
    seconds["shortest-path"] = secondsOf([&] { shortestPath(network, 0, NodeIndex(nodes - 1)); });
    return seconds;
}

void benchmark(const BenchGraph& graph, const QString& folder, bool quick) {
    const Network& network = graph.network;
    const std::size_t nodes = network.nodeCount();
    constexpr std::size_t kAllPairsLimit = 10000;
    const QStringList measures{"components",  "degree",   "betweenness",  "closeness",
                               "eigenvector", "pagerank", "k-core",       "articulation",
                               "bridges",     "louvain",  "shortest-path"};
    QStringList peerMeasures = measures;
    if (nodes > kAllPairsLimit)
        peerMeasures.removeAll(QStringLiteral("betweenness")),
            peerMeasures.removeAll(QStringLiteral("closeness"));
    QStringList networkxMeasures = peerMeasures;
    if (quick)
        networkxMeasures.removeAll(QStringLiteral("betweenness")),
            networkxMeasures.removeAll(QStringLiteral("closeness"));
    const auto ours = ourSeconds(network, kAllPairsLimit);
    const auto igraph = peerSeconds(graph.edgeFile, QStringLiteral("igraph"), peerMeasures);
    const auto networkx = peerSeconds(graph.edgeFile, QStringLiteral("networkx"), networkxMeasures);
    auto find = [](const std::map<QString, double>& times, const QString& key) {
        const auto it = times.find(key);
        return it == times.end() ? std::nullopt : std::optional<double>(it->second);
    };
    for (const QString& measure : measures)
        if (ours.contains(measure))
            printRow({graph.name,
                      measure,
                      find(ours, measure),
                      find(igraph, measure),
                      find(networkx, measure),
                      {}});
    if (nodes > kAllPairsLimit) {
        const std::size_t sources = sourcesForBetweennessError(nodes, 0.05);
        const double sampled = secondsOf([&] { (void)betweenness(network, {sources, 1}); });
        printRow({graph.name,
                  QStringLiteral("betweenness ±0.05"),
                  sampled,
                  {},
                  {},
                  QStringLiteral("%1 of %2 sources; exact all-pairs left out for every tool")
                      .arg(sources)
                      .arg(nodes)});
    }
    // Layouts: ours multilevel against sfdp (time and quality), Boost FR against igraph FR.
    std::vector<Point> positions;
    const double layoutSeconds =
        secondsOf([&] { positions = *layoutNetwork(network, LayoutAlgorithm::Multilevel); });
    auto quality = [&](const std::vector<Point>& drawn) {
        return QStringLiteral("stress %1, neighbourhood preservation %2")
            .arg(sampledStress(network, drawn), 0, 'f', 3)
            .arg(neighbourhoodPreservation(network, drawn), 0, 'g', 3);
    };
    const auto sfdp = sfdpLayout(network, folder);
    printRow({graph.name,
              QStringLiteral("multilevel layout"),
              layoutSeconds,
              {},
              {},
              QStringLiteral("ours: ") + quality(positions)});
    if (sfdp) // sfdp's time goes in the peer column so the ratio reads as for the others
        printRow({graph.name,
                  QStringLiteral("  sfdp (peer column)"),
                  layoutSeconds,
                  sfdp->first,
                  {},
                  QStringLiteral("sfdp: ") + quality(sfdp->second)});
    if (nodes <= 2500) {
        const double boostFr =
            secondsOf([&] { (void)layoutNetwork(network, LayoutAlgorithm::FruchtermanReingold); });
        const auto igraphFr = peerSeconds(graph.edgeFile, QStringLiteral("igraph"),
                                          {QStringLiteral("fruchterman-reingold")});
        printRow({graph.name,
                  QStringLiteral("fruchterman-reingold"),
                  boostFr,
                  find(igraphFr, QStringLiteral("fruchterman-reingold")),
                  {},
                  QStringLiteral("Boost's, for small charts")});
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QStringList sizes{"1000", "10000", "100000"};
    bool quick = false;
    for (const QString& argument : application.arguments().mid(1)) {
        if (argument == QLatin1String("--quick"))
            quick = true;
        else
            sizes = argument.split(u',');
    }
    QTemporaryDir folder;
    std::vector<BenchGraph> graphs;
    for (const QString& size : sizes) {
        BenchGraph graph{QStringLiteral("BA-%1").arg(size), barabasiAlbert(size.toULongLong(), 3),
                         folder.filePath(QStringLiteral("ba-%1.edges").arg(size))};
        writeEdges(graph.network, graph.edgeFile);
        graphs.push_back(std::move(graph));
    }
    const QString yeast = QStringLiteral(THREADLINE_SOURCE_DIR "/tests/data/graphs/yeast.edges");
    graphs.push_back({QStringLiteral("yeast"), readEdges(yeast), yeast});
    std::printf("%-10s %-22s %10s %10s %10s %9s %9s\n", "graph", "measure", "ours s", "igraph s",
                "networkx s", "igraph/us", "nx/us");
    for (const BenchGraph& graph : graphs) {
        std::printf("# %s: %zu nodes, %zu ties\n", qPrintable(graph.name),
                    graph.network.nodeCount(), graph.network.tieCount());
        benchmark(graph, folder.path(), quick);
    }
    return 0;
}
