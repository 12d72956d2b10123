/**
 * Matching what people type against a vocabulary. A cell matches when, after normalisation
 * (trim, BOM, lowercase, accents removed, every run of other characters -> `_`), it equals the
 * EN code, the NL code (the normalised Dutch label), the English label or a synonym.
 */
import type { Lang } from "../model/types.ts";
import { VOCABULARIES, type VocabName } from "./registry.ts";
import type { VocabEntry, Vocabulary } from "./types.ts";

/** `Natuur & Milieu` -> `natuur_milieu`; `55+` -> `55plus`; `Coöperatie` -> `cooperatie`. */
export function normaliseVocabKey(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** The Dutch code of an entry: its normalised NL label (e.g. `bibliotheek`). */
export function nlCode(entry: VocabEntry): string {
  return normaliseVocabKey(entry.nl);
}

const CODE_IN: Record<Lang, (entry: VocabEntry) => string> = { nl: nlCode, en: (entry) => entry.code };

/** The code people type in `lang`: the Dutch code (nlCode) or the English code. */
export function codeIn(entry: VocabEntry, lang: Lang): string {
  return CODE_IN[lang](entry);
}

interface VocabIndex {
  byKey: Map<string, string>;
  byCode: Map<string, VocabEntry>;
}
const indexes = new Map<string, VocabIndex>();

function resolve(vocab: VocabName | Vocabulary): Vocabulary {
  return typeof vocab === "string" ? VOCABULARIES[vocab] : vocab;
}

function indexOf(vocab: Vocabulary): VocabIndex {
  let index = indexes.get(vocab.name);
  if (index) return index;
  index = { byKey: new Map(), byCode: new Map() };
  // The code and labels first, so a synonym never shadows another entry's own code.
  for (const entry of vocab.entries) {
    index.byCode.set(entry.code, entry);
    for (const key of [entry.code, entry.nl, entry.en]) {
      const k = normaliseVocabKey(key);
      if (k && !index.byKey.has(k)) index.byKey.set(k, entry.code);
    }
  }
  for (const entry of vocab.entries)
    for (const s of entry.synonyms ?? []) {
      const k = normaliseVocabKey(s);
      if (k && !index.byKey.has(k)) index.byKey.set(k, entry.code);
    }
  indexes.set(vocab.name, index);
  return index;
}

/** Every normalised key and the code it stands for (used by tests and the docs generator). */
export function vocabularyKeys(vocab: VocabName | Vocabulary): ReadonlyMap<string, string> {
  return indexOf(resolve(vocab)).byKey;
}

/** Recent raw cells per vocabulary: a column repeats a handful of values thousands of times. */
const rawCache = new Map<string, Map<string, string | undefined>>();
const RAW_CACHE_LIMIT = 4096;

/** The canonical code for what a person typed, or undefined when nothing matches. */
export function matchVocabulary(vocab: VocabName | Vocabulary, raw: string): string | undefined {
  const v = resolve(vocab);
  let cache = rawCache.get(v.name);
  if (!cache) rawCache.set(v.name, (cache = new Map()));
  if (cache.has(raw)) return cache.get(raw);
  const key = normaliseVocabKey(raw);
  const code = key ? indexOf(v).byKey.get(key) : undefined;
  if (cache.size >= RAW_CACHE_LIMIT) cache.clear();
  cache.set(raw, code);
  return code;
}

/** The label for people; `other:<raw>` shows the raw text, an unknown code itself. */
export function label(vocab: VocabName | Vocabulary, code: string, lang: Lang): string {
  if (code.startsWith("other:")) return code.slice("other:".length);
  const entry = indexOf(resolve(vocab)).byCode.get(code);
  return entry ? entry[lang] : code;
}

export function vocabCodes(vocab: VocabName | Vocabulary): string[] {
  return resolve(vocab).entries.map((e) => e.code);
}

/** Edit distance, for suggesting the nearest valid choices. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A few valid choices closest to what was typed (nearest key first, ties by vocabulary order),
 * as entries so messages can show the NL and the EN code.
 */
export function suggestVocabulary(vocab: VocabName | Vocabulary, raw: string, max = 4): VocabEntry[] {
  const v = resolve(vocab);
  const { byKey, byCode } = indexOf(v);
  const key = normaliseVocabKey(raw);
  const best = new Map<string, number>();
  for (const [k, code] of byKey) {
    // A shared prefix or containment counts as close.
    const d = k.startsWith(key) || key.startsWith(k) ? 0 : levenshtein(key, k);
    if (!best.has(code) || d < best.get(code)!) best.set(code, d);
  }
  const order = new Map(v.entries.map((e, i) => [e.code, i]));
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || order.get(a[0])! - order.get(b[0])!)
    .slice(0, max)
    .map(([code]) => byCode.get(code)!);
}
