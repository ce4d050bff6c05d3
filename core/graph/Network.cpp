#include "graph/Network.h"

#include "graph/BoostGraph.h"

#include <QHash>

#include <numeric>

namespace threadline::graph {

struct Network::Data {
    std::vector<Node> nodes;
    std::vector<Tie> ties;
    QHash<std::int64_t, NodeIndex> nodeOfEntity;
    QHash<std::uint64_t, TieIndex> tieOfPair;
    mutable std::optional<Adjacency> adjacency;
    mutable std::optional<BoostGraph> boost;

    void changed() {
        adjacency.reset();
        boost.reset();
    }
};

namespace {

std::uint64_t pairKey(NodeIndex a, NodeIndex b) {
    return (std::uint64_t(a) << 32) | b;
}

Adjacency compressedRows(std::size_t nodeCount, const std::vector<Tie>& ties) {
    Adjacency rows;
    rows.offset.assign(nodeCount + 1, 0);
    for (const Tie& tie : ties) {
        ++rows.offset[tie.a + 1];
        ++rows.offset[tie.b + 1];
    }
    std::partial_sum(rows.offset.begin(), rows.offset.end(), rows.offset.begin());
    rows.neighbour.resize(ties.size() * 2);
    rows.tie.resize(ties.size() * 2);
    std::vector<std::uint32_t> next(rows.offset.begin(), rows.offset.end() - 1);
    for (TieIndex index = 0; index < ties.size(); ++index) {
        const Tie& tie = ties[index];
        rows.neighbour[next[tie.a]] = tie.b;
        rows.tie[next[tie.a]++] = index;
        rows.neighbour[next[tie.b]] = tie.a;
        rows.tie[next[tie.b]++] = index;
    }
    return rows;
}

} // namespace

double tieValue(const Tie& tie, TieValue value) {
    switch (value) {
    case TieValue::Count:
        return 1;
    case TieValue::Weight:
        return tie.weight;
    case TieValue::Links:
        return tie.links;
    case TieValue::Amount:
        return tie.amount;
    case TieValue::Seconds:
        return tie.seconds;
    }
    return 0;
}

Network::Network()
    : d(std::make_unique<Data>()) {}
Network::~Network() = default;
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;

NodeIndex Network::addNode(Node node) {
    if (node.entity != 0)
        if (const auto known = d->nodeOfEntity.constFind(node.entity);
            known != d->nodeOfEntity.constEnd())
            return *known;
    const auto index = NodeIndex(d->nodes.size());
    if (node.entity != 0)
        d->nodeOfEntity.insert(node.entity, index);
    d->nodes.push_back(std::move(node));
    d->changed();
    return index;
}

void Network::addLink(NodeIndex from, NodeIndex to, const LinkValue& value, bool directed) {
    if (from == to)
        return;
    Tie tie{
        std::min(from, to), std::max(from, to), value.weight, value.amount, value.seconds, 1, 0, 0};
    if (directed)
        ++(from == tie.a ? tie.forward : tie.backward);
    addTie(tie);
}

void Network::addTie(const Tie& tie) {
    if (tie.a == tie.b)
        return;
    const NodeIndex a = std::min(tie.a, tie.b);
    const NodeIndex b = std::max(tie.a, tie.b);
    auto slot = d->tieOfPair.constFind(pairKey(a, b));
    if (slot == d->tieOfPair.constEnd()) {
        slot = d->tieOfPair.insert(pairKey(a, b), TieIndex(d->ties.size()));
        d->ties.push_back(Tie{a, b, 0, 0, 0, 0, 0, 0});
        d->changed();
    }
    Tie& sum = d->ties[*slot];
    sum.weight += tie.weight;
    sum.amount += tie.amount;
    sum.seconds += tie.seconds;
    sum.links += tie.links;
    sum.forward += a == tie.a ? tie.forward : tie.backward;
    sum.backward += a == tie.a ? tie.backward : tie.forward;
}

std::size_t Network::nodeCount() const {
    return d->nodes.size();
}

std::size_t Network::tieCount() const {
    return d->ties.size();
}

const Node& Network::node(NodeIndex index) const {
    return d->nodes[index];
}

const Tie& Network::tie(TieIndex index) const {
    return d->ties[index];
}

const std::vector<Tie>& Network::ties() const {
    return d->ties;
}

std::optional<NodeIndex> Network::nodeOfEntity(std::int64_t entity) const {
    if (const auto known = d->nodeOfEntity.constFind(entity); known != d->nodeOfEntity.constEnd())
        return *known;
    return std::nullopt;
}

std::optional<TieIndex> Network::tieBetween(NodeIndex a, NodeIndex b) const {
    const auto known = d->tieOfPair.constFind(pairKey(std::min(a, b), std::max(a, b)));
    if (known == d->tieOfPair.constEnd())
        return std::nullopt;
    return *known;
}

const Adjacency& Network::adjacency() const {
    if (!d->adjacency)
        d->adjacency = compressedRows(d->nodes.size(), d->ties);
    return *d->adjacency;
}

void Network::prepare() const {
    adjacency();
    boostGraph();
}

const BoostGraph& Network::boostGraph() const {
    if (!d->boost) {
        d->boost.emplace(d->nodes.size());
        for (TieIndex index = 0; index < d->ties.size(); ++index)
            boost::add_edge(d->ties[index].a, d->ties[index].b, std::size_t(index), *d->boost);
    }
    return *d->boost;
}

} // namespace threadline::graph
