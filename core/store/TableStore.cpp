#include "store/TableStore.h"

#include "store/Database.h"
#include "store/SourceRows.h"

namespace threadline::store {

namespace {

// The parts of a table's SELECT that a query decides: which conditions hold and what they are
// bound to. Only the conditions in use are written into the SQL, so that SQLite plans each
// query with the index that fits it (a facet, an order) rather than one plan for all.
struct Conditions {
    QStringList sql;
    QStringList values;

    void add(const QString& condition, const QString& value) {
        sql << condition.arg(values.size() + 1);
        values << value;
    }

    QString where(const QString& always) const {
        QStringList all = sql;
        if (!always.isEmpty())
            all.prepend(always);
        return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(" AND ");
    }
};

// "ab_c" -> "%ab\_c%": LIKE with the typed characters taken literally.
QString containing(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString direction(const TableQuery& query) {
    return query.descending ? QStringLiteral(" DESC") : QString();
}

// "a, b" -> "a DESC, b DESC" when descending.
QString orderBy(const QStringList& columns, const TableQuery& query) {
    QStringList ordered;
    for (const QString& column : columns)
        ordered << column + direction(query);
    return QStringLiteral(" ORDER BY ") + ordered.join(QStringLiteral(", "));
}

Result<Statement> prepareWith(Database& database, const QString& sql,
                              const Conditions& conditions) {
    auto statement = database.prepare(sql.toUtf8().constData());
    if (!statement)
        return std::unexpected(statement.error());
    for (int index = 0; index < conditions.values.size(); ++index)
        statement->bind(index + 1, conditions.values[index]);
    return statement;
}

template <typename MakeRow>
auto pageOf(Database& database, QString sql, const Conditions& conditions, const TableQuery& query,
            MakeRow makeRow)
    -> Result<std::vector<decltype(makeRow(std::declval<const Statement&>()))>> {
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto select = prepareWith(database, sql, conditions);
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, makeRow);
}

Result<std::int64_t> countOf(Database& database, const QString& from, const Conditions& conditions,
                             const QString& always) {
    auto select = prepareWith(
        database, QStringLiteral("SELECT count(*) FROM ") + from + conditions.where(always),
        conditions);
    if (!select)
        return std::unexpected(select.error());
    auto rows = collectRows(*select, [](const Statement& row) { return row.integer(0); });
    if (!rows)
        return std::unexpected(rows.error());
    return rows->front();
}

Result<TypeCounts> typeCounts(Database& database, const char* sql) {
    auto select = database.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) {
        return std::pair<QString, std::int64_t>{row.text(0), row.integer(1)};
    });
}

// Entities ------------------------------------------------------------------------------------

const QString kLiveEntity = QStringLiteral("e.merged_into IS NULL"); // not merged into another

Conditions entityConditions(const TableQuery& query) {
    Conditions conditions;
    if (!query.type.isEmpty())
        conditions.add(QStringLiteral("e.type = ?%1"), query.type);
    if (!query.role.isEmpty())
        conditions.add(
            QStringLiteral("e.id IN (SELECT entity_id FROM entity_roles WHERE role = ?%1)"),
            query.role);
    if (!query.text.isEmpty())
        conditions.add(QStringLiteral("e.label LIKE ?%1 ESCAPE '\\'"), containing(query.text));
    return conditions;
}

QString entityOrder(const TableQuery& query) {
    using namespace table_columns;
    if (query.column == kLabel)
        return orderBy({QStringLiteral("e.label COLLATE NOCASE"), QStringLiteral("e.id")}, query);
    if (query.column == kType)
        return orderBy({QStringLiteral("e.type"), QStringLiteral("e.label COLLATE NOCASE"),
                        QStringLiteral("e.id")},
                       query);
    return orderBy({QStringLiteral("e.id")}, query);
}

// Links -----------------------------------------------------------------------------------------

const QString kLinkTables =
    QStringLiteral("links l JOIN entities a ON a.id = l.from_id JOIN entities b ON b.id = l.to_id");

Conditions linkConditions(const TableQuery& query) {
    Conditions conditions;
    if (!query.type.isEmpty())
        conditions.add(QStringLiteral("l.type = ?%1"), query.type);
    if (!query.text.isEmpty())
        conditions.add(
            QStringLiteral("(a.label LIKE ?%1 ESCAPE '\\' OR b.label LIKE ?%1 ESCAPE '\\')"),
            containing(query.text));
    return conditions;
}

QString linkOrder(const TableQuery& query) {
    if (query.column == table_columns::kType)
        return orderBy({QStringLiteral("l.type"), QStringLiteral("l.id")}, query);
    return orderBy({QStringLiteral("l.id")}, query);
}

// Events ----------------------------------------------------------------------------------------

Conditions eventConditions(const TableQuery& query) {
    Conditions conditions;
    if (!query.type.isEmpty())
        conditions.add(QStringLiteral("ev.type = ?%1"), query.type);
    if (!query.text.isEmpty())
        conditions.add(QStringLiteral("ev.summary LIKE ?%1 ESCAPE '\\'"), containing(query.text));
    if (!query.from.isEmpty())
        conditions.add(QStringLiteral("ev.occurred_at >= ?%1"), query.from);
    if (!query.to.isEmpty())
        conditions.add(QStringLiteral("ev.occurred_at < ?%1"), query.to);
    return conditions;
}

QString eventOrder(const TableQuery& query) {
    if (query.column == table_columns::kType)
        return orderBy(
            {QStringLiteral("ev.type"), QStringLiteral("ev.occurred_at"), QStringLiteral("ev.id")},
            query);
    if (query.column == table_columns::kId)
        return orderBy({QStringLiteral("ev.id")}, query);
    return orderBy({QStringLiteral("ev.occurred_at"), QStringLiteral("ev.id")}, query);
}

// "12\x1fAlice\x1e13\x1fBob" -> the ids and labels of who took part in an event.
void readParticipants(const QString& packed, EventRow& row) {
    for (const QString& participant : packed.split(QChar(0x1e), Qt::SkipEmptyParts)) {
        const qsizetype split = participant.indexOf(QChar(0x1f));
        row.entities.push_back(EntityId{participant.left(split).toLongLong()});
        row.entityLabels << participant.mid(split + 1);
    }
}

const QString kEventColumns =
    QStringLiteral("SELECT ev.id, ev.type, ev.occurred_at, coalesce(ev.ends_at, ''), ev.summary, "
                   "(SELECT group_concat(e.id || char(31) || e.label, char(30)) FROM "
                   "event_entities x JOIN entities e ON e.id = x.entity_id "
                   "WHERE x.event_id = ev.id) FROM events ev");

EventRow eventRow(const Statement& row) {
    EventRow event{
        EventId{row.integer(0)}, row.text(1), row.text(2), row.text(3), row.text(4), {}, {}};
    readParticipants(row.text(5), event);
    return event;
}

// Sources ---------------------------------------------------------------------------------------

Conditions sourceConditions(const TableQuery& query) {
    Conditions conditions;
    if (!query.type.isEmpty())
        conditions.add(QStringLiteral("media_type = ?%1"), query.type);
    if (!query.text.isEmpty())
        conditions.add(QStringLiteral("name LIKE ?%1 ESCAPE '\\'"), containing(query.text));
    return conditions;
}

QString sourceOrder(const TableQuery& query) {
    using namespace table_columns;
    if (query.column == kLabel)
        return orderBy({QStringLiteral("name COLLATE NOCASE"), QStringLiteral("id")}, query);
    if (query.column == kType)
        return orderBy({QStringLiteral("media_type"), QStringLiteral("id")}, query);
    if (query.column == kSize)
        return orderBy({QStringLiteral("size"), QStringLiteral("id")}, query);
    return orderBy({QStringLiteral("id")}, query); // import order, which is time order too
}

} // namespace

Result<std::vector<EntityRow>> TableStore::entities(const TableQuery& query) const {
    const Conditions conditions = entityConditions(query);
    const QString sql =
        QStringLiteral("SELECT e.id, e.type, e.label, "
                       "(SELECT group_concat(role, ',') FROM entity_roles WHERE entity_id = e.id), "
                       "(SELECT count(*) FROM links WHERE from_id = e.id) + "
                       "(SELECT count(*) FROM links WHERE to_id = e.id) FROM entities e") +
        conditions.where(kLiveEntity) + entityOrder(query);
    return pageOf(m_database, sql, conditions, query, [](const Statement& row) {
        return EntityRow{EntityId{row.integer(0)}, row.text(1), row.text(2),
                         row.text(3).split(u',', Qt::SkipEmptyParts), row.integer(4)};
    });
}

Result<std::int64_t> TableStore::countEntities(const TableQuery& query) const {
    if (!query.role.isEmpty() || !query.text.isEmpty())
        return countOf(m_database, QStringLiteral("entities e"), entityConditions(query),
                       kLiveEntity);
    // All, or of one type: counted from the indexes, less the merged (a million in 50 ms
    // rather than a scan of the table).
    Conditions conditions = entityConditions(query);
    auto all = countOf(m_database, QStringLiteral("entities e"), conditions, {});
    auto merged = countOf(m_database, QStringLiteral("entities e"), conditions,
                          QStringLiteral("e.merged_into IS NOT NULL"));
    if (!all || !merged)
        return !all ? all : merged;
    return *all - *merged;
}

Result<std::int64_t> TableStore::entityPosition(const TableQuery& query, EntityId entity) const {
    Conditions listed = entityConditions(query);
    listed.add(QStringLiteral("e.id = ?%1"), QString::number(entity.value));
    auto found =
        pageOf(m_database,
               QStringLiteral("SELECT e.label, e.type FROM entities e") + listed.where(kLiveEntity),
               listed, TableQuery{}, [](const Statement& row) {
                   return std::pair{row.text(0), row.text(1)};
               });
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::int64_t(-1); // not in this listing: filtered out, merged or unknown
    const auto& [label, type] = found->front();
    // The rows before it in the listing's order, compared as the index orders them:
    // ?next is its label, ?next+1 its id, ?next+2 its type.
    Conditions earlier = entityConditions(query);
    const qsizetype next = earlier.values.size() + 1;
    const QString before = query.descending ? QStringLiteral(">") : QStringLiteral("<");
    const QString byLabel = QStringLiteral("(e.label COLLATE NOCASE %1 ?%2 OR (e.label COLLATE "
                                           "NOCASE = ?%2 AND e.id %1 CAST(?%3 AS INTEGER)))")
                                .arg(before)
                                .arg(next)
                                .arg(next + 1);
    earlier.values << label << QString::number(entity.value);
    if (query.column == table_columns::kLabel) {
        earlier.sql << byLabel;
    } else if (query.column == table_columns::kType) {
        earlier.sql << QStringLiteral("(e.type %1 ?%2 OR (e.type = ?%2 AND %3))")
                           .arg(before)
                           .arg(next + 2)
                           .arg(byLabel);
        earlier.values << type;
    } else {
        earlier.sql << QStringLiteral("e.id %1 CAST(?%2 AS INTEGER)").arg(before).arg(next + 1);
    }
    return countOf(m_database, QStringLiteral("entities e"), earlier, kLiveEntity);
}

Result<TypeCounts> TableStore::entityTypes() const {
    return typeCounts(m_database,
                      "SELECT type, count(*) - coalesce((SELECT count(*) FROM entities m "
                      "WHERE m.merged_into IS NOT NULL AND m.type = t.type), 0) AS live "
                      "FROM entities t GROUP BY type HAVING live > 0 ORDER BY live DESC, type");
}

Result<std::vector<LinkRow>> TableStore::links(const TableQuery& query) const {
    const Conditions conditions = linkConditions(query);
    const QString sql =
        QStringLiteral("SELECT l.id, l.type, l.from_id, a.label, l.to_id, b.label, l.directed, "
                       "l.weight, (SELECT min(occurred_at) FROM events WHERE link_id = l.id) "
                       "FROM ") +
        kLinkTables + conditions.where({}) + linkOrder(query);
    return pageOf(m_database, sql, conditions, query, [](const Statement& row) {
        return LinkRow{LinkId{row.integer(0)},
                       row.text(1),
                       EntityId{row.integer(2)},
                       row.text(3),
                       EntityId{row.integer(4)},
                       row.text(5),
                       row.integer(6) != 0,
                       row.real(7),
                       row.text(8)};
    });
}

Result<std::int64_t> TableStore::countLinks(const TableQuery& query) const {
    const Conditions conditions = linkConditions(query);
    // Without a text filter the ends need not be joined: a count of the links table alone.
    return countOf(m_database, query.text.isEmpty() ? QStringLiteral("links l") : kLinkTables,
                   conditions, {});
}

Result<TypeCounts> TableStore::linkTypes() const {
    return typeCounts(
        m_database, "SELECT type, count(*) FROM links GROUP BY type ORDER BY count(*) DESC, type");
}

Result<std::vector<EventRow>> TableStore::events(const TableQuery& query) const {
    const Conditions conditions = eventConditions(query);
    return pageOf(m_database, kEventColumns + conditions.where({}) + eventOrder(query), conditions,
                  query, eventRow);
}

Result<std::vector<SourceRow>> TableStore::sources(const TableQuery& query) const {
    const Conditions conditions = sourceConditions(query);
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(kSourceColumns) +
                        QStringLiteral(", (SELECT name FROM sources p WHERE p.id = "
                                       "sources.parent_id) FROM sources") +
                        conditions.where({}) + sourceOrder(query);
    return pageOf(m_database, sql, conditions, query, [](const Statement& row) {
        return SourceRow{sourceFromRow(row), row.text(16)};
    });
}

Result<std::int64_t> TableStore::countSources(const TableQuery& query) const {
    return countOf(m_database, QStringLiteral("sources"), sourceConditions(query), {});
}

Result<TypeCounts> TableStore::sourceTypes() const {
    return typeCounts(m_database, "SELECT media_type, count(*) FROM sources GROUP BY media_type "
                                  "ORDER BY count(*) DESC, media_type");
}

Result<EventRow> TableStore::event(EventId event) const {
    Conditions conditions;
    conditions.add(QStringLiteral("ev.id = ?%1"), QString::number(event.value));
    TableQuery one;
    one.limit = 1;
    auto rows = pageOf(m_database, kEventColumns + conditions.where({}), conditions, one, eventRow);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no event #%1 in this case").arg(event.value));
    return rows->front();
}

Result<std::int64_t> TableStore::countEvents(const TableQuery& query) const {
    return countOf(m_database, QStringLiteral("events ev"), eventConditions(query), {});
}

Result<TypeCounts> TableStore::eventTypes() const {
    return typeCounts(
        m_database, "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type");
}

} // namespace threadline::store
