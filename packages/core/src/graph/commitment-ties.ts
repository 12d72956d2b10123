/**
 * "Co-commitment": two organisations that commit to the same barrier tackle it together. This is
 * the one-mode projection of the bipartite organisation-barrier network (inventory-format §4.4).
 * Not added to the graph by default: the ties are inferred, not reported by the partners; a caller
 * who wants them adds them with addRelations(graph, deriveCommitmentTies(network)).
 */
import type { EcoNetwork, Relation } from "../model/types.ts";

/**
 * One undirected `barrier_cooperation` relation per barrier and pair of distinct organisations
 * committed to it (several commitment types by one organisation count once). Weight 1 per shared
 * barrier; pairs sharing several barriers get one parallel edge per barrier. Sorted by barrier id,
 * then the pair; keys `c:["<barrier_id>","<a>","<b>"]` with a < b (JSON, so no id can collide).
 */
export function deriveCommitmentTies(network: Pick<EcoNetwork, "commitments">): Relation[] {
  const byBarrier = new Map<string, Set<string>>();
  for (const c of network.commitments) {
    let orgs = byBarrier.get(c.barrier_id);
    if (!orgs) byBarrier.set(c.barrier_id, (orgs = new Set()));
    orgs.add(c.org_id);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const out: Relation[] = [];
  for (const barrier of [...byBarrier.keys()].sort(cmp)) {
    const orgs = [...byBarrier.get(barrier)!].sort(cmp);
    for (let i = 0; i < orgs.length; i++)
      for (let j = i + 1; j < orgs.length; j++)
        out.push({
          key: `c:${JSON.stringify([barrier, orgs[i], orgs[j]])}`,
          source_id: orgs[i],
          target_id: orgs[j],
          relation_type: "barrier_cooperation",
          directed: false,
          weight: 1,
          barrier_id: barrier,
          extra: Object.create(null),
        });
  }
  return out;
}
