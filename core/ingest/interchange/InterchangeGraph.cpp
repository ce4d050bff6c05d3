#include "ingest/interchange/InterchangeGraph.h"

#include "ingest/interchange/InterchangeEntities.h"

#include <QHash>

namespace threadline::ingest {

namespace {

Evidence evidenceAt(const QString& format, const char* element, const QString& id, int line,
                    const QString& quote) {
    return {-1,
            QJsonObject{{QStringLiteral("line"), line},
                        {QStringLiteral("element"),
                         QStringLiteral("%1 %2 %3").arg(format, QLatin1String(element), id)}},
            quote, 1.0};
}

int addNode(const GraphNode& node, const QString& format, extract::PhoneNormaliser& phones,
            ImportResult& result) {
    ExtractedEntity entity;
    entity.type = entityTypeFor(node.type);
    entity.label = node.label.trimmed().isEmpty() ? node.id : node.label.trimmed();
    QJsonObject properties = node.properties;
    properties.insert(QStringLiteral("%1_id").arg(format), node.id);
    if (!node.type.isEmpty() && entity.type != node.type)
        properties.insert(QStringLiteral("written_type"), node.type);
    if (node.position)
        properties.insert(QStringLiteral("position"),
                          QJsonObject{{QStringLiteral("x"), node.position->x()},
                                      {QStringLiteral("y"), node.position->y()}});
    entity.properties = properties;
    entity.evidence = evidenceAt(format, "node", node.id, node.line, entity.label);
    identify(entity, phones);
    return result.addEntity(std::move(entity));
}

} // namespace

ImportResult graphFacts(InterchangeGraph graph, const ImportContext& context) {
    ImportResult result;
    result.warnings = std::move(graph.warnings);
    extract::PhoneNormaliser phones(context.region);
    QHash<QString, int> entityOf;
    for (const GraphNode& node : graph.nodes) {
        if (entityOf.contains(node.id)) {
            result.warnings << QStringLiteral("line %1: node %2 is declared again; the first kept")
                                   .arg(node.line)
                                   .arg(node.id);
            continue;
        }
        entityOf.insert(node.id, addNode(node, graph.format, phones, result));
    }
    auto endpoint = [&](const QString& id, int line) {
        if (const auto found = entityOf.constFind(id); found != entityOf.constEnd())
            return *found;
        result.warnings << QStringLiteral("line %1: a link names node %2, which the file does not "
                                          "declare; the node is made for it")
                               .arg(line)
                               .arg(id);
        GraphNode made;
        made.id = id;
        made.line = line;
        const int entity = addNode(made, graph.format, phones, result);
        entityOf.insert(id, entity);
        return entity;
    };
    for (const GraphEdge& edge : graph.edges) {
        ExtractedLink link;
        link.type = edge.type.trimmed().isEmpty() ? QStringLiteral("linked") : edge.type.trimmed();
        link.from = endpoint(edge.source, edge.line);
        link.to = endpoint(edge.target, edge.line);
        link.directed = edge.directed;
        link.weight = edge.weight;
        QJsonObject properties = edge.properties;
        if (!edge.id.isEmpty())
            properties.insert(QStringLiteral("%1_id").arg(graph.format), edge.id);
        link.properties = properties;
        link.evidence = evidenceAt(graph.format, "edge", edge.id, edge.line, link.type);
        result.links.push_back(std::move(link));
    }
    return result;
}

} // namespace threadline::ingest
