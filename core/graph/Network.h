#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace threadline::graph {

struct BoostGraph; // the Boost.Graph adjacency_list behind a Network; see BoostGraph.h

// A node's position in a Network: 0 .. nodeCount()-1, dense, stable while the network lives.
using NodeIndex = std::uint32_t;
// A tie's position in a Network: 0 .. tieCount()-1.
using TieIndex = std::uint32_t;

// An entity on the network.
struct Node {
    std::int64_t entity = 0;
    QString type;
    QString label;
};

// What one link contributes to the tie between its two ends.
struct LinkValue {
    double weight = 1;  // the link's own weight (call count, payment amount, ...)
    double amount = 0;  // money moved along the link
    double seconds = 0; // call time
};

// Every link between two nodes, in either direction, summed: the unit the analytics work on.
// Analytics treat ties as undirected; `forward`/`backward` keep the directions for flow layouts.
struct Tie {
    NodeIndex a = 0; // the smaller node index
    NodeIndex b = 0;
    double weight = 0;
    double amount = 0;
    double seconds = 0;
    int links = 0;
    int forward = 0;  // directed links a -> b
    int backward = 0; // directed links b -> a
};

// What a tie counts for when summing ties or weighing them in an analysis.
enum class TieValue {
    Count,   // 1 per tie: the plain, unweighted network
    Weight,  // summed link weights (as the importers set them: call counts, amounts, ...)
    Links,   // how many links the tie holds: comparable across link types
    Amount,  // money moved
    Seconds, // call time
};

double tieValue(const Tie& tie, TieValue value);

// The neighbours of every node in compressed rows: neighbours of n are
// neighbour[offset[n] .. offset[n+1]), reached over tie[...] — the form the hot loops read.
struct Adjacency {
    std::vector<std::uint32_t> offset;
    std::vector<NodeIndex> neighbour;
    std::vector<TieIndex> tie;

    std::uint32_t degree(NodeIndex node) const { return offset[node + 1] - offset[node]; }
};

// The network of a case, a chart or a filter: entities as nodes, links summed into ties, over a
// Boost.Graph adjacency_list (undirected, no self-loops, one edge per tie).
class Network {
public:
    Network();
    ~Network();
    Network(Network&&) noexcept;
    Network& operator=(Network&&) noexcept;

    // The node of `node.entity`, added if new (entity 0 always adds a node).
    NodeIndex addNode(Node node);
    // Adds a link's value to the tie between two nodes; a link from a node to itself is ignored
    // (it ties nothing together).
    void addLink(NodeIndex from, NodeIndex to, const LinkValue& value, bool directed = false);
    // Adds everything `tie` sums to the tie between its ends (copying ties between networks).
    void addTie(const Tie& tie);

    std::size_t nodeCount() const;
    std::size_t tieCount() const;
    const Node& node(NodeIndex index) const;
    const Tie& tie(TieIndex index) const;
    const std::vector<Tie>& ties() const;
    std::optional<NodeIndex> nodeOfEntity(std::int64_t entity) const;
    std::optional<TieIndex> tieBetween(NodeIndex a, NodeIndex b) const;

    // Built on first use after a change.
    const Adjacency& adjacency() const;
    // Builds the adjacency rows and the Boost graph now rather than on first use: before
    // several threads read the network, or before timing an analysis.
    void prepare() const;
    const BoostGraph& boostGraph() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace threadline::graph
