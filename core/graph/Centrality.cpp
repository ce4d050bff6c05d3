#include "graph/Centrality.h"

#include "util/Parallel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace threadline::graph {

namespace {

// One breadth-first search from a source, with the counts Brandes' accumulation needs. Reused
// across sources by one worker; only the nodes reached are reset.
struct ShortestPathCounts {
    std::vector<std::int32_t> hops;
    std::vector<double> paths;      // sigma: how many shortest paths from the source
    std::vector<double> dependency; // delta
    std::vector<NodeIndex> order;   // nodes in the order reached

    explicit ShortestPathCounts(std::size_t nodes)
        : hops(nodes, -1)
        , paths(nodes, 0)
        , dependency(nodes, 0) {}

    void search(const Adjacency& rows, NodeIndex source) {
        for (NodeIndex node : order) {
            hops[node] = -1;
            paths[node] = 0;
            dependency[node] = 0;
        }
        order.clear();
        hops[source] = 0;
        paths[source] = 1;
        order.push_back(source);
        for (std::size_t head = 0; head < order.size(); ++head) {
            const NodeIndex node = order[head];
            for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at) {
                const NodeIndex next = rows.neighbour[at];
                if (hops[next] < 0) {
                    hops[next] = hops[node] + 1;
                    order.push_back(next);
                }
                if (hops[next] == hops[node] + 1)
                    paths[next] += paths[node];
            }
        }
    }

    // Breadth-first search for hop counts alone (closeness needs no path counts). Returns the
    // sum of hops to every node reached.
    double searchHops(const Adjacency& rows, NodeIndex source) {
        for (NodeIndex node : order)
            hops[node] = -1;
        order.assign(1, source);
        hops[source] = 0;
        double total = 0;
        for (std::size_t head = 0; head < order.size(); ++head) {
            const NodeIndex node = order[head];
            total += hops[node];
            for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at)
                if (const NodeIndex next = rows.neighbour[at]; hops[next] < 0) {
                    hops[next] = hops[node] + 1;
                    order.push_back(next);
                }
        }
        return total;
    }

    // Adds each node's dependency on this source to `total` (Brandes 2001, without predecessor
    // lists: a predecessor is any neighbour one hop nearer the source).
    void accumulate(const Adjacency& rows, std::vector<double>& total) {
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const NodeIndex node = *it;
            const double share = (1 + dependency[node]) / paths[node];
            for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at) {
                const NodeIndex previous = rows.neighbour[at];
                if (hops[previous] == hops[node] - 1)
                    dependency[previous] += paths[previous] * share;
            }
            if (it + 1 != order.rend()) // every node but the source itself
                total[node] += dependency[node];
        }
    }
};

std::vector<NodeIndex> betweennessSources(std::size_t nodes, const BetweennessOptions& options) {
    std::vector<NodeIndex> sources(nodes);
    std::iota(sources.begin(), sources.end(), NodeIndex(0));
    if (options.sampleSources == 0 || options.sampleSources >= nodes)
        return sources;
    std::mt19937_64 random(options.seed);
    for (std::size_t i = 0; i < options.sampleSources; ++i) // partial Fisher-Yates
        std::swap(sources[i],
                  sources[std::uniform_int_distribution<std::size_t>(i, nodes - 1)(random)]);
    sources.resize(options.sampleSources);
    return sources;
}

std::vector<double> sumOf(const std::vector<std::vector<double>>& perWorker, std::size_t size) {
    std::vector<double> total(size, 0);
    for (const std::vector<double>& part : perWorker)
        for (std::size_t i = 0; i < size; ++i)
            total[i] += part[i];
    return total;
}

// Each tie end's weight in the order of the compressed rows; empty when every tie counts 1.
std::vector<double> rowWeights(const Network& network, TieValue weight) {
    if (weight == TieValue::Count)
        return {};
    const Adjacency& rows = network.adjacency();
    std::vector<double> weights(rows.tie.size());
    for (std::size_t at = 0; at < weights.size(); ++at)
        weights[at] = tieValue(network.tie(rows.tie[at]), weight);
    return weights;
}

// out[node] = sum over its neighbours of in[neighbour] * weight: the matrix-vector product of
// PageRank and eigenvector iterations, split over the cores for big networks.
void multiply(const Adjacency& rows, const std::vector<double>& weights,
              const std::vector<double>& in, std::vector<double>& out) {
    constexpr std::size_t kNodesPerWorker = 20000;
    runInRanges(out.size(), kNodesPerWorker, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t node = first; node < last; ++node) {
            double sum = 0;
            if (weights.empty())
                for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at)
                    sum += in[rows.neighbour[at]];
            else
                for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at)
                    sum += in[rows.neighbour[at]] * weights[at];
            out[node] = sum;
        }
    });
}

} // namespace

std::vector<double> summedTies(const Network& network, TieValue value) {
    if (value == TieValue::Count) {
        const Adjacency& rows = network.adjacency();
        std::vector<double> degrees(network.nodeCount());
        for (NodeIndex node = 0; node < degrees.size(); ++node)
            degrees[node] = rows.degree(node);
        return degrees;
    }
    std::vector<double> sums(network.nodeCount(), 0);
    for (const Tie& tie : network.ties()) {
        sums[tie.a] += tieValue(tie, value);
        sums[tie.b] += tieValue(tie, value);
    }
    return sums;
}

Result<Betweenness> betweenness(const Network& network, const BetweennessOptions& options,
                                const Progress& progress) {
    const std::size_t nodes = network.nodeCount();
    const Adjacency& rows = network.adjacency();
    const std::vector<NodeIndex> sources = betweennessSources(nodes, options);
    const std::size_t workers = parallelWorkers(sources.size());
    std::vector<std::vector<double>> totals(workers, std::vector<double>(nodes, 0));
    std::vector<ShortestPathCounts> counts(workers, ShortestPathCounts(nodes));
    auto ran = forEachInParallel(
        sources.size(),
        [&](std::size_t worker, std::size_t item) {
            counts[worker].search(rows, sources[item]);
            counts[worker].accumulate(rows, totals[worker]);
        },
        progress);
    if (!ran)
        return std::unexpected(ran.error());
    Betweenness result{sumOf(totals, nodes), sources.size(), sources.size() == nodes};
    // Each pair was counted from both ends; a sample stands for all n sources.
    const double scale = 0.5 * double(nodes) / double(std::max<std::size_t>(sources.size(), 1));
    for (double& value : result.values)
        value *= scale;
    return result;
}

std::size_t sourcesForBetweennessError(std::size_t nodes, double error, double failure) {
    if (nodes == 0 || error <= 0 || failure <= 0)
        return nodes;
    const double needed = std::log(2.0 * double(nodes) / failure) / (2 * error * error);
    return std::min(nodes, std::size_t(std::ceil(needed)));
}

Result<std::vector<double>> closeness(const Network& network, const Progress& progress) {
    const std::size_t nodes = network.nodeCount();
    const Adjacency& rows = network.adjacency();
    const std::size_t workers = parallelWorkers(nodes);
    std::vector<ShortestPathCounts> counts(workers, ShortestPathCounts(nodes));
    std::vector<double> values(nodes, 0);
    auto ran = forEachInParallel(
        nodes,
        [&](std::size_t worker, std::size_t source) {
            ShortestPathCounts& search = counts[worker];
            const double hops = search.searchHops(rows, NodeIndex(source));
            const double reached = double(search.order.size() - 1);
            if (hops > 0)
                values[source] = (reached / hops) * (reached / double(nodes - 1));
        },
        progress);
    if (!ran)
        return std::unexpected(ran.error());
    return values;
}

std::vector<double> pageRank(const Network& network, TieValue weight, double damping) {
    const std::size_t nodes = network.nodeCount();
    if (nodes == 0)
        return {};
    const Adjacency& rows = network.adjacency();
    const std::vector<double> weights = rowWeights(network, weight);
    const std::vector<double> strength = summedTies(network, weight);
    std::vector<double> rank(nodes, 1.0 / double(nodes));
    std::vector<double> share(nodes); // what each node passes along each unit of tie weight
    std::vector<double> incoming(nodes);
    constexpr int kMostIterations = 10000;
    for (int iteration = 0; iteration < kMostIterations; ++iteration) {
        double dangling = 0;
        for (NodeIndex node = 0; node < nodes; ++node) {
            share[node] = strength[node] > 0 ? rank[node] / strength[node] : 0;
            if (strength[node] <= 0)
                dangling += rank[node];
        }
        multiply(rows, weights, share, incoming);
        const double base = (1 - damping + damping * dangling) / double(nodes);
        double change = 0;
        for (NodeIndex node = 0; node < nodes; ++node) {
            const double next = base + damping * incoming[node];
            change += std::fabs(next - rank[node]);
            rank[node] = next;
        }
        if (change < 1e-13)
            break;
    }
    return rank;
}

std::vector<double> eigenvectorCentrality(const Network& network, TieValue weight) {
    const std::size_t nodes = network.nodeCount();
    const Adjacency& rows = network.adjacency();
    const std::vector<double> weights = rowWeights(network, weight);
    // Power iteration on A + I: the same eigenvectors as A, but it converges on bipartite
    // networks too, where A's two extreme eigenvalues are equal in size.
    std::vector<double> vector(nodes, 1.0 / std::sqrt(double(std::max<std::size_t>(nodes, 1))));
    std::vector<double> next(nodes);
    constexpr int kMostIterations = 100000;
    for (int iteration = 0; iteration < kMostIterations; ++iteration) {
        multiply(rows, weights, vector, next);
        for (NodeIndex node = 0; node < nodes; ++node)
            next[node] += vector[node];
        const double length =
            std::sqrt(std::inner_product(next.begin(), next.end(), next.begin(), 0.0));
        if (length <= 0)
            break;
        double change = 0;
        for (NodeIndex node = 0; node < nodes; ++node) {
            next[node] /= length;
            change += std::fabs(next[node] - vector[node]);
        }
        vector.swap(next);
        if (change < 1e-12 * double(nodes))
            break;
    }
    return vector;
}

} // namespace threadline::graph
