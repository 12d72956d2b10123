/**
 * Barrier coverage: for every barrier that is still open (any status but `resolved`), the partners
 * committed to it and the offers that already lower it for its target group where it was
 * signalled (mapping in barrier-remedies.ts). Uncovered and single-partner barriers come first,
 * because that is where a coordinator has to act. Also the share of barriers with ≥1 and ≥2
 * committed partners (docs/metrics §3.1), and a barrier type × target group matrix for the region
 * and per municipality.
 */
import { BARRIER_GROUP_OF, type EcoNetwork, isPriorityTargetGroup, type Text } from "@ecolens/core";
import { say, text } from "../messages/index.ts";
import { vocabLabel } from "../text/labels.ts";
import { compareIds } from "../view/graph-view.ts";
import { remedyOf } from "./barrier-remedies.ts";
import { offeringPlace, orgIndex, placeNamer } from "./places.ts";

export type CoverageLevel = "uncovered" | "single_partner" | "covered";

export interface BarrierCoverageRow {
  barrier_id: string;
  barrier_type: string;
  barrier_group?: string;
  target_group: string;
  priority: boolean;
  /** Empty = the whole region. */
  nis_code?: string;
  municipality?: string;
  status?: string;
  severity?: number;
  reported_by?: string;
  committed_partners: string[];
  commitment_types: string[];
  /** Offers for this group and place with a feature that lowers this barrier type. */
  lowering_offerings: Array<{ offering_id: string; org_id: string; feature: string }>;
  coverage: CoverageLevel;
  sentence: Text;
}

export interface MatrixCell {
  /** "region" or a nis code. */
  scope: string;
  barrier_type: string;
  target_group: string;
  open: number;
  uncovered: number;
  single_partner: number;
  /** Distinct partners committed to these barriers. */
  partners: number;
}

export interface BarrierCoverage {
  open: number;
  resolved: number;
  share_with_partner: number | null;
  share_with_two_partners: number | null;
  barriers: BarrierCoverageRow[];
  matrix: MatrixCell[];
}

const LEVEL_ORDER: Record<CoverageLevel, number> = { uncovered: 0, single_partner: 1, covered: 2 };

export function barrierCoverage(network: EcoNetwork): BarrierCoverage {
  const orgs = orgIndex(network);
  const name = placeNamer(network);
  const label = (id: string | undefined) => (id ? (orgs.get(id)?.name ?? id) : undefined);
  const commitmentsOf = new Map<string, Array<{ org: string; type?: string }>>();
  for (const c of network.commitments) {
    const list = commitmentsOf.get(c.barrier_id) ?? [];
    list.push({ org: c.org_id, type: c.commitment_type });
    commitmentsOf.set(c.barrier_id, list);
  }
  const rows: BarrierCoverageRow[] = [];
  let resolved = 0;
  for (const b of network.barriers) {
    if (b.status === "resolved") {
      resolved++;
      continue;
    }
    const commits = commitmentsOf.get(b.barrier_id) ?? [];
    const partners = [...new Set(commits.map((c) => c.org))].sort(compareIds);
    const types = [...new Set(commits.map((c) => c.type).filter((t): t is string => !!t))].sort();
    const remedy = remedyOf(b.barrier_type);
    const place = b.nis_code || b.municipality || undefined;
    const lowering: BarrierCoverageRow["lowering_offerings"] = [];
    if (remedy)
      for (const o of network.offerings) {
        const forGroup =
          o.target_groups.includes(b.target_group) || o.target_groups.includes("general_public");
        if (!forGroup) continue;
        if (place && offeringPlace(o, orgs) !== place) continue;
        const feature = remedy.offering(o, b.target_group);
        if (feature) lowering.push({ offering_id: o.offering_id, org_id: o.org_id, feature });
      }
    lowering.sort((x, y) => compareIds(x.offering_id, y.offering_id));
    const coverage: CoverageLevel =
      partners.length === 0 ? "uncovered" : partners.length === 1 ? "single_partner" : "covered";
    rows.push({
      barrier_id: b.barrier_id,
      barrier_type: b.barrier_type,
      barrier_group: b.barrier_group ?? (BARRIER_GROUP_OF as Record<string, string>)[b.barrier_type],
      target_group: b.target_group,
      priority: isPriorityTargetGroup(b.target_group),
      nis_code: b.nis_code,
      municipality: place ? name(place) : undefined,
      status: b.status,
      severity: b.severity,
      reported_by: b.reported_by,
      committed_partners: partners,
      commitment_types: types,
      lowering_offerings: lowering,
      coverage,
      sentence: barrierSentence(
        b.barrier_type,
        b.target_group,
        place ? name(place) : undefined,
        label(b.reported_by),
        partners.map((p) => label(p)!),
        lowering.length,
      ),
    });
  }
  rows.sort(
    (a, b) =>
      LEVEL_ORDER[a.coverage] - LEVEL_ORDER[b.coverage] ||
      (b.severity ?? 0) - (a.severity ?? 0) ||
      Number(b.priority) - Number(a.priority) ||
      a.lowering_offerings.length - b.lowering_offerings.length ||
      compareIds(a.barrier_id, b.barrier_id),
  );
  const open = rows.length;
  return {
    open,
    resolved,
    share_with_partner:
      open === 0 ? null : rows.filter((r) => r.committed_partners.length >= 1).length / open,
    share_with_two_partners:
      open === 0 ? null : rows.filter((r) => r.committed_partners.length >= 2).length / open,
    barriers: rows,
    matrix: barrierMatrix(rows),
  };
}

function barrierMatrix(rows: BarrierCoverageRow[]): MatrixCell[] {
  const cells = new Map<string, MatrixCell & { partnerSet: Set<string> }>();
  const bump = (scope: string, r: BarrierCoverageRow) => {
    const key = `${scope}\u0000${r.barrier_type}\u0000${r.target_group}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        scope,
        barrier_type: r.barrier_type,
        target_group: r.target_group,
        open: 0,
        uncovered: 0,
        single_partner: 0,
        partners: 0,
        partnerSet: new Set(),
      };
      cells.set(key, cell);
    }
    cell.open++;
    if (r.coverage === "uncovered") cell.uncovered++;
    if (r.coverage === "single_partner") cell.single_partner++;
    for (const p of r.committed_partners) cell.partnerSet.add(p);
  };
  for (const r of rows) {
    bump("region", r);
    if (r.nis_code) bump(r.nis_code, r);
  }
  return [...cells.values()]
    .map(({ partnerSet, ...cell }) => ({ ...cell, partners: partnerSet.size }))
    .sort(
      (a, b) =>
        Number(b.scope === "region") - Number(a.scope === "region") ||
        compareIds(a.scope, b.scope) ||
        b.uncovered - a.uncovered ||
        b.open - a.open ||
        compareIds(a.barrier_type, b.barrier_type) ||
        compareIds(a.target_group, b.target_group),
    );
}

function barrierSentence(
  type: string,
  group: string,
  place: string | undefined,
  reporter: string | undefined,
  partners: string[],
  offers: number,
): Text {
  return text("barrier.sentence", (lang) => {
    return {
      type: vocabLabel("barrier_type", type, lang),
      group: vocabLabel("target_group", group, lang),
      where: place ? say("barrier.where.place", lang, { place }) : say("barrier.where.region", lang),
      by: reporter ? say("barrier.by", lang, { reporter }) : "",
      who:
        partners.length === 0
          ? say("barrier.partners.none", lang)
          : partners.length === 1
            ? say("barrier.partners.one", lang, { partner: partners[0] })
            : say("barrier.partners.many", lang, { n: partners.length }),
      offers:
        offers === 0 ? say("barrier.offers.none", lang) : say("barrier.offers.some", lang, { n: offers }),
    };
  });
}
