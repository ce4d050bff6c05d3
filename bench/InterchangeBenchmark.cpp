// Interchange at scale (issue 23): a graph of 100,000 nodes and 300,000 links written as GEXF and
// GraphML by our writers and read back by our readers, beside networkx reading and writing the
// same files in the same run (bench/interchange/networkx_peer.py, Debian's python3-networkx).
// What is measured is the format layer (InterchangeGraph <-> file); the case export around it is
// not built yet.
//   threadline-bench-interchange [NODES] [LINKS]
#include "ingest/interchange/GexfReader.h"
#include "ingest/interchange/GraphMlReader.h"
#include "ingest/interchange/GraphWriters.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace threadline;
using namespace threadline::ingest;

namespace {

// A case-like graph: typed entities with a label, a few properties and a position; typed,
// weighted, directed links (networkx refuses a GEXF mixing undirected edges into a directed
// graph, which the format allows and our reader takes).
InterchangeGraph makeGraph(int nodes, int links) {
    static const char* kTypes[] = {"Person", "Phone", "EmailAddress", "Ad", "Place"};
    static const char* kLinkTypes[] = {"called", "e-mailed", "lists", "paid"};
    QRandomGenerator random(7);
    InterchangeGraph graph;
    graph.format = QStringLiteral("bench");
    graph.nodes.reserve(std::size_t(nodes));
    for (int index = 0; index < nodes; ++index) {
        GraphNode node;
        node.id = QStringLiteral("E%1").arg(index);
        node.type = QLatin1String(kTypes[index % 5]);
        node.label = QStringLiteral("%1 %2").arg(node.type).arg(index);
        node.properties = QJsonObject{{QStringLiteral("degree"), index % 97},
                                      {QStringLiteral("score"), random.generateDouble()},
                                      {QStringLiteral("note"), QStringLiteral("seen in ad")}};
        node.position = QPointF(random.bounded(10000.0), random.bounded(10000.0));
        graph.nodes.push_back(std::move(node));
    }
    graph.edges.reserve(std::size_t(links));
    for (int index = 0; index < links; ++index) {
        GraphEdge edge;
        edge.id = QStringLiteral("L%1").arg(index);
        edge.source = QStringLiteral("E%1").arg(random.bounded(nodes));
        edge.target = QStringLiteral("E%1").arg(random.bounded(nodes));
        edge.type = QLatin1String(kLinkTypes[index % 4]);
        edge.directed = true;
        edge.weight = 1 + index % 5;
        edge.properties = QJsonObject{{QStringLiteral("mentions"), index % 13}};
        graph.edges.push_back(std::move(edge));
    }
    return graph;
}

struct Timing {
    double write = 0;
    double read = 0;
};

template <typename Write, typename Read>
Timing measure(const InterchangeGraph& graph, const QString& path, Write write, Read read) {
    Timing timing;
    QElapsedTimer clock;
    clock.start();
    const QByteArray bytes = write(graph);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    file.close();
    timing.write = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    file.open(QIODevice::ReadOnly);
    auto back = read(file.readAll(), path);
    timing.read = double(clock.nsecsElapsed()) / 1e9;
    if (!back || back->nodes.size() != graph.nodes.size() ||
        back->edges.size() != graph.edges.size())
        std::fprintf(stderr, "%s did not read back whole\n", qPrintable(path));
    return timing;
}

// networkx on the same graph: for GraphML our file; for GEXF its own (it cannot read GEXF 1.3), the
// graph taken from our GraphML.
std::optional<Timing> networkx(const QString& kind, const QString& path, const QString& out) {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(THREADLINE_SOURCE_DIR "/bench/interchange/networkx_peer.py"), kind,
                  path, out});
    python.waitForFinished(-1);
    if (python.exitCode() != 0) {
        std::fprintf(stderr, "networkx failed: %s\n", python.readAllStandardError().constData());
        return std::nullopt;
    }
    const QJsonObject times = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    return Timing{times.value(QStringLiteral("write")).toDouble(),
                  times.value(QStringLiteral("read")).toDouble()};
}

void report(const char* format, const Timing& ours, const std::optional<Timing>& peer,
            qint64 bytes) {
    std::printf("%-8s %6.1f MB  threadline write %6.2f s  read %6.2f s", format,
                double(bytes) / 1e6, ours.write, ours.read);
    if (peer)
        std::printf("   networkx write %6.2f s  read %6.2f s   ratio (ours/networkx) write %.2f "
                    "read %.2f",
                    peer->write, peer->read, ours.write / peer->write, ours.read / peer->read);
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int nodes = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int links = argc > 2 ? std::atoi(argv[2]) : 300'000;
    QTemporaryDir folder;
    const InterchangeGraph graph = makeGraph(nodes, links);
    std::printf("graph: %d nodes, %d links (targets: each format written and read back in <= 10 "
                "s)\n",
                nodes, links);
    const QString graphMl = folder.filePath(QStringLiteral("graph.graphml"));
    const QString gexf = folder.filePath(QStringLiteral("graph.gexf"));
    const Timing oursGraphMl = measure(graph, graphMl, writeGraphMl, readGraphMl);
    report(
        "graphml", oursGraphMl,
        networkx(QStringLiteral("graphml"), graphMl, folder.filePath(QStringLiteral("nx.graphml"))),
        QFile(graphMl).size());
    const Timing oursGexf = measure(graph, gexf, writeGexf, readGexf);
    report("gexf", oursGexf,
           networkx(QStringLiteral("gexf"), graphMl, folder.filePath(QStringLiteral("nx.gexf"))),
           QFile(gexf).size());
    std::printf("(networkx 2.8 reads GEXF 1.1/1.2 only: for GEXF it writes and reads its own 1.2 "
                "file of the same graph)\n");
    return 0;
}
