// CaseStore: named charts and where their entities are drawn.
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "util/Environment.h"

#include <QJsonObject>

namespace threadline::store {

namespace {

// The id of the chart named `name`, or nothing.
Result<std::optional<std::int64_t>> chartId(Database& database, const QString& name) {
    auto select = database.prepare("SELECT id FROM charts WHERE name = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, name);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional(select->integer(0)) : std::nullopt;
}

Result<std::int64_t> createChart(Database& database, const QString& name, const QString& now) {
    auto insert =
        database.prepare("INSERT INTO charts (name, created_at, updated_at) VALUES (?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    if (auto inserted = insert->bind(1, name).bind(2, now).bind(3, now).run(); !inserted)
        return std::unexpected(inserted.error());
    return database.lastInsertId();
}

} // namespace

Result<std::vector<ChartItem>> CaseStore::chartItems(const QString& chart) const {
    auto id = chartId(*m_database, chart);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("the case has no chart named '%1'").arg(chart));
    auto select = m_database->prepare(
        "SELECT entity_id, x, y, pinned FROM chart_items WHERE chart_id = ? ORDER BY entity_id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, **id);
    return collectRows(*select, [](const Statement& row) {
        return ChartItem{EntityId{row.integer(0)}, row.real(1), row.real(2), row.integer(3) != 0};
    });
}

Result<void> CaseStore::saveChartItems(const QString& chart, const std::vector<ChartItem>& items,
                                       const QString& how) {
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString now = utcNowIso();
    auto existing = chartId(*m_database, chart);
    if (!existing)
        return std::unexpected(existing.error());
    auto id = *existing ? Result<std::int64_t>(**existing) : createChart(*m_database, chart, now);
    if (!id)
        return std::unexpected(id.error());
    auto upsert = m_database->prepare(
        "INSERT INTO chart_items (chart_id, entity_id, x, y, pinned) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (chart_id, entity_id) DO UPDATE SET x = excluded.x, y = excluded.y, "
        "pinned = excluded.pinned");
    if (!upsert)
        return std::unexpected(upsert.error());
    for (const ChartItem& item : items)
        if (auto saved = upsert->bind(1, *id)
                             .bind(2, item.entity.value)
                             .bind(3, item.x)
                             .bind(4, item.y)
                             .bind(5, int(item.pinned))
                             .run();
            !saved)
            return std::unexpected(saved.error());
    auto touch = m_database->prepare("UPDATE charts SET updated_at = ? WHERE id = ?");
    if (!touch)
        return std::unexpected(touch.error());
    if (auto touched = touch->bind(1, now).bind(2, *id).run(); !touched)
        return std::unexpected(touched.error());
    auto logged = AuditLog(*m_database)
                      .append(QStringLiteral("chart.laid-out"),
                              QJsonObject{{QStringLiteral("chart"), chart},
                                          {QStringLiteral("items"), qint64(items.size())},
                                          {QStringLiteral("how"), how}});
    if (!logged)
        return std::unexpected(logged.error());
    return transaction->commit();
}

} // namespace threadline::store
