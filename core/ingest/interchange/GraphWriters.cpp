#include "ingest/interchange/GraphWriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

#include <map>

namespace threadline::ingest {

namespace {

// The type a column of values is declared with: the narrowest that holds every value.
enum class ValueType { Boolean, Long, Double, String, List };

ValueType typeOf(const QJsonValue& value) {
    if (value.isBool())
        return ValueType::Boolean;
    if (value.isDouble())
        return value.toDouble() == double(value.toInteger()) ? ValueType::Long : ValueType::Double;
    if (value.isArray())
        return ValueType::List;
    return ValueType::String;
}

ValueType widen(ValueType a, ValueType b) {
    if (a == b)
        return a;
    const bool numbers = (a == ValueType::Long || a == ValueType::Double) &&
                         (b == ValueType::Long || b == ValueType::Double);
    return numbers ? ValueType::Double : ValueType::String;
}

// Every property name of the nodes (or edges) with the type that holds all its values, in name
// order so that files are written the same way every time.
template <typename Items>
std::map<QString, ValueType> columnsOf(const Items& items, bool skipViz = false) {
    std::map<QString, ValueType> columns;
    for (const auto& item : items)
        for (auto it = item.properties.begin(); it != item.properties.end(); ++it) {
            if (skipViz && it.key().startsWith(QLatin1String("viz_")))
                continue;
            const ValueType type = typeOf(it.value());
            const auto [found, added] = columns.emplace(it.key(), type);
            if (!added)
                found->second = widen(found->second, type);
        }
    return columns;
}

QString scalarText(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return value.toDouble() == double(value.toInteger())
                   ? QString::number(value.toInteger())
                   : QString::number(value.toDouble(), 'g', 17);
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

// GEXF 1.3 writes a list as "[a, b]"; strings are quoted, with backslash escapes, so that any
// text comes back as it was.
QString gexfListText(const QJsonArray& items) {
    QStringList written;
    for (const QJsonValue& item : items) {
        if (!item.isString()) {
            written << scalarText(item);
            continue;
        }
        QString text = item.toString();
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""))
            .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            .replace(QLatin1Char('\r'), QStringLiteral("\\r"))
            .replace(QLatin1Char('\t'), QStringLiteral("\\t"));
        written << QLatin1Char('"') + text + QLatin1Char('"');
    }
    return QLatin1Char('[') + written.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// A list column's declared type, by its items: booleans, whole numbers, numbers, or strings.
const char* gexfListType(const QJsonArray& items) {
    bool booleans = true, longs = true, numbers = true;
    for (const QJsonValue& item : items) {
        booleans = booleans && item.isBool();
        numbers = numbers && item.isDouble();
        longs = longs && item.isDouble() && item.toDouble() == double(item.toInteger());
    }
    return items.isEmpty() ? "liststring"
           : booleans      ? "listboolean"
           : longs         ? "listlong"
           : numbers       ? "listdouble"
                           : "liststring";
}

// The declared list type of each list column, from all its items.
template <typename Items> std::map<QString, const char*> listTypesOf(const Items& items) {
    std::map<QString, QJsonArray> lists;
    for (const auto& item : items)
        for (auto it = item.properties.begin(); it != item.properties.end(); ++it)
            if (it.value().isArray())
                for (const QJsonValue& element : it.value().toArray())
                    lists[it.key()].append(element);
    std::map<QString, const char*> types;
    for (const auto& [name, elements] : lists)
        types.emplace(name, gexfListType(elements));
    return types;
}

const char* graphMlType(ValueType type) {
    switch (type) {
    case ValueType::Boolean:
        return "boolean";
    case ValueType::Long:
        return "long";
    case ValueType::Double:
        return "double";
    default:
        return "string";
    }
}

// GEXF names the same types as GraphML, and has lists (typed by their items where written).
const char* gexfType(ValueType type) {
    return type == ValueType::List ? "liststring" : graphMlType(type);
}

bool anyPosition(const InterchangeGraph& graph) {
    return std::any_of(graph.nodes.begin(), graph.nodes.end(),
                       [](const GraphNode& node) { return node.position.has_value(); });
}

bool mostlyDirected(const InterchangeGraph& graph) {
    const auto directed = std::count_if(graph.edges.begin(), graph.edges.end(),
                                        [](const GraphEdge& edge) { return edge.directed; });
    return 2 * std::size_t(directed) >= graph.edges.size();
}

// GraphML ------------------------------------------------------------------------------------

void graphMlKey(QXmlStreamWriter& xml, const QString& id, const char* domain, const QString& name,
                const char* type) {
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
    xml.writeAttribute(QStringLiteral("attr.name"), name);
    xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(type));
}

void writeData(QXmlStreamWriter& xml, const QString& key, const QString& text) {
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(text);
    xml.writeEndElement();
}

// Property columns get keys "n0", "n1" ... and "e0" ...; the fixed ones are named for what
// they hold.
std::map<QString, QString> declareColumns(QXmlStreamWriter& xml,
                                          const std::map<QString, ValueType>& columns,
                                          const char* domain, const char* prefix) {
    std::map<QString, QString> keys;
    int index = 0;
    for (const auto& [name, type] : columns) {
        const QString id = QLatin1String(prefix) + QString::number(index++);
        graphMlKey(xml, id, domain, name, graphMlType(type));
        keys.emplace(name, id);
    }
    return keys;
}

void writeProperties(QXmlStreamWriter& xml, const QJsonObject& properties,
                     const std::map<QString, QString>& keys) {
    for (auto it = properties.begin(); it != properties.end(); ++it)
        writeData(xml, keys.at(it.key()), scalarText(it.value()));
}

} // namespace

QByteArray writeGraphMl(const InterchangeGraph& graph) {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    graphMlKey(xml, QStringLiteral("label"), "node", QStringLiteral("label"), "string");
    graphMlKey(xml, QStringLiteral("type"), "node", QStringLiteral("type"), "string");
    const bool positions = anyPosition(graph);
    if (positions) {
        graphMlKey(xml, QStringLiteral("x"), "node", QStringLiteral("x"), "double");
        graphMlKey(xml, QStringLiteral("y"), "node", QStringLiteral("y"), "double");
    }
    graphMlKey(xml, QStringLiteral("edgelabel"), "edge", QStringLiteral("label"), "string");
    graphMlKey(xml, QStringLiteral("weight"), "edge", QStringLiteral("weight"), "double");
    const auto nodeKeys = declareColumns(xml, columnsOf(graph.nodes), "node", "n");
    const auto edgeKeys = declareColumns(xml, columnsOf(graph.edges), "edge", "e");

    const bool directed = mostlyDirected(graph);
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("edgedefault"),
                       directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
    for (const GraphNode& node : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.id);
        if (!node.label.isEmpty())
            writeData(xml, QStringLiteral("label"), node.label);
        if (!node.type.isEmpty())
            writeData(xml, QStringLiteral("type"), node.type);
        if (node.position) {
            writeData(xml, QStringLiteral("x"), QString::number(node.position->x(), 'g', 17));
            writeData(xml, QStringLiteral("y"), QString::number(node.position->y(), 'g', 17));
        }
        writeProperties(xml, node.properties, nodeKeys);
        xml.writeEndElement();
    }
    for (const GraphEdge& edge : graph.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        if (!edge.id.isEmpty())
            xml.writeAttribute(QStringLiteral("id"), edge.id);
        xml.writeAttribute(QStringLiteral("source"), edge.source);
        xml.writeAttribute(QStringLiteral("target"), edge.target);
        if (edge.directed != directed)
            xml.writeAttribute(QStringLiteral("directed"),
                               edge.directed ? QStringLiteral("true") : QStringLiteral("false"));
        if (!edge.type.isEmpty())
            writeData(xml, QStringLiteral("edgelabel"), edge.type);
        if (edge.weight != 1)
            writeData(xml, QStringLiteral("weight"), QString::number(edge.weight, 'g', 17));
        writeProperties(xml, edge.properties, edgeKeys);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

namespace {

// GEXF ---------------------------------------------------------------------------------------

std::map<QString, QString> declareAttributes(QXmlStreamWriter& xml,
                                             const std::map<QString, ValueType>& columns,
                                             const std::map<QString, const char*>& listTypes,
                                             const char* domain) {
    std::map<QString, QString> ids;
    if (columns.empty())
        return ids;
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QLatin1String(domain));
    int index = 0;
    for (const auto& [name, type] : columns) {
        const QString id = QString::number(index++);
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("title"), name);
        const auto listType = listTypes.find(name);
        xml.writeAttribute(QStringLiteral("type"),
                           QLatin1String(type == ValueType::List && listType != listTypes.end()
                                             ? listType->second
                                             : gexfType(type)));
        ids.emplace(name, id);
    }
    xml.writeEndElement();
    return ids;
}

void writeAttvalues(QXmlStreamWriter& xml, const QJsonObject& properties,
                    const std::map<QString, QString>& ids) {
    if (properties.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("attvalues"));
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), ids.at(it.key()));
        xml.writeAttribute(QStringLiteral("value"), it.value().isArray()
                                                        ? gexfListText(it.value().toArray())
                                                        : scalarText(it.value()));
    }
    xml.writeEndElement();
}

void writeSpells(QXmlStreamWriter& xml, const std::vector<Spell>& spells) {
    if (spells.empty())
        return;
    xml.writeStartElement(QStringLiteral("spells"));
    for (const Spell& spell : spells) {
        xml.writeEmptyElement(QStringLiteral("spell"));
        if (!spell.start.isEmpty())
            xml.writeAttribute(QStringLiteral("start"), spell.start);
        if (!spell.end.isEmpty())
            xml.writeAttribute(QStringLiteral("end"), spell.end);
    }
    xml.writeEndElement();
}

// The viz module's own elements for what the GEXF reader keeps as viz_color, viz_size,
// viz_thickness and viz_shape, so that Gephi's styling survives a round trip.
bool isVizProperty(const QString& name) {
    return name.startsWith(QLatin1String("viz_"));
}

void writeViz(QXmlStreamWriter& xml, const QString& viz, const QJsonObject& properties) {
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!isVizProperty(it.key()))
            continue;
        const QString element = it.key().mid(4);
        xml.writeEmptyElement(viz, element);
        if (element == QLatin1String("color")) {
            const QJsonObject colour = it.value().toObject();
            for (const char* channel : {"r", "g", "b", "a"})
                if (colour.contains(QLatin1String(channel)))
                    xml.writeAttribute(QLatin1String(channel),
                                       scalarText(colour.value(QLatin1String(channel))));
        } else {
            xml.writeAttribute(QStringLiteral("value"), scalarText(it.value()));
        }
    }
}

QJsonObject withoutViz(QJsonObject properties) {
    for (const QString& key : properties.keys())
        if (isVizProperty(key))
            properties.remove(key);
    return properties;
}

bool isDynamic(const InterchangeGraph& graph) {
    return std::any_of(graph.nodes.begin(), graph.nodes.end(),
                       [](const GraphNode& node) { return !node.spells.empty(); }) ||
           std::any_of(graph.edges.begin(), graph.edges.end(),
                       [](const GraphEdge& edge) { return !edge.spells.empty(); });
}

} // namespace

QByteArray writeGexf(const InterchangeGraph& graph) {
    const QString viz = QStringLiteral("http://gexf.net/1.3/viz");
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(viz, QStringLiteral("viz"));
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Threadline"));
    xml.writeEndElement();

    const bool directed = mostlyDirected(graph);
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"),
                       directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
    if (isDynamic(graph)) {
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
        xml.writeAttribute(QStringLiteral("timeformat"), graph.timeFormat.isEmpty()
                                                             ? QStringLiteral("datetime")
                                                             : graph.timeFormat);
        if (!graph.timeZone.isEmpty())
            xml.writeAttribute(QStringLiteral("timezone"), graph.timeZone);
    }
    auto nodeColumns = columnsOf(graph.nodes, true);
    nodeColumns.emplace(QStringLiteral("type"), ValueType::String);
    const auto nodeIds = declareAttributes(xml, nodeColumns, listTypesOf(graph.nodes), "node");
    const auto edgeIds =
        declareAttributes(xml, columnsOf(graph.edges, true), listTypesOf(graph.edges), "edge");

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const GraphNode& node : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.id);
        xml.writeAttribute(QStringLiteral("label"), node.label.isEmpty() ? node.id : node.label);
        QJsonObject values = withoutViz(node.properties);
        if (!node.type.isEmpty())
            values.insert(QStringLiteral("type"), node.type);
        writeAttvalues(xml, values, nodeIds);
        writeSpells(xml, node.spells);
        writeViz(xml, viz, node.properties);
        if (node.position) {
            xml.writeEmptyElement(viz, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), QString::number(node.position->x(), 'g', 17));
            xml.writeAttribute(QStringLiteral("y"), QString::number(node.position->y(), 'g', 17));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    int index = 0;
    for (const GraphEdge& edge : graph.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"),
                           edge.id.isEmpty() ? QString::number(index) : edge.id);
        ++index;
        xml.writeAttribute(QStringLiteral("source"), edge.source);
        xml.writeAttribute(QStringLiteral("target"), edge.target);
        if (edge.directed != directed)
            xml.writeAttribute(QStringLiteral("type"), edge.directed
                                                           ? QStringLiteral("directed")
                                                           : QStringLiteral("undirected"));
        if (!edge.type.isEmpty())
            xml.writeAttribute(QStringLiteral("label"), edge.type);
        if (edge.weight != 1)
            xml.writeAttribute(QStringLiteral("weight"), QString::number(edge.weight, 'g', 17));
        writeAttvalues(xml, withoutViz(edge.properties), edgeIds);
        writeSpells(xml, edge.spells);
        writeViz(xml, viz, edge.properties);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

} // namespace threadline::ingest
