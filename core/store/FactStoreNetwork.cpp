// FactStore: the rows core/graph builds a Network from, with merges applied.
#include "extract/PhoneNumbers.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/MergeMap.h"
#include "store/SqlLists.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace threadline::store {

namespace {

// "93", "1:33" and "0:01:33" are all 93 seconds.
double secondsOf(const QString& duration) {
    double seconds = 0;
    for (const QString& part : duration.split(u':'))
        seconds = seconds * 60 + part.trimmed().toDouble();
    return seconds;
}

Result<void> checkChartExists(Database& database, const QString& chart) {
    auto select = database.prepare("SELECT count(*) FROM charts WHERE name = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, chart);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (select->integer(0) == 0)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the case has no chart named '%1'").arg(chart));
    return {};
}

constexpr const char* kLinkColumns =
    "SELECT from_id, to_id, type, directed, weight, json_extract(properties, '$.amount'), "
    "json_extract(properties, '$.duration'), json_extract(properties, '$.currency'), id "
    "FROM links l ";
constexpr const char* kLinkConditions =
    "(?1 IS NULL OR type IN (SELECT value FROM json_each(?1))) "
    "AND ((?2 IS NULL AND ?3 IS NULL) OR EXISTS (SELECT 1 FROM events ev WHERE "
    "ev.link_id = l.id AND (?2 IS NULL OR ev.occurred_at >= ?2) "
    "AND (?3 IS NULL OR ev.occurred_at <= ?3))) ";
const QByteArray kAllLinks = QByteArray(kLinkColumns) + "WHERE " + kLinkConditions + "ORDER BY id";
const QByteArray kLinksAmongMembers =
    QByteArray(kLinkColumns) +
    "WHERE from_id IN (SELECT value FROM json_each(?4)) AND to_id IN (SELECT value FROM "
    "json_each(?4)) AND " +
    kLinkConditions + "ORDER BY id";

// The entities `included` and every entity merged into one of them, as a JSON array.
QString memberList(const QSet<std::int64_t>& included, const MergeMap& merges) {
    QStringList ids;
    ids.reserve(included.size());
    for (std::int64_t entity : included)
        ids.append(QString::number(entity));
    for (std::int64_t absorbed : merges.absorbedAmong(included))
        ids.append(QString::number(absorbed));
    return u'[' + ids.join(u',') + u']';
}

// The links among `included` as `filter` asks. A chart that holds a small part of the case has
// its links looked up from its members (and what was merged into them) by index; for a bigger
// one a single scan of every link is faster (a chart of a whole 600k-link case: 0.15 s against
// 3.7 s through the member list).
Result<Statement> prepareLinks(Database& database, const NetworkFilter& filter,
                               const QSet<std::int64_t>& included, const MergeMap& merges) {
    bool byMembers = !filter.chart.isEmpty();
    if (byMembers) {
        auto entities = database.queryInteger("SELECT max(id) FROM entities");
        if (!entities)
            return std::unexpected(entities.error());
        byMembers = std::int64_t(included.size()) * 8 < entities->value_or(0);
    }
    auto links = database.prepare((byMembers ? kLinksAmongMembers : kAllLinks).constData());
    if (!links)
        return links;
    links->bind(1, jsonList(filter.linkTypes));
    links->bind(2, filter.from.isEmpty() ? QString() : filter.from);
    links->bind(3, filter.to.isEmpty() ? QString() : filter.to);
    if (byMembers)
        links->bind(4, memberList(included, merges));
    return links;
}

// The column's text, as the same QString as an earlier row's when equal: a link type repeats
// on most rows, and 600k links then keep one string per type instead of one each.
QString sharedText(const Statement& row, int column, QStringList& seen) {
    QString text = row.text(column);
    for (const QString& known : seen)
        if (known == text)
            return known;
    seen.append(text);
    return text;
}

} // namespace

Result<NetworkRows> FactStore::networkRows(const NetworkFilter& filter) const {
    if (!filter.chart.isEmpty())
        if (auto exists = checkChartExists(m_database, filter.chart); !exists)
            return std::unexpected(exists.error());
    auto merges = MergeMap::load(m_database);
    if (!merges)
        return std::unexpected(merges.error());
    auto nodes = m_database.prepare(
        "SELECT id, type, label FROM entities e WHERE merged_into IS NULL "
        "AND (?1 IS NULL OR type IN (SELECT value FROM json_each(?1))) "
        "AND (?2 IS NULL OR id IN (SELECT coalesce(m.merged_into, i.entity_id) FROM chart_items i "
        "JOIN charts c ON c.id = i.chart_id JOIN entities m ON m.id = i.entity_id "
        "WHERE c.name = ?2)) ORDER BY id");
    if (!nodes)
        return std::unexpected(nodes.error());
    nodes->bind(1, jsonList(filter.entityTypes))
        .bind(2, filter.chart.isEmpty() ? QString() : filter.chart);
    NetworkRows rows;
    QSet<std::int64_t> included;
    for (;;) {
        auto row = nodes->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        rows.nodes.push_back({nodes->integer(0), nodes->text(1), nodes->text(2)});
        included.insert(rows.nodes.back().entity);
    }
    if (!filter.withLinks)
        return rows;
    auto links = prepareLinks(m_database, filter, included, *merges);
    if (!links)
        return std::unexpected(links.error());
    QStringList types; // each type's text made once, then shared by its rows
    for (;;) {
        auto row = links->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return rows;
        NetworkLinkRow link{merges->survivor(links->integer(0)),
                            merges->survivor(links->integer(1)),
                            sharedText(*links, 2, types),
                            links->integer(3) != 0,
                            links->real(4),
                            links->real(5),
                            links->isNull(6) ? 0 : secondsOf(links->text(6)),
                            links->isNull(7) ? QString() : links->text(7),
                            links->integer(8)};
        if (included.contains(link.from) && included.contains(link.to))
            rows.links.push_back(std::move(link));
    }
}

Result<std::vector<EntityId>> FactStore::entitiesNamed(const QString& text) const {
    auto named = entitiesNamedExactly(text);
    if (!named || !named->empty())
        return named;
    // A phone as people type it ("(318) 555-0114", "318 555 0114") is stored in E.164; read
    // without a country code as a US number, the importers' default region.
    if (const auto phone = extract::normalisePhone(text, QStringLiteral("US"));
        phone && phone->e164 != text)
        return entitiesNamedExactly(phone->e164);
    return named;
}

Result<std::vector<EntityId>> FactStore::entitiesNamedExactly(const QString& text) const {
    auto select = m_database.prepare(
        "SELECT DISTINCT coalesce(e.merged_into, e.id) FROM entities e "
        "WHERE e.label = ?1 COLLATE NOCASE "
        "OR e.id IN (SELECT entity_id FROM identifiers WHERE value = ?1) ORDER BY 1");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, text);
    auto merges = MergeMap::load(m_database);
    if (!merges)
        return std::unexpected(merges.error());
    auto ids = collectRows(*select,
                           [&](const Statement& row) { return merges->survivor(row.integer(0)); });
    if (!ids)
        return std::unexpected(ids.error());
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    std::vector<EntityId> entities;
    for (std::int64_t id : *ids)
        entities.push_back(EntityId{id});
    return entities;
}

} // namespace threadline::store
