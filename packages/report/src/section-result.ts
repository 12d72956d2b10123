/**
 * A report section is computed on its own: when its analysis throws on an odd network, the rest
 * of the report still comes out and the section says "could not be computed: why" instead of
 * disappearing in silence (viz shows `model.failures` at the top of the report).
 */
import type { SectionFailure } from "@ecolens/viz";
import { type MessageCode, msg } from "./messages.ts";

/** The sections that run an analysis of their own. */
export type SectionName =
  | "analysis"
  | "clusters"
  | "mixing"
  | "white_spots"
  | "barriers"
  | "suggestions"
  | "critical"
  | "learning_paths"
  | "geo";

export type SectionResult<T> =
  | { section: SectionName; ok: true; value: T }
  | { section: SectionName; ok: false; failure: SectionFailure };

/** Why it failed, in one line (the error's message, else its text). */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0].trim();
  return line === "" ? (error instanceof Error ? error.name : "error") : line;
}

export function sectionFailure(section: SectionName, error: unknown): SectionFailure {
  const title = msg(`section.${section}` as MessageCode);
  return { section, message: msg("section.failed", { section: title, reason: reason(error) }) };
}

export function computeSection<T>(section: SectionName, run: () => T): SectionResult<T> {
  try {
    return { section, ok: true, value: run() };
  } catch (error) {
    return { section, ok: false, failure: sectionFailure(section, error) };
  }
}

export async function computeSectionAsync<T>(
  section: SectionName,
  run: () => Promise<T>,
): Promise<SectionResult<T>> {
  try {
    return { section, ok: true, value: await run() };
  } catch (error) {
    return { section, ok: false, failure: sectionFailure(section, error) };
  }
}

/** Collects the failures of a report's sections, in the order they ran. */
export class SectionLog {
  readonly failures: SectionFailure[] = [];

  /** The section's value, or undefined after noting its failure. */
  take<T>(result: SectionResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.failures.push(result.failure);
    return undefined;
  }

  run<T>(section: SectionName, run: () => T): T | undefined {
    return this.take(computeSection(section, run));
  }

  async runAsync<T>(section: SectionName, run: () => Promise<T>): Promise<T | undefined> {
    return this.take(await computeSectionAsync(section, run));
  }
}
