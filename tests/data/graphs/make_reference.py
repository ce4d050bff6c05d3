#!/usr/bin/python3
"""Writes the graph fixtures and the reference values the core graph tests check against.

Run with Debian's python3 (python3-networkx, python3-igraph, python3-scipy), from this folder:
    /usr/bin/python3 make_reference.py ../../../../shared/data/gexf
Each graph becomes NAME.edges ("source target weight" per line, undirected, no self-loops,
parallel edges summed into the weight) and NAME.reference.json with the peers' values, all on
the unweighted simple graph unless the key says "weighted".
"""
import json
import sys

import igraph
import networkx as nx


def simple_graph(multigraph):
    graph = nx.Graph()
    graph.add_nodes_from(str(node) for node in multigraph.nodes())
    for u, v, data in multigraph.edges(data=True):
        u, v = str(u), str(v)
        if u == v:
            continue
        weight = float(data.get("weight", 1.0))
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += weight
        else:
            graph.add_edge(u, v, weight=weight)
    return graph


def louvain_modularity(graph):
    nodes = list(graph.nodes())
    index = {node: i for i, node in enumerate(nodes)}
    peer = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()])
    return max(peer.community_multilevel().modularity for _ in range(5))


def rounded(values):
    return {str(node): round(float(value), 12) for node, value in values.items()}


def reference(graph, connected_eigenvector):
    unweighted = nx.Graph(graph.edges())
    unweighted.add_nodes_from(graph.nodes())
    values = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "components": nx.number_connected_components(graph),
        "largest_component": max(len(c) for c in nx.connected_components(graph)),
        "degree": {node: d for node, d in graph.degree()},
        "weighted_degree": rounded(dict(graph.degree(weight="weight"))),
        "betweenness": rounded(nx.betweenness_centrality(unweighted, normalized=False)),
        "closeness": rounded(nx.closeness_centrality(unweighted, wf_improved=True)),
        "pagerank": rounded(nx.pagerank(unweighted, alpha=0.85, tol=1e-14, max_iter=100000)),
        "weighted_pagerank": rounded(
            nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)),
        "core_number": nx.core_number(unweighted),
        "articulation_points": sorted(nx.articulation_points(unweighted)),
        "bridges": sorted(sorted(edge) for edge in nx.bridges(unweighted)),
        "louvain_modularity": louvain_modularity(graph),
    }
    if connected_eigenvector:
        values["eigenvector"] = rounded(nx.eigenvector_centrality_numpy(unweighted))
    return values


def write(name, graph, connected_eigenvector):
    with open(f"{name}.edges", "w") as edges:
        edges.write(f"# {name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges\n")
        for node in graph.nodes():
            if graph.degree(node) == 0:
                edges.write(f"{node}\n")
        for u, v, data in graph.edges(data=True):
            edges.write(f"{u} {v} {data['weight']:g}\n")
    with open(f"{name}.reference.json", "w") as out:
        json.dump(reference(graph, connected_eigenvector), out, indent=1, sort_keys=True)


def main():
    gexf = sys.argv[1]
    karate = simple_graph(nx.karate_club_graph())
    write("karate", karate, True)
    write("les_miserables", simple_graph(nx.read_gexf(f"{gexf}/les_miserables.gexf")), True)
    write("celegans", simple_graph(nx.read_gexf(f"{gexf}/celegans.gexf")), False)
    write("yeast", simple_graph(nx.read_gexf(f"{gexf}/yeast.gexf")), False)


if __name__ == "__main__":
    main()
