// Leiden communities through the igraph C library (Debian's libigraph, 0.10).
#include "graph/Communities.h"

#include <algorithm>
#include <igraph.h>
#include <mutex>
#include <numeric>

namespace threadline::graph {

namespace {

// Debian builds igraph without thread-local state: its random generator and error handlers
// are global, so one call at a time.
std::mutex& igraphMutex() {
    static std::mutex mutex;
    return mutex;
}

// igraph's vectors and graph, destroyed on every path out.
struct IgraphCall {
    igraph_vector_int_t edges{};
    igraph_vector_t weights{};
    igraph_vector_t strengths{};
    igraph_vector_int_t membership{};
    igraph_t graph{};
    bool graphMade = false;

    IgraphCall(std::size_t nodes, std::size_t ties) {
        igraph_vector_int_init(&edges, igraph_integer_t(2 * ties));
        igraph_vector_init(&weights, igraph_integer_t(ties));
        igraph_vector_init(&strengths, igraph_integer_t(nodes));
        igraph_vector_int_init(&membership, igraph_integer_t(nodes));
    }
    ~IgraphCall() {
        if (graphMade)
            igraph_destroy(&graph);
        igraph_vector_int_destroy(&membership);
        igraph_vector_destroy(&strengths);
        igraph_vector_destroy(&weights);
        igraph_vector_int_destroy(&edges);
    }
    IgraphCall(const IgraphCall&) = delete;
    IgraphCall& operator=(const IgraphCall&) = delete;
};

// Community ids renumbered by size, largest first (ties by first member), so the first colours
// of a palette go to the biggest communities.
std::vector<std::uint32_t> numberedBySize(const std::vector<std::uint32_t>& raw) {
    const std::uint32_t count = raw.empty() ? 0 : *std::max_element(raw.begin(), raw.end()) + 1;
    std::vector<std::size_t> size(count, 0), first(count, raw.size());
    for (std::size_t node = 0; node < raw.size(); ++node) {
        ++size[raw[node]];
        first[raw[node]] = std::min(first[raw[node]], node);
    }
    std::vector<std::uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
    });
    std::vector<std::uint32_t> rank(count);
    for (std::uint32_t position = 0; position < count; ++position)
        rank[order[position]] = position;
    std::vector<std::uint32_t> numbered(raw.size());
    for (std::size_t node = 0; node < raw.size(); ++node)
        numbered[node] = rank[raw[node]];
    return numbered;
}

std::vector<std::uint32_t> eachAlone(std::size_t nodes) {
    std::vector<std::uint32_t> alone(nodes);
    std::iota(alone.begin(), alone.end(), 0u);
    return alone;
}

} // namespace

Communities leidenCommunities(const Network& network, TieValue weight, std::uint64_t seed) {
    const std::size_t nodes = network.nodeCount();
    const std::vector<Tie>& ties = network.ties();
    std::vector<std::uint32_t> raw = eachAlone(nodes);
    double total = 0;
    {
        std::lock_guard lock(igraphMutex());
        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
        IgraphCall call(nodes, ties.size());
        for (std::size_t index = 0; index < ties.size(); ++index) {
            // A tie of no value (a link without money, by Amount) still holds the pair together
            // a little, so that Leiden does not split what the chart draws as tied.
            const double value = std::max(tieValue(ties[index], weight), 1e-9);
            VECTOR(call.edges)[2 * index] = ties[index].a;
            VECTOR(call.edges)[2 * index + 1] = ties[index].b;
            VECTOR(call.weights)[index] = value;
            VECTOR(call.strengths)[ties[index].a] += value;
            VECTOR(call.strengths)[ties[index].b] += value;
            total += value;
        }
        call.graphMade = igraph_create(&call.graph, &call.edges, igraph_integer_t(nodes),
                                       IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS;
        igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed));
        igraph_integer_t found = 0;
        igraph_real_t quality = 0;
        // Modularity as Leiden's quality: node weights are strengths, resolution 1 / 2m.
        // A negative iteration count runs until an iteration changes nothing.
        if (call.graphMade && total > 0 &&
            igraph_community_leiden(&call.graph, &call.weights, &call.strengths, 1 / (2 * total),
                                    0.01, false, -1, &call.membership, &found,
                                    &quality) == IGRAPH_SUCCESS)
            for (std::size_t node = 0; node < nodes; ++node)
                raw[node] = std::uint32_t(VECTOR(call.membership)[node]);
    }
    Communities communities;
    communities.communityOf = numberedBySize(raw);
    communities.count =
        nodes
            ? *std::max_element(communities.communityOf.begin(), communities.communityOf.end()) + 1
            : 0;
    communities.modularity = modularity(network, communities.communityOf, weight);
    return communities;
}

} // namespace threadline::graph
