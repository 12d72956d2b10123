/**
 * Why a tie is suggested: structured reasons (for JSON, CSV and the report) and one plain sentence
 * per suggestion in Dutch and English, e.g. "Both work on nature with youth in Ieper; 3 shared
 * partners, among them X and Y; the library signals a financial barrier for people in poverty
 * that OCMW already tackles (with 3 other partners)".
 */
import type { Lang, Text } from "@ecolens/core";
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

function sentence(
  reasons: readonly Reason[],
  features: FeatureTable,
  labeller: Labeller,
  lang: Lang,
): string {
  const nl = lang === "nl";
  const find = <K extends Reason["kind"]>(kind: K) =>
    reasons.find((r) => r.kind === kind) as Extract<Reason, { kind: K }> | undefined;
  const name = (id: string) => features.byId.get(id)?.label ?? id;
  const words = (kind: VocabKind, codes: readonly string[]) => {
    const shown = codes.slice(0, MAX_WORDS).map((c) => labeller(kind, c, lang));
    if (codes.length > MAX_WORDS)
      shown.push(nl ? `${codes.length - MAX_WORDS} andere` : `${codes.length - MAX_WORDS} more`);
    return joinWords(shown, lang);
  };
  const parts: string[] = [];

  const themes = find("shared_themes");
  const groups = find("shared_target_groups");
  const same = find("same_municipality");
  const near = find("neighbouring_municipalities");
  const dist = find("distance");
  const where = same
    ? ` in ${same.municipality}`
    : near
      ? nl
        ? ` in de buurgemeenten ${near.municipalities[0]} en ${near.municipalities[1]}`
        : ` in neighbouring ${near.municipalities[0]} and ${near.municipalities[1]}`
      : "";
  if (themes || groups) {
    let s = nl ? "beide werken" : "both work";
    if (themes) s += nl ? ` rond ${words("theme", themes.themes)}` : ` on ${words("theme", themes.themes)}`;
    if (groups)
      s += nl
        ? ` met ${words("target_group", groups.target_groups)}`
        : ` with ${words("target_group", groups.target_groups)}`;
    parts.push(s + where);
  } else if (same)
    parts.push(nl ? `beide zijn actief in ${same.municipality}` : `both are active in ${same.municipality}`);
  else if (near) parts.push(nl ? `ze zijn actief${where}` : `they are active${where}`);
  if (dist) {
    const km = nl ? String(dist.km).replace(".", ",") : String(dist.km);
    parts.push(nl ? `${km} km uit elkaar` : `${km} km apart`);
  }

  const shared = find("shared_partners");
  if (shared) {
    const shown = shared.partners.slice(0, 2).map(name);
    if (shared.count === 1)
      parts.push(nl ? `1 gedeelde partner (${shown[0]})` : `1 shared partner (${shown[0]})`);
    else
      parts.push(
        nl
          ? `${shared.count} gedeelde partners, o.a. ${joinWords(shown, lang)}`
          : `${shared.count} shared partners, among them ${joinWords(shown, lang)}`,
      );
  }

  const barrier = find("barrier");
  if (barrier) {
    const type = labeller("barrier_type", barrier.barrier_type, lang);
    const group = labeller("target_group", barrier.target_group, lang);
    const [sig, helper] = [name(barrier.signaller), name(barrier.helper)];
    const others = barrier.partners_on_type - 1;
    if (barrier.via === "commitment")
      parts.push(
        nl
          ? `${sig} signaleert een drempel '${type}' voor ${group} die ${helper} al aanpakt${others > 0 ? ` (met nog ${others} partner${others === 1 ? "" : "s"})` : ""}`
          : `${sig} signals a ${type} barrier for ${group} that ${helper} already tackles${others > 0 ? ` (with ${others} other partner${others === 1 ? "" : "s"})` : ""}`,
      );
    else if (barrier.via === "offering")
      parts.push(
        nl
          ? `${sig} signaleert een drempel '${type}' voor ${group} die het aanbod van ${helper} al verlaagt`
          : `${sig} signals a ${type} barrier for ${group} that ${helper}'s offer already lowers`,
      );
    else
      parts.push(
        nl
          ? `${sig} signaleert een drempel '${type}' voor ${group} en ${helper} heeft middelen om die te verlagen`
          : `${sig} signals a ${type} barrier for ${group} and ${helper} has the means to lower it`,
      );
  }

  const usual = find("usual_partners");
  if (usual) {
    const [a, b] = usual.kinds.map((k) => kindWord(k, labeller, lang));
    const near =
      usual.place === "same"
        ? nl
          ? " in dezelfde gemeente"
          : " in the same municipality"
        : usual.place === "neighbours"
          ? nl
            ? " in buurgemeenten"
            : " in neighbouring municipalities"
          : "";
    parts.push(
      nl
        ? `${a} en ${b}${near} werken hier vaak samen (${usual.ties} van ${usual.pairs} zulke paren)`
        : `${a} and ${b}${near} often work together here (${usual.ties} of ${usual.pairs} such pairs)`,
    );
  }

  const line = find("crosses_line");
  if (line) {
    if (line.across === "formal")
      parts.push(
        nl
          ? "de band overbrugt formeel onderwijs en non-formeel/informeel leren"
          : "the tie bridges formal education and non-formal/informal learning",
      );
    else if (line.across === "sector") {
      const [a, b] = line.values.map((s) => labeller("sector", s, lang));
      parts.push(
        nl ? `de band verbindt de sectoren ${a} en ${b}` : `the tie links the ${a} and ${b} sectors`,
      );
    } else
      parts.push(
        nl
          ? `de band verbindt ${line.values[0]} en ${line.values[1]}`
          : `the tie links ${line.values[0]} and ${line.values[1]}`,
      );
  }
  if (parts.length === 0) return nl ? "Geen uitgesproken reden." : "No particular reason.";
  const text = parts.join("; ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** An organisation kind in words: its org_type label, else its sector label. */
function kindWord(kind: string, labeller: Labeller, lang: Lang): string {
  const asType = labeller("org_type", kind, lang);
  return asType !== kind.replace(/_/g, " ") ? asType : labeller("sector", kind, lang);
}
