#include "chart/ChartScene.h"

#include <QLocale>
#include <QSet>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace threadline::chart {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using IndexPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using IndexBox = bg::model::box<IndexPoint>;
using IndexValue = std::pair<IndexPoint, SceneIndex>;

// Boost.Geometry's R*-tree over node positions, bulk-loaded (packed) on every rebuild.
struct ChartScene::Index {
    bgi::rtree<IndexValue, bgi::rstar<16>> tree;
};

namespace {

// A node sized by a measure grows up to 2.5 times across: bigger ones covered their neighbours.
constexpr double kLargestExtraSize = 1.5;

// Words for a type of link. Links that happen (calls, payments) are counted: "14 calls".
// Links that state a relation (a person uses a phone) read as the relation: "uses".
struct LinkWords {
    QString one;
    QString many;
    bool counted = true;
};

LinkWords linkWords(const QString& type) {
    static const QHash<QString, LinkWords> words{
        {QStringLiteral("called"), {QStringLiteral("call"), QStringLiteral("calls")}},
        {QStringLiteral("texted"), {QStringLiteral("text"), QStringLiteral("texts")}},
        {QStringLiteral("messaged"), {QStringLiteral("message"), QStringLiteral("messages")}},
        {QStringLiteral("e-mailed"), {QStringLiteral("e-mail"), QStringLiteral("e-mails")}},
        {QStringLiteral("paid"), {QStringLiteral("payment"), QStringLiteral("payments")}},
        {QStringLiteral("lists"), {QStringLiteral("listing"), QStringLiteral("listings")}},
        {QStringLiteral("uses"), {QStringLiteral("uses"), {}, false}},
        {QStringLiteral("in-contacts-of"), {QStringLiteral("in contacts"), {}, false}},
        {QStringLiteral("same-photo"), {QStringLiteral("same photo"), {}, false}},
        {QStringLiteral("uses-template"), {QStringLiteral("same template"), {}, false}},
    };
    const auto found = words.constFind(type);
    if (found != words.cend())
        return *found;
    // An analyst's link ("associate-of", "launders-for") reads as its own words.
    return {QString(type).replace(u'-', u' '), {}, false};
}

QString describeTotals(const LinkTotals& totals) {
    const LinkWords words = linkWords(totals.type);
    QString text =
        words.counted
            ? QStringLiteral("%1 %2")
                  .arg(totals.count)
                  .arg(totals.count == 1 ? words.one : words.many)
            : (totals.count == 1 ? words.one
                                 : QStringLiteral("%1 ×%2").arg(words.one).arg(totals.count));
    const QLocale locale(QLocale::English);
    if (totals.seconds >= 60)
        text += QStringLiteral(", %1 min").arg(locale.toString(qRound64(totals.seconds / 60)));
    else if (totals.seconds > 0)
        text += QStringLiteral(", %1 s").arg(qRound64(totals.seconds));
    if (totals.amount > 0)
        text += QStringLiteral(", %1%2").arg(locale.toString(qRound64(totals.amount)),
                                             totals.currency.isEmpty() ? QString()
                                                                       : u' ' + totals.currency);
    return text;
}

void addToTotals(std::vector<LinkTotals>& totals, const NetworkLinkRow& link) {
    auto found = std::find_if(totals.begin(), totals.end(),
                              [&](const LinkTotals& each) { return each.type == link.type; });
    if (found == totals.end()) {
        totals.push_back({link.type, 0, 0, 0, link.currency});
        found = totals.end() - 1;
    }
    ++found->count;
    found->amount += link.amount;
    found->seconds += link.seconds;
    if (found->currency != link.currency)
        found->currency.clear();
}

std::uint64_t pairKey(SceneIndex a, SceneIndex b) {
    return (std::uint64_t(std::min(a, b)) << 32) | std::max(a, b);
}

// The colour chart.style gives an entity: 0 for its type's own colour.
QRgb styledColour(const ChartStyle& style, const ChartEntityInfo& info, EntityId entity,
                  const chart::ChartMeasures& measures) {
    if (style.colourBy == QLatin1String("community") && !measures.community.isEmpty())
        return communityColour(measures.community.value(entity.value, -1)).rgba();
    if (style.colourBy == QLatin1String("role"))
        return (info.roles.isEmpty() ? noRoleColour() : roleColour(info.roles.front())).rgba();
    return 0;
}

// Nodes for the chart's shown items: one per entity outside groups, one per group.
void addNodes(const Chart& chart, const ChartContents& contents,
              const chart::ChartMeasures& measures, std::vector<SceneNode>& nodes,
              QHash<std::int64_t, SceneIndex>& nodeOfEntity,
              QHash<std::int64_t, std::vector<EntityId>>& members) {
    QHash<std::int64_t, SceneIndex> nodeOfGroup;
    for (const ChartGroup& group : chart.groups) {
        nodeOfGroup.insert(group.id, SceneIndex(nodes.size()));
        SceneNode node;
        node.group = group.id;
        node.position = {group.x, group.y};
        node.kind = EntityKind::Group;
        node.label = group.label;
        nodes.push_back(node);
    }
    for (const ChartItem& item : chart.items) {
        if (item.hidden)
            continue;
        if (item.group && nodeOfGroup.contains(item.group)) {
            nodeOfEntity.insert(item.entity.value, nodeOfGroup.value(item.group));
            members[item.group].push_back(item.entity);
            continue;
        }
        const ChartEntityInfo info = contents.entities.value(item.entity.value);
        SceneNode node;
        node.entity = item.entity;
        node.position = {item.x, item.y};
        node.kind = entityKindOf(info.type);
        node.pinned = item.pinned;
        node.label =
            info.label.isEmpty() ? QStringLiteral("#%1").arg(item.entity.value) : info.label;
        node.roles = info.roles;
        node.size = float(1 + kLargestExtraSize * measures.size.value(item.entity.value, 0));
        node.colour = styledColour(chart.style, info, item.entity, measures);
        nodeOfEntity.insert(item.entity.value, SceneIndex(nodes.size()));
        nodes.push_back(std::move(node));
    }
    for (auto group = nodeOfGroup.cbegin(); group != nodeOfGroup.cend(); ++group)
        nodes[*group].label += QStringLiteral(" (%1)").arg(members.value(group.key()).size());
}

// The most numerous type first.
void sortByCount(std::vector<LinkTotals>& totals) {
    std::stable_sort(totals.begin(), totals.end(),
                     [](const LinkTotals& a, const LinkTotals& b) { return a.count > b.count; });
}

} // namespace

QString describeLinks(std::vector<LinkTotals> totals) {
    sortByCount(totals);
    QStringList parts;
    for (std::size_t type = 0; type < totals.size() && type < 2; ++type)
        parts.append(describeTotals(totals[type]));
    if (totals.size() > 2)
        parts.append(QStringLiteral("and %1 more").arg(totals.size() - 2));
    return parts.join(QStringLiteral(", "));
}

ChartScene::ChartScene()
    : m_index(std::make_unique<Index>()) {}
ChartScene::~ChartScene() = default;
ChartScene::ChartScene(ChartScene&&) noexcept = default;
ChartScene& ChartScene::operator=(ChartScene&&) noexcept = default;

ChartScene ChartScene::build(const Chart& chart, const ChartContents& contents,
                             const chart::ChartMeasures& measures) {
    ChartScene scene;
    addNodes(chart, contents, measures, scene.m_nodes, scene.m_nodeOfEntity, scene.m_groupMembers);
    scene.m_links = contents.links;
    const std::vector<NetworkLinkRow>& links = *contents.links;
    QHash<std::uint64_t, SceneIndex> tieOfPair;
    tieOfPair.reserve(qsizetype(links.size()));
    std::vector<SceneIndex> tieOfLink(links.size(), std::numeric_limits<SceneIndex>::max());
    for (std::size_t index = 0; index < links.size(); ++index) {
        const NetworkLinkRow& link = links[index];
        const auto from = scene.m_nodeOfEntity.constFind(link.from);
        const auto to = scene.m_nodeOfEntity.constFind(link.to);
        if (from == scene.m_nodeOfEntity.cend() || to == scene.m_nodeOfEntity.cend() ||
            *from == *to)
            continue;
        auto tie = tieOfPair.find(pairKey(*from, *to));
        if (tie == tieOfPair.end()) {
            tie = tieOfPair.insert(pairKey(*from, *to), SceneIndex(scene.m_ties.size()));
            scene.m_ties.push_back({std::min(*from, *to), std::max(*from, *to)});
        }
        SceneTie& drawn = scene.m_ties[*tie];
        ++drawn.links;
        if (link.directed)
            (*from == drawn.a ? drawn.towardsB : drawn.towardsA) = true;
        tieOfLink[index] = *tie;
    }
    // Links grouped by tie (a counting sort), so a label reads only its own.
    scene.m_tieOffset.assign(scene.m_ties.size() + 1, 0);
    for (std::size_t tie = 0; tie < scene.m_ties.size(); ++tie)
        scene.m_tieOffset[tie + 1] =
            scene.m_tieOffset[tie] + std::uint32_t(scene.m_ties[tie].links);
    scene.m_tieLinks.resize(scene.m_tieOffset.back());
    std::vector<std::uint32_t> next(scene.m_tieOffset.begin(), scene.m_tieOffset.end() - 1);
    for (std::size_t index = 0; index < links.size(); ++index)
        if (tieOfLink[index] != std::numeric_limits<SceneIndex>::max())
            scene.m_tieLinks[next[tieOfLink[index]]++] = std::uint32_t(index);
    scene.countTies();
    scene.rebuildIndex();
    return scene;
}

std::vector<LinkTotals> ChartScene::tieTotals(SceneIndex tie) const {
    std::vector<LinkTotals> totals;
    if (m_links && tie + 1 < m_tieOffset.size())
        for (std::uint32_t at = m_tieOffset[tie]; at < m_tieOffset[tie + 1]; ++at)
            addToTotals(totals, (*m_links)[m_tieLinks[at]]);
    return totals;
}

std::vector<LinkId> ChartScene::linksOf(SceneIndex tie) const {
    std::vector<LinkId> links;
    if (m_links && tie + 1 < m_tieOffset.size())
        for (std::uint32_t at = m_tieOffset[tie]; at < m_tieOffset[tie + 1]; ++at)
            links.push_back(LinkId{(*m_links)[m_tieLinks[at]].id});
    return links;
}

std::vector<SceneIndex> ChartScene::tiesOf(const std::vector<LinkId>& links) const {
    std::vector<SceneIndex> ties;
    if (!m_links || links.empty())
        return ties;
    QSet<std::int64_t> wanted;
    for (LinkId link : links)
        wanted.insert(link.value);
    for (SceneIndex tie = 0; tie + 1 < m_tieOffset.size(); ++tie)
        for (std::uint32_t at = m_tieOffset[tie]; at < m_tieOffset[tie + 1]; ++at)
            if (wanted.contains((*m_links)[m_tieLinks[at]].id)) {
                ties.push_back(tie);
                break;
            }
    return ties;
}

QString ChartScene::tieLabel(SceneIndex tie) const {
    return describeLinks(tieTotals(tie));
}

QString ChartScene::tieDetails(SceneIndex tie) const {
    QStringList lines{
        QStringLiteral("%1 — %2").arg(m_nodes[m_ties[tie].a].label, m_nodes[m_ties[tie].b].label)};
    std::vector<LinkTotals> totals = tieTotals(tie);
    sortByCount(totals);
    for (const LinkTotals& each : totals)
        lines.append(describeTotals(each));
    return lines.join(u'\n');
}

std::optional<SceneIndex> ChartScene::tieAt(QPointF point, double radius) const {
    std::optional<SceneIndex> nearest;
    double best = radius * radius;
    for (SceneIndex tie = 0; tie < m_ties.size(); ++tie) {
        const QPointF a = m_nodes[m_ties[tie].a].position, b = m_nodes[m_ties[tie].b].position;
        if (point.x() < std::min(a.x(), b.x()) - radius ||
            point.x() > std::max(a.x(), b.x()) + radius ||
            point.y() < std::min(a.y(), b.y()) - radius ||
            point.y() > std::max(a.y(), b.y()) + radius)
            continue;
        const QPointF along = b - a;
        const double length = QPointF::dotProduct(along, along);
        const double t =
            length > 0 ? std::clamp(QPointF::dotProduct(point - a, along) / length, 0.0, 1.0) : 0;
        const QPointF off = point - (a + along * t);
        if (const double distance = QPointF::dotProduct(off, off); distance <= best) {
            best = distance;
            nearest = tie;
        }
    }
    return nearest;
}

ChartScene ChartScene::fromParts(std::vector<SceneNode> nodes, std::vector<SceneTie> ties) {
    ChartScene scene;
    scene.m_nodes = std::move(nodes);
    scene.m_ties = std::move(ties);
    for (SceneIndex node = 0; node < scene.m_nodes.size(); ++node)
        if (scene.m_nodes[node].entity.isValid())
            scene.m_nodeOfEntity.insert(scene.m_nodes[node].entity.value, node);
    scene.countTies();
    scene.rebuildIndex();
    return scene;
}

std::optional<SceneIndex> ChartScene::nodeOfEntity(EntityId entity) const {
    const auto found = m_nodeOfEntity.constFind(entity.value);
    if (found == m_nodeOfEntity.cend())
        return std::nullopt;
    return *found;
}

std::vector<EntityId> ChartScene::entitiesOf(SceneIndex node) const {
    const SceneNode& drawn = m_nodes[node];
    if (drawn.group)
        return m_groupMembers.value(drawn.group);
    return {drawn.entity};
}

std::optional<SceneIndex> ChartScene::nodeAt(QPointF point, double radius) const {
    const IndexPoint at(point.x(), point.y());
    for (auto hit = m_index->tree.qbegin(bgi::nearest(at, 1)); hit != m_index->tree.qend(); ++hit)
        if (bg::distance(hit->first, at) <= radius)
            return hit->second;
    return std::nullopt;
}

std::vector<SceneIndex> ChartScene::nodesIn(const QRectF& area) const {
    const IndexBox box(IndexPoint(area.left(), area.top()),
                       IndexPoint(area.right(), area.bottom()));
    std::vector<SceneIndex> found;
    for (auto hit = m_index->tree.qbegin(bgi::intersects(box)); hit != m_index->tree.qend(); ++hit)
        found.push_back(hit->second);
    std::sort(found.begin(), found.end());
    return found;
}

void ChartScene::moveNodes(const std::vector<std::pair<SceneIndex, QPointF>>& moves) {
    for (const auto& [node, position] : moves)
        if (node < m_nodes.size()) // a drag begun on a scene rebuilt since
            m_nodes[node].position = position;
    rebuildIndex();
}

void ChartScene::countTies() {
    for (const SceneTie& tie : m_ties) {
        ++m_nodes[tie.a].ties;
        ++m_nodes[tie.b].ties;
    }
}

void ChartScene::rebuildIndex() {
    std::vector<IndexValue> values;
    values.reserve(m_nodes.size());
    double left = 0, top = 0, right = 0, bottom = 0;
    for (SceneIndex node = 0; node < m_nodes.size(); ++node) {
        const QPointF at = m_nodes[node].position;
        values.push_back({IndexPoint(at.x(), at.y()), node});
        left = node ? std::min(left, at.x()) : at.x();
        right = node ? std::max(right, at.x()) : at.x();
        top = node ? std::min(top, at.y()) : at.y();
        bottom = node ? std::max(bottom, at.y()) : at.y();
    }
    m_bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    m_index->tree = bgi::rtree<IndexValue, bgi::rstar<16>>(values.begin(), values.end());
}

} // namespace threadline::chart
