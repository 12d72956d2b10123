/**
 * Why a tie is suggested: structured reasons (for JSON, CSV and the report) and one plain sentence
 * per suggestion in Dutch and English, e.g. "Both work on nature with youth in Ieper; 3 shared
 * partners, among them X and Y; the library signals a financial barrier for people in poverty
 * that OCMW already tackles (with 3 other partners)".
 */
import type { Lang, Text } from "@ecolens/core";
import { decimalMark, type MessageCode, say } from "../messages/index.ts";
import { joinWords, type Labeller, type VocabKind } from "../text/labels.ts";
import type { FeatureTable, HelpVia } from "./features.ts";

export type Reason =
  | { kind: "shared_partners"; count: number; partners: string[] }
  | { kind: "shared_themes"; themes: string[] }
  | { kind: "shared_target_groups"; target_groups: string[] }
  | { kind: "same_municipality"; nis_code: string; municipality: string }
  | { kind: "neighbouring_municipalities"; municipalities: [string, string] }
  | { kind: "distance"; km: number }
  | {
      kind: "barrier";
      signaller: string;
      helper: string;
      barrier_id: string;
      barrier_type: string;
      target_group: string;
      via: HelpVia;
      /** Organisations committed to barriers of this type (the helper may be one of them). */
      partners_on_type: number;
    }
  | {
      kind: "usual_partners";
      /** The two kinds (org_type, else sector) and how near they are. */
      kinds: [string, string];
      place: "same" | "neighbours" | "further" | "unknown";
      /** Tied pairs / all pairs of this block in the network. */
      ties: number;
      pairs: number;
    }
  | { kind: "crosses_line"; across: "formal" | "sector" | "municipality"; values: [string, string] };

const MAX_WORDS = 3;

export function describeSuggestion(
  reasons: readonly Reason[],
  features: FeatureTable,
  labeller: Labeller,
  _placeName?: (nis: string) => string,
): Text {
  return { nl: sentence(reasons, features, labeller, "nl"), en: sentence(reasons, features, labeller, "en") };
}

type Find = <K extends Reason["kind"]>(kind: K) => Extract<Reason, { kind: K }> | undefined;

interface Words {
  lang: Lang;
  labeller: Labeller;
  find: Find;
  /** An organisation's label. */
  name: (id: string) => string;
  /** Up to MAX_WORDS vocabulary words, then "n more". */
  words: (kind: VocabKind, codes: readonly string[]) => string;
}

function sentence(
  reasons: readonly Reason[],
  features: FeatureTable,
  labeller: Labeller,
  lang: Lang,
): string {
  const w: Words = {
    lang,
    labeller,
    find: (kind) => reasons.find((r) => r.kind === kind) as never,
    name: (id) => features.byId.get(id)?.label ?? id,
    words: (kind, codes) => {
      const shown = codes.slice(0, MAX_WORDS).map((c) => labeller(kind, c, lang));
      if (codes.length > MAX_WORDS) shown.push(say("reason.more", lang, { n: codes.length - MAX_WORDS }));
      return joinWords(shown, lang);
    },
  };
  const parts = [...placeParts(w), partnersPart(w), barrierPart(w), usualPart(w), linePart(w)].filter(
    (p): p is string => p !== null,
  );
  if (parts.length === 0) return say("reason.none", lang);
  const text = parts.join("; ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** What both work on and where, and how far apart. */
function placeParts({ lang, find, words }: Words): string[] {
  const parts: string[] = [];
  const themes = find("shared_themes");
  const groups = find("shared_target_groups");
  const same = find("same_municipality");
  const near = find("neighbouring_municipalities");
  const dist = find("distance");
  const where = same
    ? say("reason.where.same", lang, { place: same.municipality })
    : near
      ? say("reason.where.neighbours", lang, { a: near.municipalities[0], b: near.municipalities[1] })
      : "";
  if (themes || groups) {
    let s = say("reason.both_work", lang);
    if (themes) s += say("reason.themes", lang, { words: words("theme", themes.themes) });
    if (groups)
      s += say("reason.target_groups", lang, { words: words("target_group", groups.target_groups) });
    parts.push(s + where);
  } else if (same) parts.push(say("reason.same_municipality", lang, { place: same.municipality }));
  else if (near) parts.push(say("reason.neighbouring", lang, { where }));
  if (dist) parts.push(say("reason.distance", lang, { km: decimalMark(String(dist.km), lang) }));
  return parts;
}

function partnersPart({ lang, find, name }: Words): string | null {
  const shared = find("shared_partners");
  if (!shared) return null;
  const shown = shared.partners.slice(0, 2).map(name);
  if (shared.count === 1) return say("reason.shared_partner", lang, { name: shown[0] });
  return say("reason.shared_partners", lang, { n: shared.count, names: joinWords(shown, lang) });
}

const BARRIER_VIA: Record<HelpVia, MessageCode> = {
  commitment: "reason.barrier.commitment",
  offering: "reason.barrier.offering",
  resource: "reason.barrier.resource",
};

function barrierPart({ lang, labeller, find, name }: Words): string | null {
  const barrier = find("barrier");
  if (!barrier) return null;
  return say(BARRIER_VIA[barrier.via] ?? "reason.barrier.resource", lang, {
    type: labeller("barrier_type", barrier.barrier_type, lang),
    group: labeller("target_group", barrier.target_group, lang),
    signaller: name(barrier.signaller),
    helper: name(barrier.helper),
    others: barrier.partners_on_type - 1,
  });
}

function usualPart({ lang, labeller, find }: Words): string | null {
  const usual = find("usual_partners");
  if (!usual) return null;
  const [a, b] = usual.kinds.map((k) => kindWord(k, labeller, lang));
  const near =
    usual.place === "same"
      ? say("reason.usual.same", lang)
      : usual.place === "neighbours"
        ? say("reason.usual.neighbours", lang)
        : "";
  return say("reason.usual", lang, { a, b, near, ties: usual.ties, pairs: usual.pairs });
}

function linePart({ lang, labeller, find }: Words): string | null {
  const line = find("crosses_line");
  if (!line) return null;
  if (line.across === "formal") return say("reason.line.formal", lang);
  if (line.across === "sector") {
    const [a, b] = line.values.map((s) => labeller("sector", s, lang));
    return say("reason.line.sector", lang, { a, b });
  }
  return say("reason.line.municipality", lang, { a: line.values[0], b: line.values[1] });
}

/** An organisation kind in words: its org_type label, else its sector label. */
function kindWord(kind: string, labeller: Labeller, lang: Lang): string {
  const asType = labeller("org_type", kind, lang);
  return asType !== kind.replace(/_/g, " ") ? asType : labeller("sector", kind, lang);
}
