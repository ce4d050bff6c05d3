// Charts as case data: edits as changes that undo exactly, saved and reopened as they were.
#include "ImportFixture.h"
#include "chart/ChartEdits.h"
#include "chart/ChartLayout.h"
#include "chart/KeyPlayers.h"
#include "graph/NetworkBuilder.h"
#include "store/ChartStore.h"
#include "store/FactStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace threadline;
using namespace threadline::chart;
using threadline::testing::importIntoNewCase;
using threadline::testing::Scratch;

namespace {

std::vector<EntityId> ids(std::initializer_list<std::int64_t> values) {
    std::vector<EntityId> entities;
    for (std::int64_t value : values)
        entities.push_back(EntityId{value});
    return entities;
}

Chart chartOfFive() {
    Chart chart;
    chart.name = QStringLiteral("Cell A");
    for (std::int64_t id = 1; id <= 5; ++id)
        chart.items.push_back({EntityId{id}, double(id), -double(id)});
    return chart;
}

// A day's work on a chart: every kind of edit once.
std::vector<ChartChange> editsOf(Chart& chart) {
    std::vector<ChartChange> done;
    auto doing = [&](ChartChange change) {
        REQUIRE_FALSE(change.isEmpty());
        apply(chart, change);
        done.push_back(std::move(change));
    };
    doing(addItems(chart, {{EntityId{9}, 4, 4}, {EntityId{7}, 3, 3}, {EntityId{2}, 0, 0}}));
    doing(moveItems(chart, {{EntityId{1}, 10, 10}, {EntityId{9}, -1, 2}}));
    doing(setPinned(chart, ids({1, 3}), true));
    doing(setHidden(chart, ids({4}), true));
    doing(groupItems(chart, ids({2, 3, 7}), QStringLiteral("Ring")));
    doing(moveGroup(chart, 1, 20, 21));
    doing(groupItems(chart, ids({7, 9}), QStringLiteral("Pair")));
    doing(ungroup(chart, 2));
    doing(setStyle(chart, ChartStyle{QStringLiteral("betweenness"), QStringLiteral("community")}));
    doing(setViewport(chart, ChartViewport{1.5, -2.25, 80}));
    doing(removeItems(chart, ids({5, 2})));
    return done;
}

} // namespace

TEST_CASE("chart edits undo back to the start and redo to the end exactly", "[chart]") {
    const Chart start = chartOfFive();
    Chart chart = start;
    const std::vector<ChartChange> done = editsOf(chart);
    const Chart end = chart;
    CHECK(findItem(end, EntityId{1})->pinned);
    CHECK(findItem(end, EntityId{4})->hidden);
    CHECK(findItem(end, EntityId{3})->group == 1);
    CHECK(findItem(end, EntityId{9})->group == 0); // "Pair" was ungrouped
    CHECK(findGroup(end, 1)->x == 20);
    CHECK_FALSE(findItem(end, EntityId{5}));
    CHECK(end.items.size() == 5);
    for (auto change = done.rbegin(); change != done.rend(); ++change)
        apply(chart, change->inverse());
    CHECK(chart == start);
    for (const ChartChange& change : done)
        apply(chart, change);
    CHECK(chart == end);
}

TEST_CASE("chart edits that change nothing are empty", "[chart]") {
    const Chart chart = chartOfFive();
    CHECK(addItems(chart, {{EntityId{1}, 7, 7}}).isEmpty()); // already on the chart
    CHECK(moveItems(chart, {{EntityId{2}, 2, -2}}).isEmpty());
    CHECK(setPinned(chart, ids({42}), true).isEmpty()); // not on the chart
    CHECK(groupItems(chart, ids({1}), QStringLiteral("alone")).isEmpty());
    CHECK(setStyle(chart, ChartStyle{}).isEmpty());
    // Removing every member of a group removes the group with them.
    Chart grouped = chart;
    apply(grouped, groupItems(grouped, ids({1, 2}), QStringLiteral("G")));
    const ChartChange removal = removeItems(grouped, ids({1, 2}));
    REQUIRE(removal.groups.size() == 1);
    CHECK_FALSE(removal.groups.front().after);
}

TEST_CASE("expanding places newcomers around the seed, each once", "[chart]") {
    const Chart chart = chartOfFive();
    const std::vector<Neighbour> neighbours{{EntityId{1}, EntityId{20}, {}, {}, {}},
                                            {EntityId{1}, EntityId{21}, {}, {}, {}},
                                            {EntityId{2}, EntityId{20}, {}, {}, {}},
                                            {EntityId{2}, EntityId{3}, {}, {}, {}}};
    const ChartChange change = expandItems(chart, neighbours);
    REQUIRE(change.items.size() == 2); // 20 once, 21; 3 is already there
    for (const ItemChange& item : change.items) {
        const double dx = item.after->x - 1;
        const double dy = item.after->y + 1;
        CHECK(std::hypot(dx, dy) == Approx(1.0)); // on the first ring around entity 1
    }
}

TEST_CASE("a chart is saved change by change, reopens exactly, and every edit is audited",
          "[chart][store]") {
    Scratch scratch;
    auto created = store::CaseStore::create(scratch.path(QStringLiteral("charts.tlcase")));
    REQUIRE(created);
    store::CaseStore& store = *created;
    // Chart items refer to entities: make five.
    REQUIRE(store.recordAction(QStringLiteral("test.setup"), {}));
    auto database = store::Database::open(store.path(), store::Database::Access::ReadWrite);
    REQUIRE(database);
    for (int id = 1; id <= 9; ++id)
        REQUIRE((*database)->execute(QByteArray("INSERT INTO entities (id, type, label, "
                                                "created_at, created_by) VALUES (" +
                                                QByteArray::number(id) +
                                                ", 'Phone', 'p', 'now', 'test')")
                                         .constData()));
    REQUIRE(store.charts().create(QStringLiteral("Cell A")));
    CHECK_FALSE(store.charts().create(QStringLiteral("Cell A")));
    Chart chart = *store.charts().load(QStringLiteral("Cell A"));
    REQUIRE(store.charts().apply(chart.name, addItems(chart, chartOfFive().items)));
    apply(chart, addItems(chart, chartOfFive().items));
    const Chart start = chart;
    const std::vector<ChartChange> done = editsOf(chart);
    Chart saved = start;
    for (const ChartChange& change : done) {
        REQUIRE(store.charts().apply(chart.name, change));
        apply(saved, change);
        CHECK(*store.charts().load(chart.name) == saved);
    }
    for (auto change = done.rbegin(); change != done.rend(); ++change)
        REQUIRE(store.charts().apply(chart.name, change->inverse(), store::EditKind::Undo));
    CHECK(*store.charts().load(chart.name) == start);
    for (const ChartChange& change : done)
        REQUIRE(store.charts().apply(chart.name, change, store::EditKind::Redo));
    // Reopened from the file: the same chart, to the last bit of every position.
    auto reopened = store::CaseStore::open(store.path(), store::CaseStore::Access::ReadOnly);
    REQUIRE(reopened);
    CHECK(*reopened->charts().load(chart.name) == chart);
    int edited = 0, undone = 0, redone = 0;
    const auto log = reopened->auditLog();
    REQUIRE(log);
    for (const AuditEntry& entry : *log) {
        edited += entry.action == QStringLiteral("chart.edited");
        undone += entry.action == QStringLiteral("chart.undone");
        redone += entry.action == QStringLiteral("chart.redone");
    }
    CHECK(edited == int(done.size()) + 1);
    CHECK(undone == int(done.size()));
    CHECK(redone == int(done.size()));
    CHECK(reopened->verify()->passed());
    const auto listed = reopened->charts().list();
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().items == 5);
}

TEST_CASE("a phone expands into the entities linked to it, and the key players come first",
          "[chart][store]") {
    Scratch scratch;
    auto [store, summary] =
        importIntoNewCase(scratch, {QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv"),
                                    QStringLiteral(THREADLINE_TEST_DATA "/table/contacts.csv")});
    auto named = store.facts().entitiesNamed(QStringLiteral("+16025550142"));
    REQUIRE(named->size() == 1);
    auto neighbours = store.facts().neighbours(*named);
    REQUIRE(neighbours);
    REQUIRE(neighbours->size() >= 2);
    for (const Neighbour& neighbour : *neighbours)
        CHECK(neighbour.of == named->front());
    auto phonesOnly = store.facts().neighbours(*named, {{QStringLiteral("Person")}, {}, 0, false});
    for (const Neighbour& neighbour : *phonesOnly)
        CHECK(neighbour.type == QStringLiteral("Person"));
    CHECK(store.facts().neighbours(*named, {{}, {}, 1, false})->size() == 1);

    auto rows = store.facts().networkRows();
    const graph::Network network = graph::buildNetwork(*rows);
    auto items = keyPlayerItems(network);
    REQUIRE(items);
    CHECK_FALSE(items->empty());
    CHECK(items->size() <= network.nodeCount());
    // A layout of a saved chart keeps its pins.
    Chart chart;
    chart.name = QStringLiteral("Key");
    apply(chart, addItems(chart, *items));
    apply(chart, setPinned(chart, {chart.items.front().entity}, true));
    const ChartItem pinned = chart.items.front();
    auto change = layoutChange(chart, network, graph::LayoutAlgorithm::Circular, true);
    REQUIRE(change);
    apply(chart, *change);
    CHECK(chart.items.front() == pinned);
}
