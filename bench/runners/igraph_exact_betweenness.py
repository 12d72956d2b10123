"""Exact betweenness with python-igraph on one generated graph, timed once (it takes ~30 min at L).

igraph 0.10 cannot restrict Brandes to a sample of sources, so its exact L figure is measured
once, separately, by this script; bench/run.ts reads the result when it exists.
Usage: /usr/bin/python3 bench/runners/igraph_exact_betweenness.py bench/tmp/L-seed42/edges.csv OUT.json
"""
import csv
import json
import os
import resource
import sys
import time

import igraph


def main():
    path, out = sys.argv[1], sys.argv[2]
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        g = igraph.Graph.TupleList(((s, t, int(w)) for s, t, w in rows), weights=True)
    t = time.perf_counter()
    c = time.process_time()
    values = g.betweenness(directed=False)
    seconds = time.perf_counter() - t
    cpu_seconds = time.process_time() - c
    ids = g.vs["name"]
    with open(out, "w") as f:
        json.dump({
            "tool": "igraph", "version": igraph.__version__, "op": "betweenness", "exact": True,
            "seconds": seconds, "cpu_seconds": cpu_seconds, "loadavg": os.getloadavg(), "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "values": dict(zip(ids, values)),
        }, f)
    print(f"igraph exact betweenness: {seconds:.1f} s wall, {cpu_seconds:.1f} s cpu", file=sys.stderr)


if __name__ == "__main__":
    main()
