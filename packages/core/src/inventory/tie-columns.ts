/**
 * The columns `ecolens collect` adds to the relations of a collected round (nl / en): the tie's
 * status, why, and the sides that reported it. They read back as extra attributes (`--ties`, the
 * data quality line), never as unknown columns.
 */

import { normaliseHeader } from "../csv/header.ts";
import type { Lang } from "../model/types.ts";

export const TIE_COLUMNS: Record<Lang, { status: string; reason: string; sides: string }> = {
  nl: { status: "status_relatie", reason: "reden_status", sides: "gemeld_door_beide" },
  en: { status: "tie_status", reason: "status_reason", sides: "reported_by_sides" },
};

/** Is this (normalised) relations header one of the columns collect writes? */
export function isTieColumn(name: string): boolean {
  return Object.values(TIE_COLUMNS).some((c) => Object.values(c).some((h) => normaliseHeader(h) === name));
}
