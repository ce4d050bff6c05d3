// ChartStore: named charts, their items, groups, style and viewport, edited change by change.
#include "store/ChartStore.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "util/Environment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace threadline::store {

namespace {

// How many entity ids an audit row names; the count says how many there were in all.
constexpr int kAuditedIds = 20;

struct ChartRow {
    std::int64_t id = 0;
    QJsonObject settings;
};

Result<std::optional<ChartRow>> findChart(Database& database, const QString& name) {
    auto select = database.prepare("SELECT id, settings FROM charts WHERE name = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, name);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::nullopt;
    return ChartRow{select->integer(0), QJsonDocument::fromJson(select->text(1).toUtf8()).object()};
}

Result<ChartRow> requireChart(Database& database, const QString& name) {
    auto found = findChart(database, name);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the case has no chart named '%1'").arg(name));
    return **found;
}

QJsonObject styleJson(const ChartStyle& style) {
    return {{QStringLiteral("sizeBy"), style.sizeBy}, {QStringLiteral("colourBy"), style.colourBy}};
}

QJsonObject viewportJson(const ChartViewport& viewport) {
    return {{QStringLiteral("centreX"), viewport.centreX},
            {QStringLiteral("centreY"), viewport.centreY},
            {QStringLiteral("scale"), viewport.scale}};
}

void readSettings(const QJsonObject& settings, Chart& chart) {
    const QJsonObject style = settings.value(QStringLiteral("style")).toObject();
    chart.style.sizeBy = style.value(QStringLiteral("sizeBy")).toString(chart.style.sizeBy);
    chart.style.colourBy = style.value(QStringLiteral("colourBy")).toString(chart.style.colourBy);
    const QJsonObject viewport = settings.value(QStringLiteral("viewport")).toObject();
    chart.viewport.centreX = viewport.value(QStringLiteral("centreX")).toDouble();
    chart.viewport.centreY = viewport.value(QStringLiteral("centreY")).toDouble();
    chart.viewport.scale = viewport.value(QStringLiteral("scale")).toDouble();
}

Result<void> readItems(Database& database, std::int64_t chart, std::vector<ChartItem>& items) {
    auto select = database.prepare("SELECT entity_id, x, y, pinned, hidden, group_id "
                                   "FROM chart_items WHERE chart_id = ? ORDER BY entity_id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, chart);
    auto rows = collectRows(*select, [](const Statement& row) {
        return ChartItem{EntityId{row.integer(0)}, row.real(1),         row.real(2),
                         row.integer(3) != 0,      row.integer(4) != 0, row.integer(5)};
    });
    if (!rows)
        return std::unexpected(rows.error());
    items = std::move(*rows);
    return {};
}

Result<void> readGroups(Database& database, std::int64_t chart, std::vector<ChartGroup>& groups) {
    auto select = database.prepare(
        "SELECT group_id, label, x, y FROM chart_groups WHERE chart_id = ? ORDER BY group_id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, chart);
    auto rows = collectRows(*select, [](const Statement& row) {
        return ChartGroup{row.integer(0), row.text(1), row.real(2), row.real(3)};
    });
    if (!rows)
        return std::unexpected(rows.error());
    groups = std::move(*rows);
    return {};
}

// A failed insert of an item names the entity when the case has none of that id (the foreign
// key failed), rather than passing SQLite's words on.
Result<void> checkEntityExists(Database& database, EntityId entity, Result<void> failed) {
    auto select = database.prepare("SELECT count(*) FROM entities WHERE id = ?");
    if (!select)
        return failed;
    select->bind(1, entity.value);
    if (auto row = select->step(); row && *row && select->integer(0) == 0)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("entity #%1 is not in this case").arg(entity.value));
    return failed;
}

Result<void> writeItems(Database& database, std::int64_t chart,
                        const std::vector<chart::ItemChange>& changes) {
    auto upsert = database.prepare(
        "INSERT INTO chart_items (chart_id, entity_id, x, y, pinned, hidden, group_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chart_id, entity_id) DO UPDATE SET "
        "x = excluded.x, y = excluded.y, pinned = excluded.pinned, hidden = excluded.hidden, "
        "group_id = excluded.group_id");
    auto remove = database.prepare("DELETE FROM chart_items WHERE chart_id = ? AND entity_id = ?");
    if (!upsert)
        return std::unexpected(upsert.error());
    if (!remove)
        return std::unexpected(remove.error());
    for (const chart::ItemChange& change : changes) {
        Result<void> written;
        if (const auto& item = change.after) {
            written = upsert->bind(1, chart)
                          .bind(2, item->entity.value)
                          .bind(3, item->x)
                          .bind(4, item->y)
                          .bind(5, int(item->pinned))
                          .bind(6, int(item->hidden))
                          .bind(7, item->group)
                          .run();
            if (!written)
                return checkEntityExists(database, change.entity, written);
        } else
            written = remove->bind(1, chart).bind(2, change.entity.value).run();
        if (!written)
            return written;
    }
    return {};
}

Result<void> writeGroups(Database& database, std::int64_t chart,
                         const std::vector<chart::GroupChange>& changes) {
    auto upsert = database.prepare(
        "INSERT INTO chart_groups (chart_id, group_id, label, x, y) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (chart_id, group_id) DO UPDATE SET label = excluded.label, x = excluded.x, "
        "y = excluded.y");
    auto remove = database.prepare("DELETE FROM chart_groups WHERE chart_id = ? AND group_id = ?");
    if (!upsert)
        return std::unexpected(upsert.error());
    if (!remove)
        return std::unexpected(remove.error());
    for (const chart::GroupChange& change : changes) {
        Result<void> written;
        if (const auto& group = change.after)
            written = upsert->bind(1, chart)
                          .bind(2, group->id)
                          .bind(3, group->label)
                          .bind(4, group->x)
                          .bind(5, group->y)
                          .run();
        else
            written = remove->bind(1, chart).bind(2, change.id).run();
        if (!written)
            return written;
    }
    return {};
}

// Writes the chart row's settings and its time of change.
Result<void> writeSettings(Database& database, const ChartRow& row,
                           const chart::ChartChange& change) {
    QJsonObject settings = row.settings;
    if (change.style)
        settings.insert(QStringLiteral("style"), styleJson(change.style->after));
    if (change.viewport)
        settings.insert(QStringLiteral("viewport"), viewportJson(change.viewport->after));
    auto update = database.prepare("UPDATE charts SET settings = ?, updated_at = ? WHERE id = ?");
    if (!update)
        return std::unexpected(update.error());
    return update
        ->bind(1, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)))
        .bind(2, utcNowIso())
        .bind(3, row.id)
        .run();
}

QJsonObject auditDetails(const QString& name, const chart::ChartChange& change) {
    QJsonArray entities;
    for (const chart::ItemChange& item : change.items) {
        if (entities.size() == kAuditedIds)
            break;
        entities.append(qint64(item.entity.value));
    }
    QJsonObject details{{QStringLiteral("chart"), name},
                        {QStringLiteral("action"), change.action},
                        {QStringLiteral("items"), qint64(change.items.size())},
                        {QStringLiteral("entities"), entities}};
    if (!change.groups.empty())
        details.insert(QStringLiteral("groups"), qint64(change.groups.size()));
    if (change.style)
        details.insert(QStringLiteral("style"), styleJson(change.style->after));
    return details;
}

QString auditActionOf(EditKind kind) {
    switch (kind) {
    case EditKind::Undo:
        return QStringLiteral("chart.undone");
    case EditKind::Redo:
        return QStringLiteral("chart.redone");
    case EditKind::Do:
        break;
    }
    return QStringLiteral("chart.edited");
}

// The change that puts every item where `placed` says (keeping hidden and group state of those
// already on the chart) and adds the others.
chart::ChartChange placeItems(const Chart& chart, std::vector<ChartItem> placed) {
    std::sort(placed.begin(), placed.end(),
              [](const ChartItem& a, const ChartItem& b) { return a.entity < b.entity; });
    chart::ChartChange change;
    change.action = QStringLiteral("layout");
    for (const ChartItem& item : placed) {
        const ChartItem* existing = chart::findItem(chart, item.entity);
        ChartItem after = existing ? *existing : item;
        after.x = item.x;
        after.y = item.y;
        after.pinned = item.pinned;
        if (!existing || !(after == *existing))
            change.items.push_back(
                {item.entity, existing ? std::optional(*existing) : std::nullopt, after});
    }
    return change;
}

} // namespace

Result<std::vector<ChartSummary>> ChartStore::list() const {
    auto select = m_database.prepare(
        "SELECT name, (SELECT count(*) FROM chart_items i WHERE i.chart_id = c.id), "
        "(SELECT count(*) FROM chart_groups g WHERE g.chart_id = c.id), created_at, updated_at "
        "FROM charts c ORDER BY name");
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) {
        return ChartSummary{row.text(0), row.integer(1), row.integer(2), row.text(3), row.text(4)};
    });
}

Result<Chart> ChartStore::load(const QString& name) const {
    auto row = requireChart(m_database, name);
    if (!row)
        return std::unexpected(row.error());
    Chart chart;
    chart.name = name;
    readSettings(row->settings, chart);
    if (auto items = readItems(m_database, row->id, chart.items); !items)
        return std::unexpected(items.error());
    if (auto groups = readGroups(m_database, row->id, chart.groups); !groups)
        return std::unexpected(groups.error());
    return chart;
}

Result<void> ChartStore::create(const QString& name) {
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a chart needs a name"));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto existing = findChart(m_database, name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the case already has a chart named '%1'").arg(name));
    auto insert =
        m_database.prepare("INSERT INTO charts (name, created_at, updated_at) VALUES (?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString now = utcNowIso();
    if (auto inserted = insert->bind(1, name).bind(2, now).bind(3, now).run(); !inserted)
        return inserted;
    auto logged =
        AuditLog(m_database)
            .append(QStringLiteral("chart.created"), QJsonObject{{QStringLiteral("chart"), name}});
    if (!logged)
        return std::unexpected(logged.error());
    return transaction->commit();
}

Result<void> ChartStore::apply(const QString& name, const chart::ChartChange& change,
                               EditKind kind) {
    return applyAs(name, change, auditActionOf(kind), {});
}

Result<void> ChartStore::applyAs(const QString& name, const chart::ChartChange& change,
                                 const QString& auditAction, const QString& how) {
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto row = requireChart(m_database, name);
    if (!row)
        return std::unexpected(row.error());
    // Groups first: an item may name a group that the same change creates.
    if (auto groups = writeGroups(m_database, row->id, change.groups); !groups)
        return groups;
    if (auto items = writeItems(m_database, row->id, change.items); !items)
        return items;
    if (auto settings = writeSettings(m_database, *row, change); !settings)
        return settings;
    QJsonObject details = auditDetails(name, change);
    if (!how.isEmpty())
        details.insert(QStringLiteral("how"), how);
    auto logged = AuditLog(m_database).append(auditAction, details);
    if (!logged)
        return std::unexpected(logged.error());
    return transaction->commit();
}

Result<void> ChartStore::savePositions(const QString& name, const std::vector<ChartItem>& items,
                                       const QString& how) {
    auto loaded = load(name);
    if (!loaded && loaded.error().code == ErrorCode::NotFound) {
        if (auto created = create(name); !created)
            return created;
        loaded = load(name);
    }
    if (!loaded)
        return std::unexpected(loaded.error());
    return applyAs(name, placeItems(*loaded, items), QStringLiteral("chart.laid-out"), how);
}

} // namespace threadline::store
