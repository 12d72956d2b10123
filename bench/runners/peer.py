"""Peer runner for bench/run.ts: python-igraph or networkx, every operation timed in this one
process (wall and CPU seconds), peak memory, and the values for the agreement check.

Usage: python3 bench/runners/peer.py --tool igraph|networkx --edges FILE --values OUT.json
       [--repeats 3] [--heavy-repeats 1] [--sample FILE_OF_SOURCE_IDS] [--skip op,op]
Prints one JSON object on stdout.
"""
import argparse
import csv
import json
import os
import resource
import statistics
import sys
import time

PAGERANK_TOL = 1e-6


def timed(times, op, repeats, fn):
    times[op], times[op + "@cpu"] = [], []
    result = None
    for _ in range(repeats):
        c, t = time.process_time(), time.perf_counter()
        result = fn()
        times[op].append(time.perf_counter() - t)
        times[op + "@cpu"].append(time.process_time() - c)
    return result


def rows_of(path):
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for s, t, w in rows:
            yield s, t, int(w)


def run_igraph(args, times, notes, values, sample):
    import igraph

    def read():
        return igraph.Graph.TupleList(rows_of(args.edges), weights=True)

    g = timed(times, "read", args.repeats, read)
    rss_read = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    names = g.vs["name"]
    n = g.vcount()
    deg = timed(times, "degree", args.repeats, lambda: g.degree())
    timed(times, "components", args.repeats, lambda: g.connected_components())
    pr = timed(times, "pagerank", args.repeats, lambda: g.pagerank(damping=0.85))
    values["degree"] = dict(zip(names, deg))
    values["pagerank"] = dict(zip(names, pr))
    ev = timed(times, "eigenvector", args.repeats, lambda: g.eigenvector_centrality(scale=True))
    values["eigenvector"] = dict(zip(names, ev))
    if args.linear_only:
        return n, g.ecount(), None, rss_read, igraph.__version__
    comm = timed(times, "louvain", args.repeats, lambda: g.community_multilevel(weights="weight"))
    values["degree"] = dict(zip(names, deg))
    values["pagerank"] = dict(zip(names, pr))
    values["eigenvector"] = dict(zip(names, ev))
    modularity = g.modularity(comm.membership, weights="weight")
    if sample is None:
        clo = timed(times, "closeness", args.heavy_repeats, lambda: g.closeness())
        values["closeness"] = dict(zip(names, clo))
        bt = timed(times, "betweenness", args.heavy_repeats, lambda: g.betweenness(directed=False))
        values["betweenness"] = dict(zip(names, bt))
    else:
        index = {name: i for i, name in enumerate(names)}
        vs = [index[s] for s in sample]
        clo = timed(times, "closeness_sample", args.heavy_repeats, lambda: g.closeness(vertices=vs))
        values["closeness"] = dict(zip(sample, clo))
        for suffix in ("", "@cpu"):
            times["closeness" + suffix] = [statistics.median(times["closeness_sample" + suffix]) * n / len(vs)]
        notes["closeness"] = f"estimated: {len(vs)} sampled sources, time x n/k"
        notes["betweenness"] = "igraph 0.10 cannot run Brandes from a sample of sources: see the separate exact run"
    return n, g.ecount(), modularity, rss_read, igraph.__version__


def run_networkx(args, times, notes, values, sample):
    import networkx as nx

    def read():
        g = nx.Graph()
        g.add_weighted_edges_from(rows_of(args.edges))
        return g

    g = timed(times, "read", args.repeats, read)
    rss_read = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = g.number_of_nodes()
    deg = timed(times, "degree", args.repeats, lambda: dict(g.degree()))
    timed(times, "components", args.repeats, lambda: list(nx.connected_components(g)))
    # networkx stops at total change < n * tol: tol = 1e-6 / n gives the same rule as the others.
    pr = timed(times, "pagerank", args.repeats, lambda: nx.pagerank(g, weight=None, tol=PAGERANK_TOL / n))
    values["degree"] = deg
    values["pagerank"] = pr
    if args.linear_only:
        return n, g.number_of_edges(), None, rss_read, nx.__version__
    ev = timed(times, "eigenvector", args.heavy_repeats, lambda: nx.eigenvector_centrality(g, max_iter=1000, tol=1e-6))
    comm = timed(times, "louvain", args.heavy_repeats, lambda: nx.community.louvain_communities(g, weight="weight", seed=42))
    values["degree"] = deg
    values["pagerank"] = pr
    values["eigenvector"] = ev
    modularity = nx.community.modularity(g, comm, weight="weight")
    if sample is None:
        values["closeness"] = timed(times, "closeness", args.heavy_repeats, lambda: nx.closeness_centrality(g))
        values["betweenness"] = timed(
            times, "betweenness", args.heavy_repeats, lambda: nx.betweenness_centrality(g, normalized=False)
        )
    else:
        k = len(sample)
        values["closeness"] = timed(
            times, "closeness_sample", args.heavy_repeats, lambda: {u: nx.closeness_centrality(g, u=u) for u in sample}
        )
        timed(times, "betweenness_sample", args.heavy_repeats,
              lambda: nx.betweenness_centrality_subset(g, sources=sample, targets=list(g.nodes()), normalized=False))
        for op in ("closeness", "betweenness"):
            for suffix in ("", "@cpu"):
                times[op + suffix] = [statistics.median(times[op + "_sample" + suffix]) * n / k]
            notes[op] = f"estimated: {k} sampled sources, time x n/k"
    return n, g.number_of_edges(), modularity, rss_read, nx.__version__


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True, choices=["igraph", "networkx"])
    p.add_argument("--edges", required=True)
    p.add_argument("--values", required=True)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--heavy-repeats", type=int, default=1)
    p.add_argument("--sample")
    p.add_argument("--linear-only", action="store_true")
    args = p.parse_args()
    sample = None
    if args.sample:
        with open(args.sample) as f:
            sample = [line.strip() for line in f if line.strip()]
    times, notes, values = {}, {}, {}
    runner = run_igraph if args.tool == "igraph" else run_networkx
    n, m, modularity, rss_read, version = runner(args, times, notes, values, sample)
    if sample is None and not args.linear_only:
        # The whole bench set: the sum of the operations' medians (one process, same graph).
        ops = ["read", "degree", "components", "pagerank", "eigenvector", "closeness", "betweenness", "louvain"]
        for suffix in ("", "@cpu"):
            times["analyse" + suffix] = [sum(statistics.median(times[o + suffix]) for o in ops)]
        notes["analyse"] = "sum of the medians of read, degree, components, PageRank, eigenvector, closeness, betweenness, Louvain"
    with open(args.values, "w") as f:
        json.dump({"values": values, "modularity": modularity}, f)
    print(json.dumps({
        "tool": args.tool, "version": f"{args.tool} {version}, python {sys.version.split()[0]} ({sys.executable})",
        "n": n, "m": m,
        "medians": {op: statistics.median(t) for op, t in times.items()},
        "times": times, "notes": notes, "modularity": modularity,
        "rss_after_read_mb": rss_read,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "loadavg_end": os.getloadavg(),
    }))


if __name__ == "__main__":
    main()
