/**
 * The worked example of docs/adding-a-metric.md: a whole new per-organisation metric in one file,
 * its kernel and its descriptor. Kept with the tests (registered by them through
 * `registerMetric`) so the product's output stays as it is; a real metric would live in
 * packages/analysis/src/registry/ (descriptor) and a kernel folder, and be listed in the registry.
 */
import type { AnalyseMetric, DistanceSums } from "../../../src/index.ts";

/**
 * The kernel. Eccentricity: the largest number of steps from an organisation to any organisation
 * it can reach (networkx.eccentricity, taken per connected part); null for an isolate. It reads
 * the distance sums every distance metric shares, so it costs no traversal of its own.
 */
export function eccentricityFromSums(sums: DistanceSums): Float64Array {
  return Float64Array.from(sums.eccentricity, (e, v) => (sums.reach[v] > 1 ? e : Number.NaN));
}

/** The descriptor: what it means, where it lands, which shared pass it reads, how it computes. */
export const ECCENTRICITY: AnalyseMetric = {
  id: "eccentricity",
  level: "node",
  placement: { section: "nodes" },
  passes: ["distance_sums"],
  compute: (ctx) => ({ columns: { eccentricity: eccentricityFromSums(ctx.pass("distance_sums").out) } }),
  title: { nl: "Excentriciteit", en: "Eccentricity" },
  explanation: {
    nl: "Hoeveel stappen een organisatie hoogstens nodig heeft om een andere in haar deel van het netwerk te bereiken. Laag = dicht bij iedereen; hoog = aan de rand.",
    en: "The most steps an organisation needs to reach another one in its part of the network. Low = close to everyone; high = on the edge.",
  },
  weight: "distance-from-strength",
  options: [],
  outputs: [
    {
      key: "eccentricity",
      type: "number",
      description: {
        nl: "Grootste afstand binnen het eigen deel (geïsoleerd: leeg).",
        en: "Largest distance within its own part (isolate: null).",
      },
    },
  ],
  equivalent: "networkx.eccentricity (per connected component)",
};
