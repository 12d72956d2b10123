/** The first inventory round (2023) of the synthetic Westhoek learning ecosystem. */
import { BarrierFactory, generateBarriers } from "./barriers.ts";
import { generateCommitments } from "./commitments.ts";
import type { Inventory } from "./model.ts";
import { generateOfferings, OfferingFactory } from "./offerings.ts";
import { generateOrganisations, OrgFactory } from "./organisations.ts";
import { generateRelations } from "./relations.ts";
import { stageRng } from "./rng.ts";

export const BARRIER_COUNT = 48;
export const WAVE1 = { wave: "2023", asOf: "2023-10-01", source: "inventaris leerecosysteem Westhoek 2023" };

export function generateWesthoek(seed: number): Inventory {
  const orgs = generateOrganisations(new OrgFactory(stageRng(seed, "organisations")));
  const rel = generateRelations(stageRng(seed, "relations"), orgs);
  const { offerings } = generateOfferings(new OfferingFactory(stageRng(seed, "offerings")), orgs, rel, 2023);
  const barriers = generateBarriers(
    new BarrierFactory(stageRng(seed, "barriers")),
    orgs,
    offerings,
    BARRIER_COUNT,
  );
  const commitments = generateCommitments(stageRng(seed, "commitments"), barriers, orgs, rel);
  return { ...WAVE1, orgs, relations: rel.relations, offerings, barriers, commitments };
}
