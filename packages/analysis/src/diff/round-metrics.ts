/**
 * The whole-network figures of one round, for side-by-side comparison. All on the undirected
 * simple view (parallel relations merged, directions dropped), unweighted unless noted:
 * - density 2m/(n(n−1)); components and the largest component's share (density.ts, components.ts);
 * - Freeman degree centralization Σ(max−d_i)/((n−1)(n−2)) (Freeman 1979; centralization.ts);
 * - modularity of seeded Louvain clusters on strengths (Blondel et al. 2008; clusters/louvain.ts);
 * - E-I index between formal education and the non-formal/informal rest (Krackhardt & Stern 1988;
 *   government/intermediaries left out, groups/ei-index.ts), the sector falling back to the
 *   org_type's default as in the by-place view;
 * - share of organisations on either side of that line with at least one tie across it, for the
 *   region and per municipality (place/place-overview.ts).
 */
import { DEFAULT_SEED, type EcoNetwork, resolveNisCode } from "@ecolens/core";
import { betweennessValues } from "../centrality/betweenness.ts";
import { freeman } from "../centrality/centralization.ts";
import { degreeValues } from "../centrality/degree.ts";
import { detectClusters } from "../clusters/louvain.ts";
import { eiIndex } from "../groups/ei-index.ts";
import { components } from "../network/components.ts";
import { density } from "../network/density.ts";
import { placeOverview } from "../place/place-overview.ts";
import { buildView } from "../view/graph-view.ts";
import { orgRecords } from "./org-records.ts";

export const ROUND_METRICS = [
  "organisations",
  "ties",
  "density",
  "components",
  "largest_component_share",
  "degree_centralization",
  "modularity",
  "ei_formal",
  "cross_line_ties",
  "cross_line_share",
  "municipalities_without_cross_line_tie",
] as const;
export type RoundMetricName = (typeof ROUND_METRICS)[number];

export interface PlaceBridging {
  /** Current NIS code (old codes of merged municipalities resolved), or the place key. */
  key: string;
  name: string | null;
  formal: number;
  non_formal_informal: number;
  with_cross_line_tie: number;
  share: number | null;
}

export interface RoundMetrics {
  label: string;
  values: Record<RoundMetricName, number | null>;
  /** Why a value is missing, e.g. modularity without ties. */
  notes: string[];
  municipalities: PlaceBridging[];
  /** Names (or keys) of municipalities with organisations on the line but no tie across it. */
  without_cross_line_tie: string[];
}

export interface OrgCentrality {
  degree: number;
  betweenness: number;
}

export interface RoundMetricsOptions {
  /** Louvain seed (default DEFAULT_SEED). */
  seed?: number;
}

export function roundMetrics(
  network: EcoNetwork,
  label: string,
  options: RoundMetricsOptions = {},
): RoundMetrics {
  const view = buildView(network.graph, { directed: false, getEdgeWeight: null });
  const dens = density(view);
  const comp = components(view);
  const deg = degreeValues(view).degree;
  const notes: string[] = [];
  let modularity: number | null = null;
  if (view.m > 0)
    modularity = detectClusters(network.graph, { seed: options.seed ?? DEFAULT_SEED }).modularity;
  else notes.push("modularity: no ties");
  // Sides as the diff sees them: the sector, else the org_type's default sector (§4.6 A).
  const side = new Map(orgRecords(network).map((r) => [r.id, r.side]));
  const groups = view.ids.map((id) => side.get(id) ?? null);
  const ei = eiIndex(view, groups);
  const places = placeOverview(network);
  const rows = [...places.municipalities, ...(places.region_level ? [places.region_level] : [])];
  let eligible = 0;
  let bridged = 0;
  for (const r of rows) {
    eligible += r.cross_line.formal + r.cross_line.non_formal_informal;
    bridged += r.cross_line.with_cross_line_tie;
  }
  const municipalities = mergePlaces(
    places.municipalities.map((r) => ({
      key: r.key,
      name: r.name,
      formal: r.cross_line.formal,
      non_formal_informal: r.cross_line.non_formal_informal,
      with_cross_line_tie: r.cross_line.with_cross_line_tie,
      share: r.cross_line.share,
    })),
  );
  const without = municipalities
    .filter((p) => p.formal + p.non_formal_informal > 0 && p.with_cross_line_tie === 0)
    .map((p) => p.name ?? p.key);
  return {
    label,
    values: {
      organisations: dens.n,
      ties: dens.m,
      density: dens.density,
      components: comp.count,
      largest_component_share: comp.largest_share,
      degree_centralization: freeman(deg, (view.n - 1) * (view.n - 2)),
      modularity,
      ei_formal: ei.whole.ei,
      cross_line_ties: ei.whole.E,
      cross_line_share: eligible > 0 ? bridged / eligible : null,
      municipalities_without_cross_line_tie: without.length,
    },
    notes,
    municipalities,
    without_cross_line_tie: without,
  };
}

/** Rows of a hand-built round may carry pre-merger codes: fold them into today's municipality. */
function mergePlaces(rows: PlaceBridging[]): PlaceBridging[] {
  const out = new Map<string, PlaceBridging>();
  for (const r of rows) {
    const cur = /^\d{5}$/.test(r.key) ? resolveNisCode(r.key) : undefined;
    const key = cur?.municipality.nis_code ?? r.key;
    const name = cur?.municipality.name_nl ?? r.name;
    const seen = out.get(key);
    if (!seen) {
      out.set(key, { ...r, key, name });
      continue;
    }
    seen.formal += r.formal;
    seen.non_formal_informal += r.non_formal_informal;
    seen.with_cross_line_tie += r.with_cross_line_tie;
    const eligible = seen.formal + seen.non_formal_informal;
    seen.share = eligible > 0 ? seen.with_cross_line_tie / eligible : null;
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Degree (distinct partners) and normalised betweenness per organisation (undirected, unweighted). */
export function orgCentralities(network: EcoNetwork): Map<string, OrgCentrality> {
  const view = buildView(network.graph, { directed: false, getEdgeWeight: null });
  const deg = degreeValues(view).degree;
  const btw = betweennessValues(view).normalized;
  const out = new Map<string, OrgCentrality>();
  view.ids.forEach((id, i) => {
    out.set(id, { degree: deg[i], betweenness: btw[i] });
  });
  return out;
}
