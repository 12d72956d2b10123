/**
 * One resolver for every option that takes a vocabulary value (--sector, --type, --relation-type,
 * --theme, --target-group/--group, --barrier) or a municipality: nl and en codes, labels and
 * synonyms, case and accents ignored. An unknown value is a usage error (exit 2) naming the
 * closest matches; a municipality also lists the municipalities present in the input.
 */
import { closestNames, matchMunicipality, presentMunicipalities } from "@ecolens/analysis";
import {
  type EcoNetwork,
  type Lang,
  matchVocabulary,
  nlCode,
  normaliseVocabKey,
  VOCABULARIES,
  type VocabEntry,
  type VocabName,
  vocabularyKeys,
} from "@ecolens/core";
import { msg } from "../messages/index.ts";
import { UsageError } from "./errors.ts";

/** The code a user of each language types: the Dutch code in Dutch, the code itself in English. */
const TYPED_CODE: Record<Lang, (entry: VocabEntry) => string> = { nl: nlCode, en: (entry) => entry.code };

/** An entry as the user can type it: "nature_environment (Nature and environment)" in English,
 * "natuur_en_milieu (Natuur en milieu)" in Dutch. */
function shown(kind: VocabName, code: string, lang: Lang): string {
  const entry = VOCABULARIES[kind].entries.find((e) => e.code === code);
  if (!entry) return code;
  return `${TYPED_CODE[lang](entry)} (${entry[lang]})`;
}

/** Every entry of a vocabulary as the user can type it, in the user's language. */
export function vocabChoices(kind: VocabName, lang: Lang): string {
  return VOCABULARIES[kind].entries.map((e) => shown(kind, e.code, lang)).join(", ");
}

/**
 * The canonical code for `raw`. `present` are values found in the input outside the vocabulary
 * (a GEXF with its own relation types): typed exactly (case ignored), they are accepted as they are.
 */
export function resolveVocabValue(
  kind: VocabName,
  raw: string,
  option: string,
  present: readonly string[] = [],
): string {
  const code = matchVocabulary(kind, raw);
  if (code) return code;
  const own = present.find((p) => normaliseVocabKey(p) === normaliseVocabKey(raw));
  if (own !== undefined) return own;
  const keys = vocabularyKeys(kind);
  const near = closestNames(normaliseVocabKey(raw), [...keys.keys()], 6).map((k) => keys.get(k)!);
  const closest = [...new Set(near)].slice(0, 3);
  const text = (lang: Lang) =>
    msg("value.unknown", lang, {
      value: raw.trim(),
      option,
      closest: closest.map((code) => shown(kind, code, lang)).join(", "),
      choices: vocabChoices(kind, lang),
    });
  throw new UsageError({ nl: text("nl"), en: text("en") });
}

/** Every value of a list option (comma-separated values split too), resolved. */
export function resolveVocabList(
  kind: VocabName,
  values: string[] | undefined,
  option: string,
  present: readonly string[] = [],
): string[] | undefined {
  if (values === undefined) return undefined;
  return [...new Set(values.map((v) => resolveVocabValue(kind, v, option, present)))];
}

/**
 * The municipality `raw` stands for, present in the input: its NIS code (or its name when the
 * input has no codes). Unknown or absent is a usage error listing the municipalities present.
 */
export function resolveMunicipality(network: EcoNetwork, raw: string, option: string): string {
  const match = matchMunicipality(network, raw);
  if (match.status === "present") return match.municipality.nis_code ?? match.municipality.name;
  const names = presentMunicipalities(network).map((m) => m.name);
  const present = (lang: Lang) => (names.length > 0 ? names.join(", ") : msg("municipality.none", lang));
  const value = raw.trim();
  const text = (lang: Lang) =>
    match.status === "absent"
      ? msg("municipality.absent", lang, { name: match.name, option, value, present: present(lang) })
      : msg("municipality.unknown", lang, {
          value,
          option,
          closest: match.closest.map((n) => `'${n}'`).join(", "),
          present: present(lang),
        });
  throw new UsageError({ nl: text("nl"), en: text("en") });
}
