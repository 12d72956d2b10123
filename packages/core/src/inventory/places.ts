/**
 * Resolving where an organisation, offering or barrier is: a NIS code (old pre-merger codes map to
 * the municipality they merged into) or a municipality name, against the reference list in use
 * (shipped with ecolens, given as an option, or the inventory's own municipalities.csv).
 */

import { msgText } from "../messages/index.ts";
import type { Finding, Municipality } from "../model/types.ts";
import { normaliseMunicipalityName } from "../reference/municipalities.ts";
import { levenshtein } from "../vocab/match.ts";
import { finding, q } from "./findings.ts";

export class MunicipalityLookup {
  private readonly byNis = new Map<string, Municipality>();
  private readonly byName = new Map<string, Municipality>();

  constructor(readonly list: readonly Municipality[]) {
    for (const m of list) if (!this.byNis.has(m.nis_code)) this.byNis.set(m.nis_code, m);
    // Historic ones first, so a current municipality with the same name wins.
    const ordered = [...list].sort((a, b) => Number(isCurrent(a)) - Number(isCurrent(b)));
    for (const m of ordered)
      for (const name of [m.name_nl, m.name_fr])
        if (name) this.byName.set(normaliseMunicipalityName(name), m);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** The current municipality for a code; `from` is the old record when the code was merged away. */
  resolveNis(code: string): { current: Municipality; from?: Municipality } | undefined {
    const start = this.byNis.get(code);
    return start ? this.follow(start) : undefined;
  }

  resolveName(name: string): { current: Municipality; from?: Municipality } | undefined {
    const start = this.byName.get(normaliseMunicipalityName(name));
    return start ? this.follow(start) : undefined;
  }

  private readonly near = new Map<string, string | undefined>();

  /** The current name closest to a misspelt one (one typo per five letters), for "did you mean". */
  nearestName(name: string): string | undefined {
    const key = normaliseMunicipalityName(name);
    if (!this.near.has(key)) {
      let best: { d: number; name: string } | undefined;
      for (const [known, m] of [...this.byName].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
        const d = levenshtein(key, known);
        if (d <= Math.max(1, Math.floor(key.length / 5)) && (!best || d < best.d))
          best = { d, name: this.follow(m).current.name_nl };
      }
      this.near.set(key, best?.name);
    }
    return this.near.get(key);
  }

  private follow(start: Municipality): { current: Municipality; from?: Municipality } {
    let current = start;
    // Bounded: a cycle in a hand-edited municipalities.csv must not hang the import.
    for (let hops = 0; current.merged_into !== undefined && hops < 10; hops++) {
      const next = this.byNis.get(current.merged_into);
      if (!next) break;
      current = next;
    }
    return current === start ? { current } : { current, from: start };
  }
}

function isCurrent(m: Municipality): boolean {
  return m.valid_to === undefined && m.merged_into === undefined;
}

export interface Located {
  nis_code?: string;
  municipality?: string;
}

export interface PlaceColumns {
  file: string;
  row: number;
  nisColumn?: string;
  nameColumn?: string;
}

const show = (m: Municipality) => `${m.name_nl} (${m.nis_code})`;

/**
 * Fills in nis_code from the name (and the name from the code), follows mergers and reports
 * unknown or contradicting places. Mutates `rec`.
 */
export function resolvePlace(
  rec: Located,
  lookup: MunicipalityLookup,
  where: PlaceColumns,
  out: Finding[],
): void {
  if (lookup.empty) return;
  const { file, row } = where;
  let byCode: ReturnType<MunicipalityLookup["resolveNis"]>;
  if (rec.nis_code !== undefined) {
    const written = rec.nis_code;
    byCode = lookup.resolveNis(written);
    const at = { file, row, column: where.nisColumn, value: written };
    if (!byCode) {
      out.push(
        finding(
          "warning",
          "UNKNOWN_NIS_CODE",
          at,
          msgText("places.unknown_nis_code", { written: q(written) }),
        ),
      );
    } else {
      if (byCode.from)
        out.push(
          finding(
            "info",
            "MERGED_MUNICIPALITY",
            at,
            msgText("places.merged_by_code", {
              from: show(byCode.from),
              current: show(byCode.current),
              nis_code: byCode.current.nis_code,
            }),
          ),
        );
      rec.nis_code = byCode.current.nis_code;
    }
  }
  if (rec.municipality !== undefined) {
    const written = rec.municipality;
    const byName = lookup.resolveName(written);
    const at = { file, row, column: where.nameColumn, value: written };
    if (!byName) {
      const near = byCode ? undefined : lookup.nearestName(written);
      if (!byCode)
        out.push(
          finding(
            "warning",
            "UNKNOWN_MUNICIPALITY",
            at,
            msgText("places.unknown_municipality", { written: q(written), near: near ? q(near) : "" }),
          ),
        );
      return;
    }
    if (byCode && byCode.current.nis_code !== byName.current.nis_code) {
      out.push(
        finding(
          "warning",
          "MUNICIPALITY_MISMATCH",
          at,
          msgText("places.municipality_mismatch", {
            written: q(written),
            nis_code: byCode.current.nis_code,
            name_nl: byCode.current.name_nl,
          }),
        ),
      );
      return;
    }
    if (!byCode) {
      if (byName.from)
        out.push(
          finding(
            "info",
            "MERGED_MUNICIPALITY",
            at,
            msgText("places.merged_by_name", { written: q(written), current: show(byName.current) }),
          ),
        );
      rec.nis_code = byName.current.nis_code;
      byCode = byName;
    }
  }
  if (byCode) rec.municipality = byCode.current.name_nl;
}
