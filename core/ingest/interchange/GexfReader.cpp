#include "ingest/interchange/GexfReader.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace threadline::ingest {

namespace {

// A declared <attribute>: its title and type, and its default.
struct Attribute {
    QString title;
    QString type;
    QString defaultValue;
    bool hasDefault = false;
};

// The viz module's elements, in whichever namespace the file puts them ("viz:" of 1.1, 1.2 and
// 1.3, some with a typo'd URI that Gephi itself writes).
bool isViz(const QXmlStreamReader& xml, const char* name) {
    return xml.name() == QLatin1String(name) &&
           (xml.namespaceUri().contains(QLatin1String("viz")) ||
            xml.qualifiedName().startsWith(QLatin1String("viz:")));
}

class Reader {
public:
    Reader(const QByteArray& bytes, const QString& fileName)
        : m_xml(bytes)
        , m_fileName(fileName) {}

    Result<InterchangeGraph> read() {
        m_graph.format = QStringLiteral("gexf");
        bool sawGexf = false;
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            if (name == QLatin1String("gexf"))
                sawGexf = true;
            else if (name == QLatin1String("graph"))
                readGraphAttributes();
            else if (name == QLatin1String("attributes"))
                readAttributes();
            else if (name == QLatin1String("node"))
                readNode();
            else if (name == QLatin1String("edge"))
                readEdge();
        }
        return finishReading(m_xml, sawGexf, std::move(m_graph), m_fileName);
    }

private:
    QString attribute(const char* name) const {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }

    void readGraphAttributes() {
        m_defaultDirected = attribute("defaultedgetype") != QLatin1String("undirected");
        m_graph.timeFormat = attribute("timeformat");
        if (m_graph.timeFormat.isEmpty() && attribute("mode") == QLatin1String("dynamic"))
            m_graph.timeFormat = QStringLiteral("double"); // GEXF's default
        m_graph.timeZone = attribute("timezone");
    }

    void readAttributes() {
        const QString domain = attribute("class");
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("attribute")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString id = attribute("id");
            Attribute declared{attribute("title"), attribute("type"), {}, false};
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("default")) {
                    declared.defaultValue = m_xml.readElementText();
                    declared.hasDefault = true;
                } else {
                    m_xml.skipCurrentElement(); // <options>
                }
            }
            m_attributes[domain].insert(id, declared);
        }
    }

    // start/end (and 1.3's timestamp) attributes on the element, as a spell.
    void readOwnSpell(std::vector<Spell>& spells) const {
        const QString start = attribute("start");
        const QString end = attribute("end");
        const QString timestamp = attribute("timestamp");
        if (!start.isEmpty() || !end.isEmpty())
            spells.push_back({start, end});
        else if (!timestamp.isEmpty())
            spells.push_back({timestamp, timestamp});
    }

    // <attvalues>, <spells>, and the viz elements inside a node or an edge.
    void readChildren(const QString& domain, QJsonObject& values, GraphNode* node,
                      GraphEdge* edge) {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("attvalues")) {
                readValues(domain, values);
            } else if (name == QLatin1String("spells")) {
                readSpells(node ? node->spells : edge->spells);
            } else if (isViz(m_xml, "position") && node) {
                node->position = QPointF(attribute("x").toDouble(), attribute("y").toDouble());
                m_xml.skipCurrentElement();
            } else if (isViz(m_xml, "color")) {
                // 1.3 may write the colour as hex ("#ff00ff", "#fff") instead of channels.
                const QColor hex(attribute("hex"));
                QJsonObject colour{
                    {QStringLiteral("r"), hex.isValid() ? hex.red() : attribute("r").toInt()},
                    {QStringLiteral("g"), hex.isValid() ? hex.green() : attribute("g").toInt()},
                    {QStringLiteral("b"), hex.isValid() ? hex.blue() : attribute("b").toInt()}};
                if (!attribute("a").isEmpty())
                    colour.insert(QStringLiteral("a"), attribute("a").toDouble());
                (node ? node->properties : edge->properties)
                    .insert(QStringLiteral("viz_color"), colour);
                m_xml.skipCurrentElement();
            } else if (isViz(m_xml, "size") || isViz(m_xml, "thickness") || isViz(m_xml, "shape")) {
                const QString value = attribute("value");
                bool number = false;
                const double size = value.toDouble(&number);
                (node ? node->properties : edge->properties)
                    .insert(QStringLiteral("viz_") + name.toString(),
                            number ? QJsonValue(size) : QJsonValue(value));
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement(); // nested nodes and parents (hierarchies): not ours
            }
        }
    }

    void readValues(const QString& domain, QJsonObject& values) {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("attvalue")) {
                const QString id = attribute("for").isEmpty() ? attribute("id") : attribute("for");
                const Attribute* declared = attributeFor(domain, id);
                if (!declared && !m_warned.contains(domain + id)) {
                    m_warned.insert(domain + id);
                    m_graph.warnings << QStringLiteral("line %1: a value for %2 attribute '%3', "
                                                       "which the file does not declare; kept as "
                                                       "text under that name")
                                            .arg(m_xml.lineNumber())
                                            .arg(domain, id);
                }
                const QString title = declared && !declared->title.isEmpty() ? declared->title : id;
                values.insert(
                    title, typedValue(attribute("value"), declared ? declared->type : QString()));
            }
            m_xml.skipCurrentElement();
        }
    }

    void readSpells(std::vector<Spell>& spells) {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("spell"))
                readOwnSpell(spells);
            m_xml.skipCurrentElement();
        }
    }

    const Attribute* attributeFor(const QString& domain, const QString& id) const {
        const auto declared = m_attributes.constFind(domain);
        if (declared == m_attributes.constEnd())
            return nullptr;
        const auto found = declared->constFind(id);
        return found == declared->constEnd() ? nullptr : &*found;
    }

    void applyDefaults(const QString& domain, QJsonObject& values) const {
        for (const Attribute& declared : m_attributes.value(domain))
            if (declared.hasDefault && !values.contains(declared.title))
                values.insert(declared.title, typedValue(declared.defaultValue, declared.type));
    }

    void readNode() {
        GraphNode node;
        node.id = attribute("id");
        node.label = attribute("label");
        node.line = int(m_xml.lineNumber());
        readOwnSpell(node.spells);
        QJsonObject values;
        readChildren(QStringLiteral("node"), values, &node, nullptr);
        applyDefaults(QStringLiteral("node"), values);
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (isTypeName(it.key()) && node.type.isEmpty())
                node.type = it.value().toString();
            else
                node.properties.insert(it.key(), it.value());
        }
        m_graph.nodes.push_back(std::move(node));
    }

    void readEdge() {
        GraphEdge edge;
        edge.id = attribute("id");
        edge.source = attribute("source");
        edge.target = attribute("target");
        edge.type = attribute("label");
        edge.line = int(m_xml.lineNumber());
        const QString kind = attribute("type");
        edge.directed = kind.isEmpty() ? m_defaultDirected : kind == QLatin1String("directed");
        bool weighted = false;
        const double weight = attribute("weight").toDouble(&weighted);
        if (weighted)
            edge.weight = weight;
        if (!attribute("kind").isEmpty()) // 1.3: the kind of a parallel edge
            edge.properties.insert(QStringLiteral("kind"), attribute("kind"));
        readOwnSpell(edge.spells);
        QJsonObject values;
        readChildren(QStringLiteral("edge"), values, nullptr, &edge);
        applyDefaults(QStringLiteral("edge"), values);
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (isEdgeLabelName(it.key()) && edge.type.isEmpty())
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
    QHash<QString, QHash<QString, Attribute>> m_attributes; // class -> id -> attribute
    QSet<QString> m_warned;
    bool m_defaultDirected = true;
};

} // namespace

Result<InterchangeGraph> readGexf(const QByteArray& bytes, const QString& fileName) {
    return Reader(bytes, fileName).read();
}

} // namespace threadline::ingest
