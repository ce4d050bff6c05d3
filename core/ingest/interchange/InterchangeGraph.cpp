#include "ingest/interchange/InterchangeGraph.h"

#include "ingest/interchange/InterchangeEntities.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QXmlStreamReader>

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

// A time of a dynamic graph in UTC ("2009-03-20T00:00:00"), read in the graph's zone unless it
// carries its own offset; empty when it is not a date or time.
QString utcTime(const QString& written, const QTimeZone& zone) {
    QDateTime time = QDateTime::fromString(written.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(written.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return {};
        time = QDateTime(date, QTime(0, 0));
    }
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(zone);
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// The zone a dynamic graph's times are read in, resolved once per file: none when its times are
// steps rather than dates; UTC when it names no zone, or one this system does not know.
std::optional<QTimeZone> spellZone(const InterchangeGraph& graph) {
    if (!graph.timeFormat.startsWith(QLatin1String("date"), Qt::CaseInsensitive))
        return std::nullopt;
    const QTimeZone written(graph.timeZone.toUtf8());
    return written.isValid() ? written : QTimeZone::utc();
}

// The spells of a node (entity) or an edge (link) as "active" events, when the graph's times
// are dates; a spell without a readable start is left among the properties.
void addSpellEvents(const std::vector<Spell>& spells, const InterchangeGraph& graph,
                    const std::optional<QTimeZone>& zone, int entity, int link,
                    const Evidence& evidence, ImportResult& result) {
    if (!zone)
        return;
    for (const Spell& spell : spells) {
        ExtractedEvent event;
        event.type = QStringLiteral("active");
        event.occurredAt = utcTime(spell.start, *zone);
        event.endsAt = utcTime(spell.end, *zone);
        if (event.occurredAt.isEmpty())
            continue;
        event.summary = QStringLiteral("%1 active").arg(evidence.quote);
        QJsonObject written{{QStringLiteral("start"), spell.start},
                            {QStringLiteral("end"), spell.end}};
        if (!graph.timeZone.isEmpty())
            written.insert(QStringLiteral("timezone"), graph.timeZone);
        event.properties = QJsonObject{{QStringLiteral("written"), written}};
        if (link >= 0) {
            event.link = link;
            event.participants = {{result.links[std::size_t(link)].from, QStringLiteral("from")},
                                  {result.links[std::size_t(link)].to, QStringLiteral("to")}};
        } else {
            event.participants = {{entity, QStringLiteral("subject")}};
        }
        event.evidence = evidence;
        result.events.push_back(std::move(event));
    }
}

QJsonArray spellsJson(const std::vector<Spell>& spells) {
    QJsonArray array;
    for (const Spell& spell : spells)
        array.append(QJsonArray{spell.start, spell.end});
    return array;
}

int addNode(const GraphNode& node, const InterchangeGraph& graph,
            const std::optional<QTimeZone>& zone, extract::PhoneNormaliser& phones,
            ImportResult& result) {
    const QString& format = graph.format;
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
    if (!node.spells.empty())
        properties.insert(QStringLiteral("spells"), spellsJson(node.spells));
    entity.properties = properties;
    entity.evidence = evidenceAt(format, "node", node.id, node.line, entity.label);
    identify(entity, phones);
    const Evidence evidence = entity.evidence;
    const int index = result.addEntity(std::move(entity));
    addSpellEvents(node.spells, graph, zone, index, -1, evidence, result);
    return index;
}

bool isOneOf(const QString& name, std::initializer_list<const char*> names) {
    for (const char* candidate : names)
        if (name.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QJsonValue scalarValue(const QString& text, const QString& type) {
    bool ok = false;
    if (isOneOf(type, {"int", "integer", "long", "short", "byte"})) {
        const qlonglong number = text.trimmed().toLongLong(&ok);
        if (ok)
            return number;
    } else if (isOneOf(type, {"float", "double"})) {
        const double number = text.trimmed().toDouble(&ok);
        if (ok)
            return number;
    } else if (isOneOf(type, {"boolean"})) {
        const QString lower = text.trimmed().toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1"))
            return true;
        if (lower == QLatin1String("false") || lower == QLatin1String("0"))
            return false;
    }
    return text;
}

// The items of a bracketed GEXF 1.3 list, split at commas outside quotes; a quoted item loses
// its quotes and its backslash escapes (\n, \t, \r, \", \\).
QStringList bracketedItems(QStringView inner) {
    QStringList items;
    QString item;
    QChar quote;
    bool quoted = false; // the item was quoted: kept even when empty
    for (qsizetype index = 0; index < inner.size(); ++index) {
        const QChar character = inner[index];
        if (!quote.isNull()) {
            if (character == QLatin1Char('\\') && index + 1 < inner.size()) {
                const QChar next = inner[++index];
                item += next == QLatin1Char('n')   ? QChar(u'\n')
                        : next == QLatin1Char('t') ? QChar(u'\t')
                        : next == QLatin1Char('r') ? QChar(u'\r')
                                                   : next;
            } else if (character == quote) {
                quote = QChar();
            } else {
                item += character;
            }
        } else if ((character == QLatin1Char('"') || character == QLatin1Char('\'')) &&
                   item.trimmed().isEmpty()) {
            quote = character;
            quoted = true;
            item.clear();
        } else if (character == QLatin1Char(',')) {
            if (quoted || !item.trimmed().isEmpty())
                items << (quoted ? item : item.trimmed());
            item.clear();
            quoted = false;
        } else if (!quoted) {
            item += character;
        }
    }
    if (quoted || !item.trimmed().isEmpty())
        items << (quoted ? item : item.trimmed());
    return items;
}

// GEXF lists: "a|b|c" (1.1, 1.2) or "[a, b, c]" (1.3, items possibly quoted).
QJsonArray listValue(const QString& text, const QString& itemType) {
    const QString trimmed = text.trimmed();
    const bool bracketed =
        trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'));
    QStringList items;
    if (bracketed) {
        items = bracketedItems(QStringView(trimmed).mid(1, trimmed.size() - 2));
    } else {
        for (const QString& item : trimmed.split(QLatin1Char('|')))
            if (!item.trimmed().isEmpty())
                items << item.trimmed();
    }
    QJsonArray array;
    for (const QString& item : items)
        array.append(scalarValue(item, itemType));
    return array;
}

} // namespace

QJsonValue typedValue(const QString& text, const QString& type) {
    if (type.startsWith(QLatin1String("list"), Qt::CaseInsensitive))
        return listValue(text, type.mid(4));
    return scalarValue(text, type);
}

Result<InterchangeGraph> finishReading(const QXmlStreamReader& xml, bool sawRoot,
                                       InterchangeGraph graph, const QString& fileName) {
    const QString format =
        graph.format == QLatin1String("gexf") ? QStringLiteral("GEXF") : QStringLiteral("GraphML");
    if (xml.hasError())
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("not well-formed %1: %2").arg(format, xml.errorString()), fileName,
            QStringLiteral("line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber()));
    if (!sawRoot)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no <%1> element").arg(graph.format),
                    fileName);
    return graph;
}

bool isLabelName(const QString& name) {
    return isOneOf(name, {"label", "name", "title"});
}

bool isTypeName(const QString& name) {
    return isOneOf(name, {"type", "kind", "entity_type", "category"});
}

bool isEdgeLabelName(const QString& name) {
    return isOneOf(name, {"label", "edge label", "type", "relationship", "relation"});
}

ImportResult graphFacts(InterchangeGraph graph, const ImportContext& context) {
    ImportResult result;
    result.warnings = std::move(graph.warnings);
    extract::PhoneNormaliser phones(context.region);
    const std::optional<QTimeZone> zone = spellZone(graph);
    QHash<QString, int> entityOf;
    for (const GraphNode& node : graph.nodes) {
        if (entityOf.contains(node.id)) {
            result.warnings << QStringLiteral("line %1: node %2 is declared again; the first kept")
                                   .arg(node.line)
                                   .arg(node.id);
            continue;
        }
        entityOf.insert(node.id, addNode(node, graph, zone, phones, result));
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
        const int entity = addNode(made, graph, zone, phones, result);
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
        if (!edge.spells.empty())
            properties.insert(QStringLiteral("spells"), spellsJson(edge.spells));
        link.properties = properties;
        link.evidence = evidenceAt(graph.format, "edge", edge.id, edge.line, link.type);
        const Evidence evidence = link.evidence;
        result.links.push_back(std::move(link));
        addSpellEvents(edge.spells, graph, zone, -1, int(result.links.size()) - 1, evidence,
                       result);
    }
    return result;
}

} // namespace threadline::ingest
