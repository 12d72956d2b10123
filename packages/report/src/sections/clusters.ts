/** The report's clusters (Louvain) with their size, sectors and main organisations. */
import type { analyseClusters } from "@ecolens/analysis";
import type { ClustersModel } from "@ecolens/viz";

export type ClusterAnalysis = ReturnType<typeof analyseClusters>;

export function clustersModel(clusters: ClusterAnalysis): ClustersModel {
  return {
    modularity: clusters.modularity,
    clusters: clusters.profiles.map((p) => ({
      cluster: p.cluster - 1,
      size: p.size,
      // The profile counts organisations without a sector as "unknown": the report's code for that is "".
      sectors: Object.fromEntries(p.by_sector.map((c) => [c.value === "unknown" ? "" : c.value, c.count])),
      examples: p.main_organisations.map((o) => o.label),
    })),
  };
}
