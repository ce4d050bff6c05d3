#!/usr/bin/env bash
# Runs Threadline's network analytics and layouts side by side with python-igraph, networkx
# and graphviz sfdp on Barabasi-Albert graphs (1k, 10k, 100k nodes, 3 ties per node) and the
# yeast protein network, and prints one table of times and ratios. Takes about ten minutes,
# mostly networkx's all-pairs measures and sfdp on 100k nodes; pass --quick to skip networkx's
# betweenness and closeness, or a list of sizes ("1000,10000") to run fewer graphs.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target threadline-bench-graph
exec build/release/bin/threadline-bench-graph "$@"
