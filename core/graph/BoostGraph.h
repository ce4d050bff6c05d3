#pragma once

// The Boost.Graph type behind a Network. Only files in core/graph include this: vertex and edge
// descriptors never leave the folder (the rest of Threadline speaks NodeIndex and entity ids).

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>

namespace threadline::graph {

// Vertex i is NodeIndex i; each edge carries its TieIndex as its edge_index.
using BoostGraphBase =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_index_t, std::size_t>>;

struct BoostGraph : BoostGraphBase {
    using BoostGraphBase::BoostGraphBase;
};

} // namespace threadline::graph
