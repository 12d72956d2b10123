/**
 * The scope in words, for the report header and the terminal: a report of one municipality must
 * say so, or a reader takes its white spots and densities for the whole region.
 */
import { type EcoNetwork, type Lang, label, type Text } from "@ecolens/core";
import { type MessageCode, say, text } from "../messages/index.ts";
import { isEmptyScope, normaliseName, type Scope } from "./scope-network.ts";

/** "Alleen Ieper; relaties: doorverwijzing" / "Only Ieper; relations: referral", or null for no scope. */
export function describeScope(scope: Scope, network?: EcoNetwork): Text | null {
  if (isEmptyScope(scope)) return null;
  const parts: Array<(lang: Lang) => string> = [];
  const part = (code: MessageCode, names: (lang: Lang) => string) =>
    parts.push((lang) => say(code, lang, { names: names(lang) }));
  if (scope.municipality?.length) {
    const names = [...new Set(scope.municipality.map((w) => municipalityName(w, network)))].join(", ");
    part("scope.municipality", () => names);
  }
  const labels = (kind: "sector" | "org_type" | "relation_type", codes: string[]) => (lang: Lang) =>
    codes.map((c) => label(kind, c, lang)).join(", ");
  if (scope.sector?.length) part("scope.sector", labels("sector", scope.sector));
  if (scope.orgType?.length) part("scope.type", labels("org_type", scope.orgType));
  if (scope.relationType?.length) part("scope.relations", labels("relation_type", scope.relationType));
  if (scope.ego !== undefined) {
    const radius = scope.radius ?? 1;
    const name = network?.graph.hasNode(scope.ego)
      ? String(network.graph.getNodeAttribute(scope.ego, "label") ?? scope.ego)
      : scope.ego;
    parts.push((lang) => say("scope.ego", lang, { name, radius }));
  }
  return text("scope.only", (lang) => ({ parts: parts.map((p) => p(lang)).join("; ") }));
}

/** The municipality's Dutch name when a NIS code or another spelling was given. */
function municipalityName(wanted: string, network?: EcoNetwork): string {
  const key = normaliseName(wanted);
  const m = network?.municipalities.find(
    (x) => x.nis_code === key || [x.name_nl, x.name_fr].some((n) => n && normaliseName(n) === key),
  );
  return m?.name_nl ?? wanted.trim();
}
