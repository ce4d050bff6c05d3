#include "graph/ChartSession.h"

#include "case/CaseDocument.h"
#include "case/CaseEdits.h"
#include "case/CountWords.h"
#include "chart/ChartEdits.h"
#include "chart/ChartLayout.h"
#include "chart/ChartMeasures.h"
#include "chart/ChartReading.h"
#include "chart/KeyPlayers.h"
#include "graph/ChartEditCommand.h"
#include "graph/NetworkBuilder.h"
#include "graph/Paths.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"
#include "timeline/Timeline.h"

#include <QVariantAnimation>
#include <QtConcurrent/QtConcurrentRun>

namespace threadline::ui {

namespace {

// A layout animates its nodes to their places unless the chart is too big for the frames.
constexpr std::size_t kAnimatedNodes = 20000;
// Scenes of charts up to this size are rebuilt at once after an edit; bigger ones off the UI
// thread.
constexpr std::size_t kSceneBuiltInPlace = 20000;
constexpr int kAnimationMilliseconds = 450;

struct LoadedChart {
    Result<Chart> chart;
    Result<ChartContents> contents;
    std::shared_ptr<ChartScene> scene; // built on the worker: a big chart's takes a while
};

// The chart and its members, without their links: what the first frame of a big chart needs
// (its 600k links take longer to read than everything else together).
LoadedChart readChart(const store::CaseStore& store, const QString& name) {
    LoadedChart loaded{store.charts().load(name), ChartContents{}, {}};
    if (loaded.chart)
        loaded.contents = chart::readChartContents(store, name, false);
    if (loaded.chart && loaded.contents)
        loaded.scene =
            std::make_shared<ChartScene>(ChartScene::build(*loaded.chart, *loaded.contents));
    return loaded;
}

// The entities on the shortest path between the first two `entities`, or on the connecting
// network of them all, in the whole case's network.
Result<std::vector<EntityId>> connectionsOf(const store::CaseStore& store,
                                            const std::vector<EntityId>& entities,
                                            bool shortestPathOnly) {
    auto rows = store.facts().networkRows();
    if (!rows)
        return std::unexpected(rows.error());
    const graph::Network network = graph::buildNetwork(*rows);
    std::vector<graph::NodeIndex> members;
    for (EntityId entity : entities)
        if (auto node = network.nodeOfEntity(entity.value))
            members.push_back(*node);
    std::vector<graph::NodeIndex> nodes;
    if (shortestPathOnly && members.size() >= 2) {
        if (auto path = graph::shortestPath(network, members[0], members[1]))
            nodes = path->nodes;
    } else if (members.size() >= 2)
        nodes = graph::connectingNetwork(network, members).nodes;
    std::vector<EntityId> found;
    for (graph::NodeIndex node : nodes)
        found.push_back(EntityId{network.node(node).entity});
    return found;
}

// The chart's own network, from what was loaded to draw it.
bool movesOnly(const chart::ChartChange& change) {
    if (!change.groups.empty() || change.style)
        return false;
    for (const chart::ItemChange& item : change.items) {
        if (!item.before || !item.after)
            return false;
        ChartItem moved = *item.before;
        moved.x = item.after->x;
        moved.y = item.after->y;
        if (!(moved == *item.after))
            return false;
    }
    return true;
}

} // namespace

ChartSession::ChartSession(CaseDocument& document, QString name)
    : m_document(document)
    , m_name(std::move(name)) {
    m_chart.name = m_name;
    // Roles, drawn links and merges change what the chart draws of its members.
    connect(&document, &CaseDocument::changed, this, [this](const CaseChange& change) {
        if (change.what != CaseChange::What::Chart && m_loaded && m_exists)
            reloadContents(); // a chart not yet created has nothing to read
    });
    // A range brushed on the timeline: the chart shows the links active in it.
    connect(&document.timeWindow(), &TimeWindow::filterChanged, this, [this] {
        if (m_loaded && m_exists)
            reloadContents();
    });
}

ChartSession::~ChartSession() {
    m_cancelLayout = true;
}

void ChartSession::load() {
    m_complete = false;
    m_document.worker()
        .run([name = m_name](store::CaseStore& store) { return readChart(store, name); })
        .then(this, [this](LoadedChart read) {
            m_exists = bool(read.chart);
            if (!read.chart && read.chart.error().code != ErrorCode::NotFound)
                m_document.reportError(read.chart.error().toString());
            if (read.chart)
                m_chart = std::move(*read.chart);
            if (read.contents)
                m_contents = std::move(*read.contents);
            else
                m_document.reportError(read.contents.error().toString());
            m_loaded = true;
            if (read.scene)
                m_scene = std::move(*read.scene);
            else
                rebuildScene();
            Q_EMIT loaded();
            if (m_exists)
                reloadContents(); // now the links
        });
}

void ChartSession::createWith(std::vector<ChartItem> items, const QString& text) {
    if (m_exists) {
        edit(chart::addItems(m_chart, std::move(items)), text);
        return;
    }
    m_document.worker()
        .run([name = m_name](store::CaseStore& store) { return store.charts().create(name); })
        .then(this, [this, items = std::move(items), text](Result<void> created) mutable {
            if (!created) {
                m_document.reportError(created.error().toString());
                return;
            }
            m_exists = true;
            m_loaded = true;
            Q_EMIT loaded();
            edit(chart::addItems(m_chart, std::move(items)), text);
        });
}

void ChartSession::addEntities(const std::vector<EntityId>& entities, const QString& text) {
    std::vector<EntityId> newcomers;
    for (EntityId entity : entities)
        if (!chart::findItem(m_chart, entity))
            newcomers.push_back(entity);
    if (!newcomers.empty())
        createWith(chart::placeBeside(m_chart, newcomers), text);
}

void ChartSession::addKeyPlayers() {
    Q_EMIT busyChanged(tr("Finding the key players…"));
    m_document.worker()
        .run([](store::CaseStore& store) -> Result<std::vector<ChartItem>> {
            auto rows = store.facts().networkRows();
            if (!rows)
                return std::unexpected(rows.error());
            return chart::keyPlayerItems(graph::buildNetwork(*rows));
        })
        .then(this, [this](Result<std::vector<ChartItem>> items) {
            Q_EMIT busyChanged({});
            if (!items) {
                m_document.reportError(items.error().toString());
                return;
            }
            createWith(std::move(*items), tr("Chart the key players"));
        });
}

void ChartSession::edit(chart::ChartChange change, const QString& text) {
    if (change.isEmpty())
        return;
    m_document.undoStack()->push(new ChartEditCommand(*this, std::move(change), text));
}

void ChartSession::expand(std::vector<EntityId> entities, const NeighbourFilter& filter,
                          const QString& text) {
    Q_EMIT busyChanged(tr("Expanding…"));
    m_document.worker()
        .run([entities = std::move(entities), filter](store::CaseStore& store) {
            return store.facts().neighbours(entities, filter);
        })
        .then(this, [this, text](Result<std::vector<Neighbour>> neighbours) {
            Q_EMIT busyChanged({});
            if (!neighbours) {
                m_document.reportError(neighbours.error().toString());
                return;
            }
            edit(chart::expandItems(m_chart, *neighbours), text);
        });
}

void ChartSession::addConnections(std::vector<EntityId> entities, bool shortestPathOnly) {
    Q_EMIT busyChanged(tr("Finding what ties them together…"));
    m_document.worker()
        .run([entities, shortestPathOnly](store::CaseStore& store) {
            return connectionsOf(store, entities, shortestPathOnly);
        })
        .then(this, [this, entities, shortestPathOnly](Result<std::vector<EntityId>> found) {
            Q_EMIT busyChanged({});
            if (!found) {
                m_document.reportError(found.error().toString());
                return;
            }
            if (found->empty()) {
                m_document.reportError(shortestPathOnly
                                           ? tr("No chain of links ties these two in this case.")
                                           : tr("No chain of links ties these in this case."));
                return;
            }
            std::vector<EntityId> newcomers;
            for (EntityId entity : *found)
                if (!chart::findItem(m_chart, entity))
                    newcomers.push_back(entity);
            edit(chart::addItems(m_chart, chart::placeAround(m_chart, entities.front(), newcomers)),
                 shortestPathOnly ? tr("Add the shortest path") : tr("Add the connecting network"));
            Q_EMIT connectionsFound(*found);
        });
}

void ChartSession::mergeInto(EntityId survivor, EntityId absorbed, const QString& reason) {
    QUndoStack& stack = *m_document.undoStack();
    stack.beginMacro(tr("Merge two entities"));
    mergeEntities(m_document, survivor, absorbed, reason);
    edit(chart::removeItems(m_chart, {absorbed}), tr("Take the merged entity off the chart"));
    stack.endMacro();
}

void ChartSession::addPathTo(EntityId from, const QString& target) {
    m_document.worker()
        .run([target](store::CaseStore& store) -> Result<std::vector<EntityId>> {
            bool isId = false;
            const std::int64_t id = target.startsWith(u'#') ? target.mid(1).toLongLong(&isId) : 0;
            if (isId)
                return std::vector<EntityId>{EntityId{id}};
            return store.facts().entitiesNamed(target);
        })
        .then(this, [this, from, target](Result<std::vector<EntityId>> found) {
            if (!found)
                m_document.reportError(found.error().toString());
            else if (found->empty())
                m_document.reportError(tr("Nothing in this case is named “%1”.").arg(target));
            else
                addConnections({from, found->front()}, true);
        });
}

void ChartSession::startLayout(graph::LayoutAlgorithm algorithm, bool fresh) {
    if (m_layingOut)
        return;
    m_layingOut = true;
    m_cancelLayout = false;
    Q_EMIT busyChanged(tr("Laying out…"));
    m_document.worker()
        .run([name = m_name](store::CaseStore& store) {
            NetworkFilter filter;
            filter.chart = name;
            return store.facts().networkRows(filter);
        })
        .then(this, [this, algorithm, fresh](Result<NetworkRows> rows) {
            if (!rows) {
                m_layingOut = false;
                Q_EMIT busyChanged({});
                m_document.reportError(rows.error().toString());
                Q_EMIT layoutFinished(false);
                return;
            }
            auto progress = [this](std::int64_t done, std::int64_t total) {
                Q_EMIT layoutProgress(total > 0 ? int(done * 1000 / total) : 0);
                return !m_cancelLayout.load();
            };
            QtConcurrent::run([chart = m_chart, rows = std::move(*rows), algorithm, fresh,
                               progress]() {
                return chart::layoutChange(chart, graph::buildNetwork(rows), algorithm, fresh, 1,
                                           progress);
            }).then(this, [this](Result<chart::ChartChange> change) {
                m_layingOut = false;
                Q_EMIT busyChanged({});
                if (!change) {
                    if (change.error().code != ErrorCode::Cancelled)
                        m_document.reportError(change.error().toString());
                    Q_EMIT layoutFinished(false);
                    return;
                }
                animateTo(*change);
            });
        });
}

void ChartSession::animateTo(const chart::ChartChange& change) {
    auto finish = [this, change] {
        edit(change, tr("Lay out %1")
                         .arg(countOf(std::int64_t(change.items.size()), tr("item"), tr("items"))));
        Q_EMIT layoutFinished(true);
    };
    if (m_scene.nodes().size() > kAnimatedNodes || change.items.empty()) {
        finish();
        return;
    }
    struct Path {
        SceneIndex node;
        QPointF from, to;
    };
    auto paths = std::make_shared<std::vector<Path>>();
    for (const chart::ItemChange& item : change.items)
        if (auto node = m_scene.nodeOfEntity(item.entity); node && !m_scene.nodes()[*node].group)
            paths->push_back(
                {*node, {item.before->x, item.before->y}, {item.after->x, item.after->y}});
    auto* animation = new QVariantAnimation(this);
    m_animation = animation;
    animation->setDuration(kAnimationMilliseconds);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(animation, &QVariantAnimation::valueChanged, this,
            [this, paths](const QVariant& value) {
                const double t = value.toDouble();
                std::vector<std::pair<SceneIndex, QPointF>> moves;
                moves.reserve(paths->size());
                for (const Path& path : *paths)
                    moves.push_back({path.node, path.from + (path.to - path.from) * t});
                previewPositions(moves);
            });
    connect(animation, &QVariantAnimation::finished, this, finish);
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void ChartSession::previewPositions(const std::vector<std::pair<SceneIndex, QPointF>>& moves) {
    m_scene.moveNodes(moves);
    Q_EMIT sceneChanged();
}

void ChartSession::applyChange(const chart::ChartChange& change, store::EditKind kind) {
    const bool moved = movesOnly(change);
    chart::apply(m_chart, change);
    m_document.worker()
        .run([name = m_name, change, kind](store::CaseStore& store) {
            return store.charts().apply(name, change, kind);
        })
        .then(this, [this](Result<void> saved) {
            if (!saved)
                m_document.reportError(
                    tr("The chart edit could not be saved: %1").arg(saved.error().toString()));
        });
    bool unknown = false;
    for (const chart::ItemChange& item : change.items)
        unknown = unknown || (item.after && !m_contents.entities.contains(item.entity.value));
    if (moved) {
        std::vector<std::pair<SceneIndex, QPointF>> moves;
        for (const chart::ItemChange& item : change.items)
            if (auto node = m_scene.nodeOfEntity(item.entity);
                node && !m_scene.nodes()[*node].group)
                moves.push_back({*node, {item.after->x, item.after->y}});
        m_scene.moveNodes(moves);
    } else {
        if (!unknown)
            remeasure(); // first: a style that needs no measures drops them before the rebuild
        rebuildScene();
    }
    if (unknown)
        reloadContents();
    Q_EMIT sceneChanged();
    m_document.notifyChanged({CaseChange::What::Chart, m_name, {}});
}

void ChartSession::rebuildScene() {
    const int generation = ++m_building;
    if (m_chart.items.size() <= kSceneBuiltInPlace) {
        m_scene = ChartScene::build(m_chart, m_contents, m_measures);
        return;
    }
    // A big chart's scene takes a few hundred milliseconds to build: that is done off the UI
    // thread, the view drawing the last one meanwhile.
    QtConcurrent::run([chart = m_chart, contents = m_contents, measures = m_measures] {
        return std::make_shared<ChartScene>(ChartScene::build(chart, contents, measures));
    }).then(this, [this, generation](std::shared_ptr<ChartScene> scene) {
        if (generation != m_building)
            return; // edited again meanwhile: a newer scene is being built
        m_scene = std::move(*scene);
        Q_EMIT sceneChanged();
    });
}

void ChartSession::remeasure() {
    const int generation = ++m_measuring;
    if (!chart::needsMeasures(m_chart.style)) {
        m_measures = {}; // the caller rebuilds the scene
        return;
    }
    QtConcurrent::run([contents = m_contents, style = m_chart.style] {
        return chart::measureChart(chart::networkOf(contents), style);
    }).then(this, [this, generation](Result<chart::ChartMeasures> measured) {
        if (generation != m_measuring)
            return; // the chart changed again while this ran: a newer result is coming
        if (!measured) {
            m_document.reportError(measured.error().toString());
            return;
        }
        m_measures = std::move(*measured);
        rebuildScene();
        Q_EMIT sceneChanged();
    });
}

void ChartSession::reloadContents() {
    const int generation = ++m_reading;
    m_document.worker()
        .run([name = m_name, chart = m_chart, measures = m_measures,
              window = m_document.timeWindow().filter()](store::CaseStore& store) {
            const auto brushed =
                window ? std::optional(chart::LinkTimeWindow{window->from, window->to})
                       : std::nullopt;
            LoadedChart read{chart, chart::readChartContents(store, name, true, brushed), {}};
            if (read.contents)
                read.scene = std::make_shared<ChartScene>(
                    ChartScene::build(chart, *read.contents, measures));
            return read;
        })
        .then(this, [this, generation](LoadedChart read) {
            if (generation != m_reading)
                return; // the case changed again: a newer read is on its way
            if (!read.contents) {
                m_document.reportError(read.contents.error().toString());
                return;
            }
            m_contents = std::move(*read.contents);
            m_complete = true;
            remeasure();
            // The scene built on the worker is right unless the chart was edited meanwhile.
            if (read.scene && read.chart && *read.chart == m_chart)
                m_scene = std::move(*read.scene);
            else
                rebuildScene();
            Q_EMIT sceneChanged();
        });
}

} // namespace threadline::ui
