/**
 * The scope in words, for the report header and the terminal: a report of one municipality must
 * say so, or a reader takes its white spots and densities for the whole region.
 */
import { type EcoNetwork, label, type Text } from "@ecolens/core";
import { isEmptyScope, normaliseName, type Scope } from "./scope-network.ts";

/** "Alleen Ieper; relaties: doorverwijzing" / "Only Ieper; relations: referral", or null for no scope. */
export function describeScope(scope: Scope, network?: EcoNetwork): Text | null {
  if (isEmptyScope(scope)) return null;
  const nl: string[] = [];
  const en: string[] = [];
  if (scope.municipality?.length) {
    const names = [...new Set(scope.municipality.map((w) => municipalityName(w, network)))].join(", ");
    nl.push(`gemeente: ${names}`);
    en.push(`municipality: ${names}`);
  }
  if (scope.sector?.length) {
    nl.push(`sector: ${scope.sector.map((s) => label("sector", s, "nl")).join(", ")}`);
    en.push(`sector: ${scope.sector.map((s) => label("sector", s, "en")).join(", ")}`);
  }
  if (scope.orgType?.length) {
    nl.push(`type: ${scope.orgType.map((s) => label("org_type", s, "nl")).join(", ")}`);
    en.push(`type: ${scope.orgType.map((s) => label("org_type", s, "en")).join(", ")}`);
  }
  if (scope.relationType?.length) {
    nl.push(`relaties: ${scope.relationType.map((r) => label("relation_type", r, "nl")).join(", ")}`);
    en.push(`relations: ${scope.relationType.map((r) => label("relation_type", r, "en")).join(", ")}`);
  }
  if (scope.ego !== undefined) {
    const radius = scope.radius ?? 1;
    const name = network?.graph.hasNode(scope.ego)
      ? String(network.graph.getNodeAttribute(scope.ego, "label") ?? scope.ego)
      : scope.ego;
    nl.push(`het netwerk rond ${name} (${radius} ${radius === 1 ? "stap" : "stappen"})`);
    en.push(`the network around ${name} (${radius} ${radius === 1 ? "step" : "steps"})`);
  }
  return { nl: `Alleen ${nl.join("; ")}`, en: `Only ${en.join("; ")}` };
}

/** The municipality's Dutch name when a NIS code or another spelling was given. */
function municipalityName(wanted: string, network?: EcoNetwork): string {
  const key = normaliseName(wanted);
  const m = network?.municipalities.find(
    (x) => x.nis_code === key || [x.name_nl, x.name_fr].some((n) => n && normaliseName(n) === key),
  );
  return m?.name_nl ?? wanted.trim();
}
