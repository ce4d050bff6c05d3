// CaseStore: named charts and where their entities are drawn (see ChartStore for editing them).
#include "store/AnalysisStore.h"
#include "store/CaseStore.h"
#include "store/ChartStore.h"
#include "store/Database.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"

#include <algorithm>

namespace threadline::store {

namespace {

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

ChartStore CaseStore::charts() const {
    return ChartStore(*m_database);
}

DecisionStore CaseStore::decisions() const {
    return DecisionStore(*m_database);
}

FactStore CaseStore::facts() const {
    return FactStore(*m_database);
}

AnalysisStore CaseStore::analyses() const {
    return AnalysisStore(*m_database);
}

Result<std::vector<ChartItem>> CaseStore::chartItems(const QString& chart) const {
    auto loaded = charts().load(chart);
    if (!loaded)
        return std::unexpected(loaded.error());
    return std::move(loaded->items);
}

Result<void> CaseStore::saveChartItems(const QString& chart, const std::vector<ChartItem>& items,
                                       const QString& how) {
    auto loaded = charts().load(chart);
    if (!loaded && loaded.error().code == ErrorCode::NotFound) {
        if (auto created = charts().create(chart); !created)
            return created;
        loaded = charts().load(chart);
    }
    if (!loaded)
        return std::unexpected(loaded.error());
    return charts().applyAs(chart, placeItems(*loaded, items), QStringLiteral("chart.laid-out"),
                            how);
}

} // namespace threadline::store
