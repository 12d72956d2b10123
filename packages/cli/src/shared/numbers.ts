/** Whole-number options (--top, --seed, --sample, --age, ...): one rule and one nl/en message. */
import { DEFAULT_SEED, type Lang } from "@ecolens/core";
import { msg } from "../messages/index.ts";
import { UsageError } from "./errors.ts";

export interface Bounds {
  min?: number;
  max?: number;
}

export function wholeNumber(text: string, flag: string, { min, max }: Bounds = {}): number {
  const n = Number(text);
  if (
    text.trim() !== "" &&
    Number.isInteger(n) &&
    (min === undefined || n >= min) &&
    (max === undefined || n <= max)
  )
    return n;
  const range = (lang: Lang) =>
    min !== undefined && max !== undefined
      ? msg("number.range.both", lang, { min, max })
      : min !== undefined
        ? msg("number.range.min", lang, { min })
        : "";
  const say = (lang: Lang) => msg("number.whole", lang, { flag, range: range(lang), value: text });
  throw new UsageError({ nl: say("nl"), en: say("en") });
}

/** An optional whole number: undefined stays undefined. */
export function optionalWholeNumber(
  text: string | undefined,
  flag: string,
  bounds?: Bounds,
): number | undefined {
  return text === undefined ? undefined : wholeNumber(text, flag, bounds);
}

/** --seed: any whole number, default the project's seed. */
export function parseSeed(text: string | undefined): number {
  return text === undefined ? DEFAULT_SEED : wholeNumber(text, "--seed");
}
