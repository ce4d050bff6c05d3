#include "ingest/interchange/GraphMlReader.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace threadline::ingest {

namespace {

// A <key>: what its <data> are called and how their text is typed.
struct Key {
    QString name;
    QString type; // boolean, int, long, float, double, string
    QString defaultValue;
    bool hasDefault = false;
};

class Reader {
public:
    Reader(const QByteArray& bytes, const QString& fileName)
        : m_xml(bytes)
        , m_fileName(fileName) {}

    Result<InterchangeGraph> read() {
        m_graph.format = QStringLiteral("graphml");
        bool sawGraphMl = false;
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            if (name == QLatin1String("graphml"))
                sawGraphMl = true;
            else if (name == QLatin1String("key"))
                readKey();
            else if (name == QLatin1String("graph"))
                m_directedByDefault = m_xml.attributes().value(QLatin1String("edgedefault")) ==
                                      QLatin1String("directed");
            else if (name == QLatin1String("node"))
                readNode();
            else if (name == QLatin1String("edge"))
                readEdge();
        }
        return finishReading(m_xml, sawGraphMl, std::move(m_graph), m_fileName);
    }

private:
    void readKey() {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        Key key;
        key.name = attributes.value(QLatin1String("attr.name")).toString();
        key.type = attributes.value(QLatin1String("attr.type")).toString();
        const QString id = attributes.value(QLatin1String("id")).toString();
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("default")) {
                key.defaultValue = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                key.hasDefault = true;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        m_maltego = m_maltego || key.name == QLatin1String("MaltegoEntity");
        const QString domain = attributes.value(QLatin1String("for")).toString();
        m_keys[domain].insert(id, key);
    }

    // The keys that apply to an element of `domain` ("node", "edge"): its own and "all".
    const Key* keyFor(const QString& domain, const QString& id) const {
        for (const QString& scope : {domain, QStringLiteral("all")}) {
            const auto keys = m_keys.constFind(scope);
            if (keys == m_keys.constEnd())
                continue;
            if (const auto found = keys->constFind(id); found != keys->constEnd())
                return &*found;
        }
        return nullptr;
    }

    // Reads one <data>: a typed value, or a tool's graphics or entity inside it.
    void readData(const QString& domain, QJsonObject& values, GraphNode* node, GraphEdge* edge) {
        const QString id = m_xml.attributes().value(QLatin1String("key")).toString();
        const int line = int(m_xml.lineNumber());
        QString text;
        for (int depth = 1; depth > 0;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (m_xml.atEnd() || m_xml.hasError())
                return;
            if (token == QXmlStreamReader::Characters && depth == 1)
                text += m_xml.text();
            else if (token == QXmlStreamReader::StartElement && !readToolElement(node, edge))
                ++depth;
            else if (token == QXmlStreamReader::EndElement)
                --depth;
        }
        const Key* key = keyFor(domain, id);
        if (!key && !m_warnedKeys.contains(id)) {
            m_warnedKeys.insert(id);
            m_graph.warnings << QStringLiteral(
                                    "line %1: data for key '%2', which the file does not "
                                    "declare; kept as text under that name")
                                    .arg(line)
                                    .arg(id);
        }
        const QString name = key && !key->name.isEmpty() ? key->name : id;
        if (!text.trimmed().isEmpty())
            values.insert(name, typedValue(text, key ? key->type : QString()));
    }

    // The elements tools put inside <data>: yEd's label and geometry, Maltego's entity and link.
    // Returns true when it read the element to its end.
    bool readToolElement(GraphNode* node, GraphEdge* edge) {
        const QStringView name = m_xml.name();
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (name == QLatin1String("MaltegoEntity") && node) {
            node->type = attributes.value(QLatin1String("type")).toString();
        } else if (name == QLatin1String("MaltegoLink") && edge) {
            edge->properties.insert(QStringLiteral("maltego_type"),
                                    attributes.value(QLatin1String("type")).toString());
        } else if (name == QLatin1String("Property")) {
            readMaltegoProperty(node, edge);
            return true;
        } else if (name == QLatin1String("NodeLabel") && node) {
            node->label = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            return true;
        } else if (name == QLatin1String("EdgeLabel") && edge) {
            edge->type = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            return true;
        } else if ((name == QLatin1String("Geometry") || name == QLatin1String("Position")) &&
                   node && attributes.hasAttribute(QLatin1String("x"))) {
            node->position = QPointF(attributes.value(QLatin1String("x")).toDouble(),
                                     attributes.value(QLatin1String("y")).toDouble());
        }
        return false;
    }

    // <mtg:Property name=".." displayName=".."><mtg:Value>..</mtg:Value></mtg:Property>: the
    // entity's first non-empty property is its label (Maltego lists the main one first).
    void readMaltegoProperty(GraphNode* node, GraphEdge* edge) {
        const QString name = m_xml.attributes().value(QLatin1String("name")).toString();
        QString value;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("Value"))
                value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            else
                m_xml.skipCurrentElement();
        }
        if (value.isEmpty())
            return;
        if (node) {
            if (node->label.isEmpty())
                node->label = value;
            node->properties.insert(name, value);
        } else if (edge) {
            if (name == QLatin1String("maltego.link.manual.type") ||
                name == QLatin1String("maltego.link.label"))
                edge->type = value;
            else
                edge->properties.insert(name, value);
        }
    }

    void applyDefaults(const QString& domain, QJsonObject& values) const {
        for (const QString& scope : {domain, QStringLiteral("all")})
            for (const Key& key : m_keys.value(scope))
                if (key.hasDefault && !values.contains(key.name))
                    values.insert(key.name, typedValue(key.defaultValue, key.type));
    }

    void readNode() {
        GraphNode node;
        node.id = m_xml.attributes().value(QLatin1String("id")).toString();
        node.line = int(m_xml.lineNumber());
        QJsonObject values;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("data"))
                readData(QStringLiteral("node"), values, &node, nullptr);
            else
                m_xml.skipCurrentElement(); // ports, nested graphs: not facts of ours
        }
        applyDefaults(QStringLiteral("node"), values);
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (isLabelName(it.key()) && node.label.isEmpty())
                node.label = it.value().toVariant().toString();
            else if (isTypeName(it.key()) && node.type.isEmpty())
                node.type = it.value().toString();
            else
                node.properties.insert(it.key(), it.value());
        }
        warnIfMaltegoIncomplete(node);
        if (!node.position && node.properties.value(QLatin1String("x")).isDouble() &&
            node.properties.value(QLatin1String("y")).isDouble()) // Gephi's and ours
            node.position = QPointF(node.properties.take(QLatin1String("x")).toDouble(),
                                    node.properties.take(QLatin1String("y")).toDouble());
        m_graph.nodes.push_back(std::move(node));
    }

    // A Maltego graph whose node lost its entity, or an entity its properties (the faulty file
    // a damaged export leaves): imported by the node's id, in words.
    void warnIfMaltegoIncomplete(const GraphNode& node) {
        if (!m_maltego)
            return;
        if (node.type.isEmpty())
            m_graph.warnings << QStringLiteral("line %1: node %2 carries no Maltego entity; "
                                               "imported as Other, named by its id")
                                    .arg(node.line)
                                    .arg(node.id);
        else if (node.label.isEmpty())
            m_graph.warnings << QStringLiteral("line %1: the %2 entity of node %3 has no "
                                               "properties; named by the node's id")
                                    .arg(node.line)
                                    .arg(node.type, node.id);
    }

    void readEdge() {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        GraphEdge edge;
        edge.id = attributes.value(QLatin1String("id")).toString();
        edge.source = attributes.value(QLatin1String("source")).toString();
        edge.target = attributes.value(QLatin1String("target")).toString();
        edge.line = int(m_xml.lineNumber());
        edge.directed = attributes.hasAttribute(QLatin1String("directed"))
                            ? attributes.value(QLatin1String("directed")) == QLatin1String("true")
                            : m_directedByDefault;
        QJsonObject values;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("data"))
                readData(QStringLiteral("edge"), values, nullptr, &edge);
            else
                m_xml.skipCurrentElement();
        }
        applyDefaults(QStringLiteral("edge"), values);
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.key().compare(QLatin1String("weight"), Qt::CaseInsensitive) == 0 &&
                it.value().isDouble())
                edge.weight = it.value().toDouble();
            else if (isEdgeLabelName(it.key()) && edge.type.isEmpty())
                edge.type = it.value().toVariant().toString();
            else
                edge.properties.insert(it.key(), it.value());
        }
        if (edge.source.isEmpty() || edge.target.isEmpty()) {
            m_graph.warnings << QStringLiteral("line %1: an edge without a source or a target; "
                                               "skipped")
                                    .arg(edge.line);
            return;
        }
        m_graph.edges.push_back(std::move(edge));
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    InterchangeGraph m_graph;
    QHash<QString, QHash<QString, Key>> m_keys; // domain -> key id -> key
    QSet<QString> m_warnedKeys;
    bool m_directedByDefault = false;
    bool m_maltego = false; // a key declares Maltego entities
};

// Maltego writes an XML 1.1 declaration, which Qt's reader refuses; what 1.1 adds (control
// characters as references, NEL line ends) Maltego does not write, so the file is read as 1.0.
// The declaration keeps its length, so lines and columns stay those of the file.
QByteArray asXml10(const QByteArray& bytes) {
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 100));
    for (const char* declared : {"version='1.1'", "version=\"1.1\""}) {
        const qsizetype at = head.indexOf(QByteArrayView(declared));
        if (at >= 0 && head.startsWith("<?xml")) {
            QByteArray copy = bytes;
            copy[at + 11] = '0';
            return copy;
        }
    }
    return bytes;
}

} // namespace

Result<InterchangeGraph> readGraphMl(const QByteArray& bytes, const QString& fileName) {
    return Reader(asXml10(bytes), fileName).read();
}

} // namespace threadline::ingest
