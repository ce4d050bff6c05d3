// The chart in the window: a first chart of the demo case, expanded, laid out, grouped, undone to
// the start and redone, and reopened the same; every edit and undo in the audit log.
#include "DefaultImporters.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "case/CaseDocument.h"
#include "case/CaseEdits.h"
#include "chart/ChartEdits.h"
#include "graph/ChartPanel.h"
#include "graph/ChartSession.h"
#include "graph/ChartView.h"
#include "graph/Generators.h"
#include "graph/Layout.h"
#include "jobs/ImportJob.h"
#include "mainwindow/MainWindow.h"
#include "scenario/ScenarioWriter.h"
#include "store/FactStore.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QPainter>
#include <QTest>
#include <QTimer>

#include <random>

using namespace threadline;
using namespace threadline::ui;
using threadline::testing::importedDemoCase;
using threadline::testing::Scratch;
using threadline::testing::settle;

namespace {

std::vector<EntityId> entitiesOfType(const ChartSession& chart, EntityKind kind) {
    std::vector<EntityId> found;
    for (const SceneNode& node : chart.scene().nodes())
        if (node.kind == kind)
            found.push_back(node.entity);
    return found;
}

int auditCount(const QString& casePath, const QString& action) {
    auto store = store::CaseStore::open(casePath, store::CaseStore::Access::ReadOnly);
    REQUIRE(store);
    const auto log = store->auditLog();
    REQUIRE(log);
    int count = 0;
    for (const AuditEntry& entry : *log)
        count += entry.action == action;
    return count;
}

// Shows the case in `window` and charts its key players.
ChartSession& chartKeyPlayers(MainWindow& window, const QString& casePath) {
    window.resize(1600, 1000);
    window.show();
    REQUIRE(window.openCase(casePath));
    settle(*window.document());
    ChartSession* chart = window.chartPanel()->session();
    REQUIRE(chart);
    chart->addKeyPlayers();
    settle(*window.document());
    return *chart;
}

void screenshot(QWidget& widget, const char* name) {
    threadline::testing::saveScreenshot(widget, QLatin1String(name));
}

} // namespace

TEST_CASE("the demo case charts, expands, lays out, groups, undoes and reopens the same",
          "[ui][chart][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const ingest::ImporterRegistry importers = app::makeDefaultImporters();
    Chart built;
    {
        MainWindow window(importers);
        window.resize(1600, 1000);
        window.show();
        REQUIRE(window.openCase(casePath));
        CaseDocument& document = *window.document();
        settle(document);
        ChartSession* chart = window.chartPanel()->session();
        REQUIRE(chart);
        CHECK(chart->isLoaded());
        CHECK(chart->chart().items.empty()); // no chart yet: the window offers the key players
        screenshot(window, "chart-offer.png");

        chart->addKeyPlayers();
        settle(document);
        REQUIRE(chart->chart().items.size() >= 10);
        const Chart first = chart->chart();

        // Expand a phone into the ads that list it.
        const std::vector<EntityId> phones = entitiesOfType(*chart, EntityKind::Phone);
        REQUIRE_FALSE(phones.empty());
        chart->expand({phones.front()}, {{QStringLiteral("Ad")}, {}, 0, false},
                      QStringLiteral("Expand"));
        settle(document);
        CHECK(chart->chart().items.size() > first.items.size());

        // Lay out; the layout animates, then pushes one command.
        bool laidOut = false;
        QObject::connect(chart, &ChartSession::layoutFinished,
                         [&](bool applied) { laidOut = applied; });
        chart->startLayout(graph::LayoutAlgorithm::Multilevel, true);
        REQUIRE(QTest::qWaitFor([&] { return laidOut; }, 20000));
        settle(document);

        // Two people become one node.
        const std::vector<EntityId> people = entitiesOfType(*chart, EntityKind::Person);
        REQUIRE(people.size() >= 2);
        chart->edit(
            chart::groupItems(chart->chart(), {people[0], people[1]}, QStringLiteral("Pair")),
            QStringLiteral("Group"));
        settle(document);
        CHECK(chart->chart().groups.size() == 1);
        const int edits = document.undoStack()->count();
        CHECK(edits == 4);
        built = chart->chart();
        window.chartPanel()->view()->fitToChart();
        document.selectEntities({phones.front()});
        QApplication::processEvents();
        screenshot(window, "demo-chart.png");
        screenshot(*window.findChild<QDockWidget*>(QStringLiteral("UndoHistoryDock")),
                   "undo-history.png");

        // Undo everything back to the empty start, then redo it all.
        document.undoStack()->setIndex(0);
        settle(document);
        CHECK(chart->chart().items.empty());
        CHECK(chart->chart().groups.empty());
        document.undoStack()->setIndex(edits);
        settle(document);
        CHECK(chart->chart() == built);
        window.close();
    }
    CHECK(auditCount(casePath, QStringLiteral("chart.edited")) == 4);
    CHECK(auditCount(casePath, QStringLiteral("chart.undone")) == 4);
    CHECK(auditCount(casePath, QStringLiteral("chart.redone")) == 4);

    // Reopened: the same chart, shown at once.
    MainWindow reopened(importers);
    reopened.resize(1600, 1000);
    reopened.show();
    REQUIRE(reopened.openCase(casePath));
    settle(*reopened.document());
    ChartSession* chart = reopened.chartPanel()->session();
    REQUIRE(chart);
    CHECK(chart->chart() == built);
}

TEST_CASE("the chart's context menu offers the analyst's edits", "[ui][chart][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const ingest::ImporterRegistry importers = app::makeDefaultImporters();
    MainWindow window(importers);
    ChartSession* chart = &chartKeyPlayers(window, casePath);
    ChartView* view = window.chartPanel()->view();
    view->fitToChart();
    const SceneNode& node = chart->scene().nodes().front();
    const QPoint at = view->transform().toScreen(node.position).toPoint();
    QMenu* shown = nullptr;
    QTimer::singleShot(300, [&] {
        shown = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!shown)
            return;
        QStringList titles;
        for (QAction* action : shown->actions())
            titles << action->text();
        CHECK(titles.contains(QStringLiteral("Expand")));
        CHECK(titles.contains(QStringLiteral("Hide")));
        CHECK(titles.contains(QStringLiteral("Remove from Chart")));
        const QPixmap menu = shown->grab();
        QPixmap sheet = window.grab();
        {
            QPainter painter(&sheet);
            painter.drawPixmap(window.mapFromGlobal(shown->pos()), menu);
        }
        REQUIRE(QDir().mkpath(QStringLiteral(THREADLINE_SCREENSHOT_DIR)));
        sheet.save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/chart-context-menu.png"));
        shown->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->mapToGlobal(at));
    QApplication::sendEvent(view, &event);
    CHECK(shown);
    CHECK(window.document()->selection().entities.size() == 1);
}

TEST_CASE("styles, roles, drawn links and merges are undone and redone, each audited",
          "[ui][chart]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const ingest::ImporterRegistry importers = app::makeDefaultImporters();
    {
        MainWindow window(importers);
        ChartSession* chart = &chartKeyPlayers(window, casePath);
        CaseDocument& document = *window.document();
        const int start = document.undoStack()->index();
        const std::vector<EntityId> people = entitiesOfType(*chart, EntityKind::Person);
        REQUIRE(people.size() >= 2);
        const auto nodeOf = [&](EntityId entity) -> const SceneNode* {
            const auto node = chart->scene().nodeOfEntity(entity);
            return node ? &chart->scene().nodes()[*node] : nullptr;
        };

        // Sized by links and coloured by Leiden communities, measured off the UI thread.
        chart->edit(chart::setStyle(chart->chart(),
                                    {QStringLiteral("degree"), QStringLiteral("community")}),
                    QStringLiteral("Style"));
        REQUIRE(QTest::qWaitFor([&] { return chart->measures().communities > 0; }, 10000));
        QApplication::processEvents();
        const auto styled = [&] {
            return std::count_if(chart->scene().nodes().begin(), chart->scene().nodes().end(),
                                 [](const SceneNode& node) { return node.colour != 0; });
        };
        CHECK(styled() > 0);
        CHECK(std::any_of(chart->scene().nodes().begin(), chart->scene().nodes().end(),
                          [](const SceneNode& node) { return node.size > 2.4; }));
        window.chartPanel()->view()->fitToChart();
        QApplication::processEvents();
        screenshot(window, "chart-communities.png");

        markRole(document, {people[0]}, {}, QStringLiteral("victim"), true);
        settle(document);
        REQUIRE(nodeOf(people[0]));
        CHECK(nodeOf(people[0])->roles.contains(QStringLiteral("victim")));

        const auto linkCount = [&] {
            return document.worker()
                .run([](store::CaseStore& store) { return store.facts().links()->size(); })
                .result();
        };
        const std::size_t links = linkCount();
        drawLink(document, people[0], people[1], QStringLiteral("associate"),
                 QStringLiteral("seen together"));
        settle(document);
        CHECK(linkCount() == links + 1);

        chart->mergeInto(people[0], people[1], QStringLiteral("same passport photo"));
        settle(document);
        CHECK_FALSE(chart::findItem(chart->chart(), people[1]));
        const int edits = document.undoStack()->index();
        CHECK(edits == start + 4);

        document.undoStack()->setIndex(start);
        settle(document);
        CHECK(chart::findItem(chart->chart(), people[1]));
        CHECK(linkCount() == links);
        CHECK_FALSE(nodeOf(people[0])->roles.contains(QStringLiteral("victim")));
        CHECK(chart->chart().style == ChartStyle{});
        CHECK(styled() == 0);

        document.undoStack()->setIndex(edits);
        settle(document);
        CHECK(linkCount() == links + 1);
        CHECK_FALSE(chart::findItem(chart->chart(), people[1]));
        window.close();
    }
    CHECK(auditCount(casePath, QStringLiteral("entity.role-marked")) == 2);
    CHECK(auditCount(casePath, QStringLiteral("entity.role-unmarked")) == 1);
    CHECK(auditCount(casePath, QStringLiteral("link.retracted")) == 1);
    CHECK(auditCount(casePath, QStringLiteral("chart.undone")) == 2); // style, take off chart
}

TEST_CASE("a 10,000-node chart is drawn as an overview zoomed out and in detail zoomed in",
          "[ui][chart][screenshot]") {
    // What a big ad case looks like: 400 phones, each listed by about 20 ads and tied to an
    // e-mail address and a payment account; ads that list two phones and calls between phones
    // tie the rings together. Laid out by the multilevel layout, drawn by the view's renderer.
    graph::Network network;
    std::mt19937_64 random(7);
    std::vector<EntityKind> kinds;
    const auto add = [&](EntityKind kind) {
        kinds.push_back(kind);
        return network.addNode({std::int64_t(kinds.size()), {}, {}});
    };
    std::vector<graph::NodeIndex> phones;
    while (kinds.size() < 10000) {
        const graph::NodeIndex phone = add(EntityKind::Phone);
        phones.push_back(phone);
        for (EntityKind kind : {EntityKind::EmailAddress, EntityKind::PaymentAccount})
            network.addLink(phone, add(kind), {1, 0, 0});
        for (int ad = 0; ad < 18 + int(random() % 8); ++ad) {
            const graph::NodeIndex listing = add(EntityKind::Ad);
            network.addLink(listing, phone, {1, 0, 0});
            if (random() % 20 == 0 && phones.size() > 1)
                network.addLink(listing, phones[random() % phones.size()], {1, 0, 0});
        }
    }
    for (int call = 0; call < 600; ++call)
        network.addLink(phones[random() % phones.size()], phones[random() % phones.size()],
                        {1, 0, 0});
    const auto positions = graph::layoutNetwork(network, graph::LayoutAlgorithm::Multilevel);
    REQUIRE(positions);
    std::vector<SceneNode> nodes(network.nodeCount());
    for (graph::NodeIndex node = 0; node < network.nodeCount(); ++node) {
        nodes[node].entity = EntityId{node + 1};
        nodes[node].position = {(*positions)[node].x, (*positions)[node].y};
        nodes[node].kind = kinds[node];
        nodes[node].label =
            kinds[node] == EntityKind::Phone
                ? QStringLiteral("+1 602 555 %1").arg(node % 10000, 4, 10, QLatin1Char('0'))
                : QStringLiteral("Ad %1").arg(node);
    }
    std::vector<SceneTie> ties;
    for (const graph::Tie& tie : network.ties())
        ties.push_back({tie.a, tie.b, 1, true, false});
    const ChartScene scene = ChartScene::fromParts(std::move(nodes), std::move(ties));

    ChartRenderer renderer;
    QImage image;
    const QSize size(1600, 1000);
    const ChartTransform whole = ChartTransform::fit(scene.bounds(), size);
    CHECK(renderer.isOverview(scene, whole));
    renderer.render(image, scene, whole);

    REQUIRE(QDir().mkpath(QStringLiteral(THREADLINE_SCREENSHOT_DIR)));
    REQUIRE(image.save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/chart-10k-overview.png")));

    ChartTransform close = whole;
    close.centre = scene.nodes()[0].position; // the first phone
    close.scale = 40;                         // a node about 14 pixels across
    CHECK_FALSE(renderer.isOverview(scene, close));
    renderer.render(image, scene, close);
    REQUIRE(image.save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/chart-10k-detail.png")));
}

TEST_CASE("a tie's links are put in words", "[ui][chart]") {
    const auto totals = [](const char* type, int count, double amount = 0, double seconds = 0,
                           const char* currency = "") {
        return LinkTotals{QString::fromLatin1(type), count, amount, seconds,
                          QString::fromLatin1(currency)};
    };
    CHECK(describeLinks({totals("called", 14, 0, 3120)}) == QStringLiteral("14 calls, 52 min"));
    CHECK(describeLinks({totals("paid", 6, 54300, 0, "USD")}) ==
          QStringLiteral("6 payments, 54,300 USD"));
    CHECK(describeLinks({totals("called", 1, 0, 45)}) == QStringLiteral("1 call, 45 s"));
    CHECK(describeLinks({totals("uses", 1)}) == QStringLiteral("uses"));
    CHECK(describeLinks({totals("associate-of", 1)}) == QStringLiteral("associate of"));
    // The most numerous first, two at most.
    CHECK(describeLinks({totals("texted", 2), totals("called", 5), totals("in-contacts-of", 1)}) ==
          QStringLiteral("5 calls, 2 texts, and 1 more"));
}

TEST_CASE("all links between two entities are one tie that lists them when pointed at",
          "[ui][chart]") {
    Chart chart;
    chart.items = {{EntityId{1}, 0, 0}, {EntityId{2}, 2, 0}, {EntityId{3}, 0, 2}};
    ChartContents contents;
    contents.entities.insert(1, {QStringLiteral("Phone"), QStringLiteral("+1 602 555 0142"), {}});
    contents.entities.insert(2, {QStringLiteral("Phone"), QStringLiteral("+1 480 555 0177"), {}});
    contents.entities.insert(3, {QStringLiteral("Person"), QStringLiteral("Ana"), {}});
    contents.links = std::make_shared<const std::vector<NetworkLinkRow>>(
        std::vector<NetworkLinkRow>{{1, 2, QStringLiteral("called"), true, 1, 0, 60, {}, 11},
                                    {2, 1, QStringLiteral("called"), true, 1, 0, 120, {}, 12},
                                    {1, 2, QStringLiteral("called"), true, 1, 0, 30, {}, 13},
                                    {1, 2, QStringLiteral("texted"), true, 1, 0, 0, {}, 14},
                                    {3, 1, QStringLiteral("uses"), true, 1, 0, 0, {}, 15}});
    const ChartScene scene = ChartScene::build(chart, contents);
    REQUIRE(scene.ties().size() == 2);
    const auto phones = scene.tieAt({1, 0.05}, 0.1);
    REQUIRE(phones);
    CHECK(scene.ties()[*phones].links == 4);
    CHECK(scene.ties()[*phones].towardsA);
    CHECK(scene.ties()[*phones].towardsB);
    CHECK(scene.tieLabel(*phones) == QStringLiteral("3 calls, 4 min, 1 text"));
    CHECK(scene.tieDetails(*phones) ==
          QStringLiteral("+1 602 555 0142 — +1 480 555 0177\n3 calls, 4 min\n1 text"));
    CHECK_FALSE(scene.tieAt({1.5, 1.5}, 0.1)); // between the ties, near neither
    CHECK(scene.linksOf(*phones) ==
          std::vector<LinkId>{LinkId{11}, LinkId{12}, LinkId{13}, LinkId{14}});
    CHECK(scene.tiesOf({LinkId{12}}) == std::vector<SceneIndex>{*phones});
}

TEST_CASE("a new chart is built from what a search finds, then expanded", "[ui][chart]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    auto document = CaseDocument::open(casePath);
    REQUIRE(document);
    CaseDocument& doc = **document;
    // Search the case for every phone of an area code, as an analyst types it.
    const auto found = doc.worker()
                           .run([](store::CaseStore& store) {
                               std::vector<EntityId> hits;
                               const auto phones =
                                   store.facts().entities({QStringLiteral("Phone")});
                               const QString areaCode = phones->front().label.left(5);
                               for (const Entity& phone : *phones) {
                                   if (!phone.label.startsWith(areaCode))
                                       continue;
                                   const auto named = store.facts().entitiesNamed(phone.label);
                                   hits.insert(hits.end(), named->begin(), named->end());
                               }
                               return hits;
                           })
                           .result();
    REQUIRE_FALSE(found.empty());
    ChartSession* chart = doc.chart(QStringLiteral("One area code"));
    chart->load();
    settle(doc);
    CHECK_FALSE(chart->exists());
    chart->createWith(chart::placeAround(chart->chart(), EntityId{}, found),
                      QStringLiteral("Chart the search results"));
    settle(doc);
    CHECK(chart->exists());
    REQUIRE(chart->chart().items.size() == found.size());
    chart->expand(found, {{}, {}, 0, false}, QStringLiteral("Expand"));
    settle(doc);
    CHECK(chart->chart().items.size() > found.size());
    CHECK(doc.undoStack()->count() == 2);
}
