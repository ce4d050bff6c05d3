"""The interchange benchmark's peer: networkx writing and reading the same graph.

    /usr/bin/python3 networkx_peer.py graphml FILE OUT
    /usr/bin/python3 networkx_peer.py gexf GRAPHML OUT

GraphML: reads FILE (ours) and writes it to OUT. GEXF: Debian 12's networkx (2.8) reads only GEXF
1.1draft and 1.2draft, not the 1.3 we write, so it loads the same graph from our GraphML (not
timed), writes its own GEXF to OUT and reads that back. Prints JSON {"read": s, "write": s}.
"""
import json
import sys
import time

import networkx as nx


def timed(action, *arguments):
    start = time.perf_counter()
    result = action(*arguments)
    return result, time.perf_counter() - start


def main():
    kind, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
    if kind == "graphml":
        graph, read_seconds = timed(nx.read_graphml, path)
        _, write_seconds = timed(nx.write_graphml, graph, out)
    else:
        graph = nx.read_graphml(path)
        _, write_seconds = timed(nx.write_gexf, graph, out)
        graph, read_seconds = timed(nx.read_gexf, out)
    print(json.dumps({"read": read_seconds, "write": write_seconds,
                      "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}))


if __name__ == "__main__":
    main()
