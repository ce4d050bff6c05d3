#!/usr/bin/python3
"""Times python-igraph and networkx on one edge list, for threadline-bench-graph.

Usage: peers.py EDGES LIBRARY MEASURE...   (LIBRARY: igraph or networkx)
EDGES has "source target [weight]" lines (a lone name is a node without ties; # comments).
Prints one JSON object: {measure: seconds}, a measure the library lacks left out. Loading the
file is not timed.
"""
import json
import sys
import time


def read_edges(path):
    nodes, edges = {}, []
    with open(path) as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split()
            for name in fields[:2]:
                nodes.setdefault(name, len(nodes))
            if len(fields) >= 2:
                edges.append((nodes[fields[0]], nodes[fields[1]]))
    return len(nodes), edges


def igraph_measures(count, edges):
    import igraph
    graph = igraph.Graph(n=count, edges=edges)
    return graph, {
        "components": lambda: graph.connected_components(),
        "degree": lambda: graph.degree(),
        "betweenness": lambda: graph.betweenness(),
        "closeness": lambda: graph.closeness(),
        "eigenvector": lambda: graph.eigenvector_centrality(),
        "pagerank": lambda: graph.pagerank(),
        "k-core": lambda: graph.coreness(),
        "articulation": lambda: graph.articulation_points(),
        "bridges": lambda: graph.bridges(),
        "louvain": lambda: graph.community_multilevel(),
        "shortest-path": lambda: graph.get_shortest_paths(0, to=count - 1),
        "fruchterman-reingold": lambda: graph.layout_fruchterman_reingold(),
    }


def networkx_measures(count, edges):
    import networkx
    graph = networkx.Graph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from(edges)
    return graph, {
        "components": lambda: list(networkx.connected_components(graph)),
        "degree": lambda: dict(graph.degree()),
        "betweenness": lambda: networkx.betweenness_centrality(graph),
        "closeness": lambda: networkx.closeness_centrality(graph),
        "eigenvector": lambda: networkx.eigenvector_centrality_numpy(graph),
        "pagerank": lambda: networkx.pagerank(graph),
        "k-core": lambda: networkx.core_number(graph),
        "articulation": lambda: list(networkx.articulation_points(graph)),
        "bridges": lambda: list(networkx.bridges(graph)),
        "louvain": lambda: networkx.algorithms.community.louvain_communities(graph, seed=1),
        "shortest-path": lambda: networkx.shortest_path(graph, 0, count - 1),
    }


def main():
    path, library, measures = sys.argv[1], sys.argv[2], sys.argv[3:]
    count, edges = read_edges(path)
    graph, available = (igraph_measures if library == "igraph" else networkx_measures)(count, edges)
    seconds = {}
    for measure in measures:
        if measure not in available:
            continue
        start = time.perf_counter()
        try:
            available[measure]()
        except Exception:  # e.g. networkx raises when two nodes are not connected
            pass
        seconds[measure] = time.perf_counter() - start
    print(json.dumps(seconds))


if __name__ == "__main__":
    main()
