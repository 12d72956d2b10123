/**
 * What a scope value stands for in one network: a municipality typed by name, NIS code, French
 * name or a name merged away in 2019/2025 (Kortessem -> Hasselt) resolves to a municipality that
 * is present in the input, or to the reason it does not (absent from the input, or unknown with
 * the closest names). Pure: the CLI turns the outcome into a usage error.
 */
import {
  type EcoNetwork,
  findMunicipalityByName,
  levenshtein,
  normaliseMunicipalityName,
  resolveNisCode,
} from "@ecolens/core";

export interface PresentMunicipality {
  nis_code?: string;
  name: string;
}

export type MunicipalityMatch =
  /** Present in the input; `merged_from` when an old name or code was given. */
  | { status: "present"; municipality: PresentMunicipality; merged_from?: string }
  /** A real municipality (reference table) that no organisation in the input lies in. */
  | { status: "absent"; name: string }
  /** Not a municipality this input or the reference table knows; `closest` present names. */
  | { status: "unknown"; closest: string[] };

/** The municipalities the organisations of the input lie in, sorted by name. */
export function presentMunicipalities(network: EcoNetwork): PresentMunicipality[] {
  const byKey = new Map<string, PresentMunicipality>();
  const nameOf = new Map(network.municipalities.map((m) => [m.nis_code, m.name_nl]));
  network.graph.forEachNode((_id, attr) => {
    const nis = typeof attr.nis_code === "string" && attr.nis_code.trim() ? attr.nis_code.trim() : undefined;
    const typed = typeof attr.municipality === "string" ? attr.municipality.trim() : "";
    const byName = !nis && typed ? nameInReference(typed) : undefined;
    const current = nis ? resolveNisCode(nis)?.municipality : byName?.municipality;
    const name = current?.name_nl ?? (nis ? nameOf.get(nis) : undefined) ?? typed;
    if (!name || /^\d+$/.test(name)) return;
    const code = current?.nis_code ?? nis;
    const key = code ?? normaliseMunicipalityName(name);
    if (!byKey.has(key)) byKey.set(key, code ? { nis_code: code, name } : { name });
  });
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** Resolves what a person typed for --municipality against the municipalities of the input. */
export function matchMunicipality(network: EcoNetwork, raw: string): MunicipalityMatch {
  const present = presentMunicipalities(network);
  const key = normaliseMunicipalityName(raw);
  const typed = raw.trim();
  const direct = present.find(
    (m) => m.nis_code === typed || (key !== "" && normaliseMunicipalityName(m.name) === key),
  );
  if (direct) return { status: "present", municipality: direct };
  const ref = /^\d{5}$/.test(typed) ? resolveNisCode(typed) : nameInReference(raw);
  if (ref) {
    const current = ref.municipality;
    const hit = present.find(
      (m) =>
        m.nis_code === current.nis_code ||
        normaliseMunicipalityName(m.name) === normaliseMunicipalityName(current.name_nl),
    );
    const mergedFrom = ref.mergedFrom?.name_nl;
    if (hit)
      return mergedFrom
        ? { status: "present", municipality: hit, merged_from: mergedFrom }
        : { status: "present", municipality: hit };
    return { status: "absent", name: mergedFrom ? `${mergedFrom} (${current.name_nl})` : current.name_nl };
  }
  return {
    status: "unknown",
    closest: closestNames(
      raw,
      present.map((m) => m.name),
    ),
  };
}

function nameInReference(raw: string) {
  const m = findMunicipalityByName(raw);
  return m ? resolveNisCode(m.nis_code) : undefined;
}

/** Up to `limit` names nearest to `raw` (prefix or containment first, then edit distance). */
export function closestNames(raw: string, names: readonly string[], limit = 3): string[] {
  const w = normaliseMunicipalityName(raw);
  if (w === "") return [];
  const scored = names.map((name) => {
    const n = normaliseMunicipalityName(name);
    const d = n.startsWith(w) || w.startsWith(n) ? 0 : n.includes(w) ? 0.5 : levenshtein(w, n);
    return { name, d };
  });
  return scored
    .filter(({ d }) => d <= Math.max(2, Math.floor(w.length / 3)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, "nl"))
    .slice(0, limit)
    .map((s) => s.name);
}
