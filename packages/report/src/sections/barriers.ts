/** The report's barriers: coverage per barrier and which organisation signals or works on which. */
import { barrierCoverage } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { BarrierRow, NodeBarrierLink } from "@ecolens/viz";

/** Every barrier with its committed partners and status; undefined when there are none. */
export function barrierRows(network: EcoNetwork): BarrierRow[] | undefined {
  const coverage = barrierCoverage(network);
  if (coverage.barriers.length === 0) return undefined;
  const descriptions = new Map(network.barriers.map((b) => [b.barrier_id, b.description]));
  return coverage.barriers.map((b) => ({
    barrier_id: b.barrier_id,
    barrier_type: b.barrier_type,
    target_group: b.target_group,
    municipality: b.nis_code,
    description: descriptions.get(b.barrier_id),
    severity: b.severity,
    committed: b.committed_partners.length,
    status: b.status,
  }));
}

/** The organisation that signals a barrier, then those committed to work on one. */
export function nodeBarrierLinks(network: EcoNetwork): NodeBarrierLink[] {
  const signals = network.barriers
    .filter((b) => b.org_id)
    .map((b) => ({
      org_id: b.org_id as string,
      barrier_id: b.barrier_id,
      role: "signals" as const,
      barrier_type: b.barrier_type,
      target_group: b.target_group,
    }));
  const worksOn = network.commitments.flatMap((c) => {
    const b = network.barriers.find((x) => x.barrier_id === c.barrier_id);
    return b
      ? [
          {
            org_id: c.org_id,
            barrier_id: b.barrier_id,
            role: "works_on" as const,
            barrier_type: b.barrier_type,
            target_group: b.target_group,
          },
        ]
      : [];
  });
  return [...signals, ...worksOn];
}
