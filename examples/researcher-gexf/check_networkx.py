"""Recompute ecolens' metrics with networkx from a GEXF that carries them as node attributes.

Usage: python3 check_networkx.py network-with-metrics.gexf  -> JSON report on stdout.

The graph structure is taken from the file; the metric attributes ecolens wrote are only read
for comparison, never fed into networkx. Conventions follow docs/metrics.md ("Compare with"):
betweenness and distances unweighted, PageRank 0.85 (unweighted and weight = strength),
eigenvector with weights ignored, structural holes unweighted. Tolerance as in
data/reference/cases: |a - b| <= 1e-6 * max(1, |b|).
"""

import json
import sys

import networkx as nx

TOL = 1e-6


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOL * max(1.0, abs(b))


def main(path):
    G = nx.read_gexf(path)
    if G.is_multigraph() or G.is_directed():
        raise SystemExit("this check expects a simple undirected graph")
    checks = []

    def node_check(metric, expected):
        diffs = []
        ok = True
        for node, want in expected.items():
            got = G.nodes[node].get(metric)
            ok = ok and close(None if got is None else float(got), want)
            if got is not None and want is not None:
                diffs.append(abs(float(got) - want))
        checks.append(
            {
                "metric": metric,
                "level": "node",
                "compared": len(expected),
                "max_abs_diff": max(diffs, default=0.0),
                "ok": ok,
            }
        )

    def network_check(metric, got, want):
        checks.append(
            {
                "metric": metric,
                "level": "network",
                "compared": 1,
                "max_abs_diff": abs(got - want),
                "ok": close(got, want),
            }
        )

    node_check("degree", dict(G.degree()))
    node_check("strength", dict(G.degree(weight="weight")))
    node_check("betweenness", nx.betweenness_centrality(G, normalized=False))
    node_check("betweenness_normalized", nx.betweenness_centrality(G))
    node_check("closeness", nx.closeness_centrality(G))
    node_check("harmonic", nx.harmonic_centrality(G))
    node_check("clustering", nx.clustering(G))
    node_check("core_number", nx.core_number(G))
    node_check("pagerank", nx.pagerank(G, weight=None, tol=1e-13, max_iter=10000))
    node_check("pagerank_weighted", nx.pagerank(G, weight="weight", tol=1e-13, max_iter=10000))
    if nx.is_connected(G):
        node_check("eigenvector", nx.eigenvector_centrality_numpy(G, weight=None))
    node_check("constraint", nx.constraint(G))
    node_check("effective_size", nx.effective_size(G))

    # The whole-network numbers live in summary.json next to the GEXF.
    summary_path = path.rsplit("/", 1)[0] + "/summary.json" if "/" in path else "summary.json"
    with open(summary_path, encoding="utf-8") as f:
        summary = json.load(f)["summary"]
    network_check("density", summary["density"], nx.density(G))
    network_check("transitivity", summary["transitivity"], nx.transitivity(G))
    network_check("average_clustering", summary["average_clustering"], nx.average_clustering(G))
    if nx.is_connected(G):
        network_check(
            "average_shortest_path_length",
            summary["average_shortest_path_length"],
            nx.average_shortest_path_length(G),
        )
        network_check("diameter", summary["diameter"], nx.diameter(G))

    print(
        json.dumps(
            {
                "networkx_version": nx.__version__,
                "tolerance": TOL,
                "checks": checks,
                "all_ok": all(c["ok"] for c in checks),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
