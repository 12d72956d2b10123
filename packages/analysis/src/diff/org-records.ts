/**
 * What the diff needs to know about each organisation of one round, read from the graph's nodes
 * (every organisation is a node, whatever the input format) with the organisations table filling
 * in what a node lacks. The place is the CURRENT municipality: an old NIS code or name of a
 * merged municipality (Kortessem 73040) resolves to the one it merged into (Hasselt 71072), so a
 * merger is never reported as a move (regions.md §5.3).
 */
import {
  type EcoNetwork,
  findMunicipalityByName,
  formalSideOfSector,
  type Municipality,
  normaliseKbo,
  normaliseMunicipalityName,
  orgTypeDefaults,
  resolveNisCode,
} from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";

export interface OrgRecord {
  id: string;
  name: string;
  /** Normalised name for matching (see normaliseOrgName). */
  key: string;
  /** 10 digits, or null. */
  kbo: string | null;
  /** Current NIS code, `name:<normalised name>` for an unknown municipality, or null. */
  place: string | null;
  /** The current municipality's name for people (or the name as written). */
  place_name: string | null;
  org_type: string | null;
  sector: string | null;
  side: "formal" | "non_formal_informal" | null;
  themes: string[];
  target_groups: string[];
}

/** Legal-form words that say nothing about which organisation it is. */
const LEGAL_WORDS = new Set([
  "vzw",
  "ivzw",
  "asbl",
  "aisbl",
  "bv",
  "bvba",
  "nv",
  "cv",
  "cvba",
  "cvso",
  "vof",
  "commv",
  "srl",
  "sprl",
  "sa",
  "sc",
  "scrl",
  "ev",
  "fv",
]);

/**
 * A name reduced to what identifies the organisation: lower case, accents stripped, dots and
 * apostrophes dropped (`v.z.w.` = `vzw`, `'t` = `t`), other punctuation a space, legal-form words
 * (vzw, asbl, bv, nv, ...) removed. "Chiro Sint-Jan v.z.w." -> "chiro sint jan".
 */
export function normaliseOrgName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "" && !LEGAL_WORDS.has(w));
  return words.join(" ");
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s === "" ? null : s;
}

function list(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === "string" && v !== ""))].sort();
}

/** Follows merged_into in a municipalities list (bounded: hand-edited lists may loop). */
function followMergers(start: Municipality, byNis: ReadonlyMap<string, Municipality>): Municipality {
  let current = start;
  for (let hops = 0; current.merged_into !== undefined && hops < 10; hops++) {
    const next = byNis.get(current.merged_into);
    if (!next) break;
    current = next;
  }
  return current;
}

/** Resolves a NIS code or municipality name to today's municipality: the round's list, then core's. */
export function placeResolver(
  municipalities: readonly Municipality[],
): (nis: string | null, name: string | null) => { place: string | null; place_name: string | null } {
  const byNis = new Map(municipalities.map((m) => [m.nis_code, m]));
  const byName = new Map<string, Municipality>();
  for (const m of [...municipalities].sort((a, b) => Number(!a.merged_into) - Number(!b.merged_into)))
    byName.set(normaliseMunicipalityName(m.name_nl), m);
  return (nis, name) => {
    if (nis) {
      const own = byNis.get(nis);
      if (own) {
        const m = followMergers(own, byNis);
        // A merger target missing from the round's own list: core's reference knows it.
        const ref = m.merged_into ? resolveNisCode(m.nis_code)?.municipality : undefined;
        const cur = ref ?? m;
        return { place: cur.nis_code, place_name: cur.name_nl };
      }
      const ref = resolveNisCode(nis);
      if (ref) return { place: ref.municipality.nis_code, place_name: ref.municipality.name_nl };
      return { place: nis, place_name: name ?? nis };
    }
    if (name) {
      const own = byName.get(normaliseMunicipalityName(name));
      const found = own ?? findMunicipalityByName(name);
      if (found) {
        const cur = resolveNisCode(found.nis_code)?.municipality ?? followMergers(found, byNis);
        return { place: cur.nis_code, place_name: cur.name_nl };
      }
      return { place: `name:${normaliseMunicipalityName(name)}`, place_name: name };
    }
    return { place: null, place_name: null };
  };
}

/** One record per organisation of the round, sorted by id. */
export function orgRecords(network: EcoNetwork): OrgRecord[] {
  const table = new Map(network.organisations.map((o) => [o.org_id, o]));
  const resolve = placeResolver(network.municipalities);
  const out: OrgRecord[] = [];
  network.graph.forEachNode((id, attrs) => {
    const org = table.get(id);
    const name = text(org?.name ?? attrs.label ?? attrs.name) ?? id;
    const rawKbo = text(org?.kbo_number ?? attrs.kbo_number);
    const kbo = rawKbo ? normaliseKbo(rawKbo) : null;
    const orgType = text(org?.org_type ?? attrs.org_type);
    const sector = text(org?.sector ?? attrs.sector) ?? orgTypeDefaults(orgType).sector ?? null;
    const where = resolve(
      text(org?.nis_code ?? attrs.nis_code),
      text(org?.municipality ?? attrs.municipality),
    );
    out.push({
      id,
      name,
      key: normaliseOrgName(name),
      kbo: kbo?.ok && kbo.value ? kbo.value : null,
      ...where,
      org_type: orgType,
      sector,
      side: formalSideOfSector(sector ?? undefined),
      themes: list(org?.themes ?? attrs.themes),
      target_groups: list(org?.target_groups ?? attrs.target_groups),
    });
  });
  return out.sort((a, b) => compareIds(a.id, b.id));
}
