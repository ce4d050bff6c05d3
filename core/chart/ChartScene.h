#pragma once

#include "chart/ChartMeasures.h"
#include "chart/EntityStyle.h"
#include "model/CaseContents.h"
#include "model/Chart.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace threadline::chart {

// What the chart needs to know of an entity on it, read from the store off the UI thread.
struct ChartEntityInfo {
    QString type;
    QString label;
    QStringList roles; // marked roles: drawn as badges
};

// The entities of a chart and every link among them, as loaded for drawing. The links are
// shared with the scenes built from them (which word a tie's links only when it is drawn).
struct ChartContents {
    QHash<std::int64_t, ChartEntityInfo> entities;
    std::shared_ptr<const std::vector<NetworkLinkRow>> links =
        std::make_shared<const std::vector<NetworkLinkRow>>();
};

using SceneIndex = std::uint32_t;

// One node as drawn: an entity, or a group of them.
struct SceneNode {
    EntityId entity;        // invalid for a group
    std::int64_t group = 0; // the group this node draws, 0 for an entity
    QPointF position;       // chart units
    EntityKind kind = EntityKind::Entity;
    bool pinned = false;
    float size = 1;         // relative: 1 is the normal size, sized by a measure up to 2.5
    QString label;          // "+1 602 555 0142", "Ring (4)"
    QStringList roles;      // "victim", "controller" ...
    QRgb colour = 0;        // 0: the kind's colour
    std::uint32_t ties = 0; // how many ties it has on the chart (labels go to hubs first)
};

// All links between two nodes, drawn as one line with their count and summary.
struct SceneTie {
    SceneIndex a = 0;
    SceneIndex b = 0;
    int links = 0;
    bool towardsB = false; // some directed link goes a -> b
    bool towardsA = false;
};

// The links of one type in a tie, summed.
struct LinkTotals {
    QString type;
    int count = 0;
    double amount = 0;
    double seconds = 0;
    QString currency; // empty when none or mixed
};

// A chart as drawn: nodes and ties in chart units, with a spatial index for picking. A value
// built from the chart and its contents on any thread; views keep it and redraw from it.
class ChartScene {
public:
    ChartScene();
    ~ChartScene();
    ChartScene(ChartScene&&) noexcept;
    ChartScene& operator=(ChartScene&&) noexcept;

    // Nodes are sized and coloured as chart.style says, from `measures` (measureChart); without
    // them, every node has the normal size and its type's colour.
    static ChartScene build(const Chart& chart, const ChartContents& contents,
                            const chart::ChartMeasures& measures = {});
    // A scene of the given nodes and ties as they are (benchmarks, tests).
    static ChartScene fromParts(std::vector<SceneNode> nodes, std::vector<SceneTie> ties);

    const std::vector<SceneNode>& nodes() const { return m_nodes; }
    const std::vector<SceneTie>& ties() const { return m_ties; }
    QRectF bounds() const { return m_bounds; }
    // The node of an entity (its group's node when grouped), if drawn.
    std::optional<SceneIndex> nodeOfEntity(EntityId entity) const;
    // The entities a node stands for: one, or a group's members.
    std::vector<EntityId> entitiesOf(SceneIndex node) const;
    // The links a tie sums in words: "14 calls, 52 min", "6 payments, 54,300 USD". Worded when
    // asked (only ties in a close view are labelled), so building a scene of 300k ties stays
    // cheap.
    QString tieLabel(SceneIndex tie) const;
    // Every link type a tie sums, a line each, under the names of its two ends: what a tie's
    // count stands for, shown when the pointer rests on it.
    QString tieDetails(SceneIndex tie) const;
    // The links a tie sums, in link order (none for a scene built without links).
    std::vector<LinkId> linksOf(SceneIndex tie) const;
    // The ties summing any of `links` (a selection made in the links table).
    std::vector<SceneIndex> tiesOf(const std::vector<LinkId>& links) const;
    // The tie passing within `radius` of `point` (chart units), the nearest, if any.
    std::optional<SceneIndex> tieAt(QPointF point, double radius) const;

    // The node nearest to `point` within `radius` (chart units), if any.
    std::optional<SceneIndex> nodeAt(QPointF point, double radius) const;
    std::vector<SceneIndex> nodesIn(const QRectF& area) const;
    // Moves nodes (a drag in progress, a layout animating) and keeps the index in step.
    void moveNodes(const std::vector<std::pair<SceneIndex, QPointF>>& moves);

private:
    void rebuildIndex();
    void countTies();
    // The links of a tie summed by type, in link order (empty for a scene without links).
    std::vector<LinkTotals> tieTotals(SceneIndex tie) const;

    std::vector<SceneNode> m_nodes;
    std::vector<SceneTie> m_ties;
    // The links of tie t are m_links[m_tieLinks[m_tieOffset[t] .. m_tieOffset[t + 1])].
    std::shared_ptr<const std::vector<NetworkLinkRow>> m_links;
    std::vector<std::uint32_t> m_tieOffset;
    std::vector<std::uint32_t> m_tieLinks;
    QHash<std::int64_t, SceneIndex> m_nodeOfEntity;
    QHash<std::int64_t, std::vector<EntityId>> m_groupMembers;
    QRectF m_bounds;
    struct Index;
    std::unique_ptr<Index> m_index;
};

// "14 calls, 52 min", "6 payments, 54,300 USD", "3 lists": the links of a tie in words, most
// numerous type first, at most two types ("and 2 more").
QString describeLinks(std::vector<LinkTotals> totals);

} // namespace threadline::chart
