#include "GraphFixtures.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace threadline::testing {

namespace {

graph::NodeIndex nodeNamed(graph::Network& network, QHash<QString, graph::NodeIndex>& names,
                           const QString& name) {
    if (const auto known = names.constFind(name); known != names.constEnd())
        return *known;
    const graph::NodeIndex index = network.addNode({0, QStringLiteral("Node"), name});
    names.insert(name, index);
    return index;
}

} // namespace

graph::NodeIndex GraphFixture::node(const QString& name) const {
    for (graph::NodeIndex index = 0; index < network.nodeCount(); ++index)
        if (network.node(index).label == name)
            return index;
    FAIL("no node named " << name.toStdString());
    return 0;
}

GraphFixture loadGraphFixture(const QString& name) {
    const QString folder = QStringLiteral(THREADLINE_TEST_DATA "/graphs/");
    QFile edges(folder + name + QStringLiteral(".edges"));
    REQUIRE(edges.open(QIODevice::ReadOnly));
    GraphFixture fixture;
    QHash<QString, graph::NodeIndex> names;
    while (!edges.atEnd()) {
        const QString line = QString::fromUtf8(edges.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u' ');
        const graph::NodeIndex a = nodeNamed(fixture.network, names, fields[0]);
        if (fields.size() >= 3)
            fixture.network.addLink(a, nodeNamed(fixture.network, names, fields[1]),
                                    {fields[2].toDouble(), 0, 0});
    }
    QFile reference(folder + name + QStringLiteral(".reference.json"));
    REQUIRE(reference.open(QIODevice::ReadOnly));
    fixture.reference = QJsonDocument::fromJson(reference.readAll()).object();
    return fixture;
}

graph::Network networkOf(const QString& pairs) {
    graph::Network network;
    QHash<QString, graph::NodeIndex> names;
    for (const QString& pair : pairs.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList ends = pair.split(u'-');
        network.addLink(nodeNamed(network, names, ends[0]), nodeNamed(network, names, ends[1]),
                        {1, 0, 0});
    }
    return network;
}

} // namespace threadline::testing
