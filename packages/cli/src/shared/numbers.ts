/** Whole-number options (--top, --seed, --sample, --age, ...): one rule and one nl/en message. */
import { DEFAULT_SEED } from "@ecolens/core";
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
  const range =
    min !== undefined && max !== undefined
      ? { nl: ` van ${min} tot ${max}`, en: ` from ${min} to ${max}` }
      : min !== undefined
        ? { nl: ` vanaf ${min}`, en: ` of at least ${min}` }
        : { nl: "", en: "" };
  throw new UsageError({
    nl: `${flag} verwacht een geheel getal${range.nl}, niet '${text}'`,
    en: `${flag} takes a whole number${range.en}, not '${text}'`,
  });
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
