/**
 * `ecolens collect`: returned partner forms + the last round -> one inventory. Each organisation's
 * own row, offerings and commitments come from its own form (its edits win); organisations without
 * a form keep the last round's rows and are listed; every relation gets `reported_by`, the sides
 * that reported it, a status and (when contradicted) why. The result is an ordinary inventory.
 */
import { type CsvKind, SCHEMAS } from "../inventory/schema.ts";
import { TIE_COLUMNS } from "../inventory/tie-columns.ts";
import { msg, msgText } from "../messages/index.ts";
import type { EcoNetwork, InputFile, Lang } from "../model/types.ts";
import { type FormProblem, type FormRow, type ReturnedForm, readForm } from "./collect-forms.ts";
import {
  isYes,
  pairKey,
  type RemovedTie,
  relationTypeCode,
  resolvePair,
  strengthKey,
  type TieOutcome,
  type TieReport,
  type TieStatus,
} from "./collect-ties.ts";
import { header as headerOf, inventorySheet } from "./inventory-sheets.ts";
import { DELETE_HEADER } from "./template.ts";
import type { CellValue, SheetSpec } from "./write-workbook.ts";

type Row = Map<string, CellValue>;

export const TIE_STATUS_LABEL: Record<TieStatus, Record<Lang, string>> = {
  confirmed: msgText("collect.confirmed"),
  reported_by_one: msgText("collect.reported_by_one"),
  contradicted: msgText("collect.contradicted"),
  no_response: msgText("collect.no_response"),
};
const REASON_LABEL: Record<string, Record<Lang, string>> = {
  type_differs: msgText("collect.type_differs"),
  strength_differs: msgText("collect.strength_differs"),
  deleted_by_other: msgText("collect.deleted_by_other"),
  missing_in_other: msgText("collect.missing_in_other"),
};

export { TIE_COLUMNS };

export interface CollectResult {
  sheets: SheetSpec[];
  respondents: string[];
  nonRespondents: Array<{ org_id: string; name: string }>;
  ties: Record<TieStatus, number>;
  removed: RemovedTie[];
  problems: FormProblem[];
}

/** The last round's table as rows by header, and the sheet spec they came from. */
function baseRows(kind: CsvKind, records: readonly object[], lang: Lang) {
  const spec = inventorySheet(kind, records as never, lang);
  const headers = spec.columns.map((c) => c.header);
  const rows = spec.rows.map((r) => new Map(headers.map((h, i) => [h, r[i]])) as Row);
  return { spec, rows };
}

const fromForm = (r: FormRow): Row => new Map([...r.cells].map(([h, v]) => [h, v === "" ? undefined : v]));

function sheetOf(spec: SheetSpec, rows: Row[], drop: Set<string>): SheetSpec {
  const headers = spec.columns.map((c) => c.header);
  const added: string[] = [];
  for (const r of rows)
    for (const h of r.keys()) if (!headers.includes(h) && !added.includes(h) && !drop.has(h)) added.push(h);
  const all = [...headers, ...added];
  return {
    ...spec,
    columns: [...spec.columns, ...added.map((h) => ({ header: h }))],
    rows: rows.map((r) => all.map((h) => r.get(h))),
  };
}

export function collectForms(files: InputFile[], base: EcoNetwork, lang: Lang): CollectResult {
  const forms = new Map<string, ReturnedForm>();
  const problems: FormProblem[] = [];
  const known = new Set(base.organisations.map((o) => o.org_id));
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const form = readForm(f);
    if (!("org_id" in form)) problems.push(form);
    else if (!known.has(form.org_id))
      problems.push({
        file: f.name,
        message: msgText("collect.unknown_organisation", { org_id: form.org_id }),
      });
    else {
      if (forms.has(form.org_id))
        problems.push({
          file: f.name,
          message: msgText("collect.second_form", { org_id: form.org_id }),
        });
      forms.set(form.org_id, form);
    }
  }
  const answered = (id: string) => forms.has(id);

  // Organisations: the own form's row wins; others keep the last round.
  const orgs = baseRows("organisations", base.organisations, lang);
  const orgRows = base.organisations.map((o, i) => {
    const own = forms
      .get(o.org_id)
      ?.tables.get("organisations")
      ?.find((r) => r.fields.get("org_id") === o.org_id);
    return own ? fromForm(own) : orgs.rows[i];
  });
  // Owned tables: a respondent's rows come from its form, the others' from the last round.
  const owned = (kind: "offerings" | "barrier_commitments", records: Array<{ org_id: string }>) => {
    const b = baseRows(kind, records, lang);
    const rows = records.flatMap((r, i) => (answered(r.org_id) ? [] : [b.rows[i]]));
    for (const form of forms.values()) rows.push(...(form.tables.get(kind) ?? []).map(fromForm));
    return sheetOf(b.spec, rows, new Set());
  };
  const barriers = baseRows("barriers", base.barriers, lang);

  const { sheet: relations, ties, removed } = collectRelations(base, forms, lang);
  const sheets: SheetSpec[] = [
    sheetOf(orgs.spec, orgRows, new Set()),
    relations,
    owned("offerings", base.offerings),
    sheetOf(barriers.spec, barriers.rows, new Set()),
    owned("barrier_commitments", base.commitments),
  ];
  const respondents = [...forms.keys()].sort();
  const nonRespondents = base.organisations
    .filter((o) => !answered(o.org_id))
    .map((o) => ({ org_id: o.org_id, name: o.name }))
    .sort((a, b) => (a.org_id < b.org_id ? -1 : 1));
  sheets.push(responseSheet(base, forms, lang, ties));
  return { sheets, respondents, nonRespondents, ties, removed, problems };
}

function collectRelations(base: EcoNetwork, forms: Map<string, ReturnedForm>, lang: Lang) {
  const b = baseRows("relations", base.relations, lang);
  const del = DELETE_HEADER[lang];
  const reports = new Map<string, Array<TieReport<Row>>>();
  const add = (key: string, r: TieReport<Row>) => reports.set(key, [...(reports.get(key) ?? []), r]);
  for (const form of forms.values())
    for (const r of form.tables.get("relations") ?? []) {
      const f = (k: string) => r.fields.get(k) ?? "";
      const source = f("source_id");
      const target = f("target_id");
      if (!source || !target) continue;
      const deleted = isYes(r.cells.get(del));
      add(pairKey(source, target), {
        by: form.org_id,
        source,
        target,
        type: relationTypeCode(f("relation_type")),
        strength: strengthKey(f("level"), f("weight")),
        deleted,
        row: fromForm(r),
      });
    }
  const lastRound = new Map<string, Set<string>>();
  base.relations.forEach((r) => {
    const k = pairKey(r.source_id, r.target_id);
    lastRound.set(k, (lastRound.get(k) ?? new Set()).add(r.relation_type));
  });
  const outcomes: Array<TieOutcome<Row>> = [];
  const removed: RemovedTie[] = [];
  const answered = (id: string) => forms.has(id);
  const done = new Set<string>();
  base.relations.forEach((rel, i) => {
    const k = pairKey(rel.source_id, rel.target_id);
    if (answered(rel.source_id) || answered(rel.target_id)) return;
    outcomes.push({ row: b.rows[i], status: "no_response", reporters: [] });
    done.add(k);
  });
  for (const [k, list] of [...reports].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [a, c] = k.split("\u0000") as [string, string];
    outcomes.push(...resolvePair([a, c], list, answered, (t) => lastRound.get(k)?.has(t) ?? false, removed));
  }
  // Last-round ties that a responding side's form no longer holds and nobody reported: removed.
  base.relations.forEach((rel) => {
    const k = pairKey(rel.source_id, rel.target_id);
    if (done.has(k) || reports.has(k)) return;
    removed.push({
      source: rel.source_id,
      target: rel.target_id,
      type: rel.relation_type,
      by: [rel.source_id, rel.target_id].filter(answered).sort(),
    });
  });
  const cols = TIE_COLUMNS[lang];
  const ties: Record<TieStatus, number> = {
    confirmed: 0,
    reported_by_one: 0,
    contradicted: 0,
    no_response: 0,
  };
  const header = (field: string) => {
    const spec = SCHEMAS.relations.find((s) => s.field === field);
    return spec ? headerOf(spec, lang) : field;
  };
  const yes = msg("xlsx.yes", lang);
  const no = msg("xlsx.no", lang);
  const rows = outcomes.map((o) => {
    ties[o.status]++;
    const row = new Map(o.row);
    row.delete(DELETE_HEADER[lang]);
    if (o.reporters.length > 0) row.set(header("reported_by"), o.reporters[0]);
    row.set(header("confirmed"), o.status === "confirmed" ? yes : no);
    row.set(cols.status, TIE_STATUS_LABEL[o.status][lang]);
    row.set(cols.reason, o.reason ? REASON_LABEL[o.reason][lang] : undefined);
    row.set(cols.sides, o.reporters.join(" | ") || undefined);
    return row;
  });
  return { sheet: sheetOf(b.spec, rows, new Set([DELETE_HEADER[lang]])), ties, removed };
}

const RESPONSE_COLUMNS = [
  "collect.col.what",
  "collect.col.share",
  "collect.col.count",
  "collect.col.name",
  "collect.col.form",
  "collect.col.file",
] as const;

function responseSheet(
  base: EcoNetwork,
  forms: Map<string, ReturnedForm>,
  lang: Lang,
  ties: Record<TieStatus, number>,
): SheetSpec {
  const total = Object.values(ties).reduce((s, n) => s + n, 0);
  const rate = base.organisations.length ? forms.size / base.organisations.length : 0;
  const rows: CellValue[][] = [
    [msg("collect.response_rate", lang), rate, forms.size],
    ...(Object.keys(ties) as TieStatus[]).map((s) => [
      TIE_STATUS_LABEL[s][lang],
      total ? ties[s] / total : 0,
      ties[s],
    ]),
    [],
    ...base.organisations.map((o) => [
      o.org_id,
      undefined,
      undefined,
      o.name,
      msg(forms.has(o.org_id) ? "collect.returned" : "collect.no_form", lang),
      forms.get(o.org_id)?.file,
    ]),
  ];
  const H = RESPONSE_COLUMNS.map((code) => msg(code, lang));
  return {
    name: msg("collect.response_sheet", lang),
    columns: H.map((header, i) => ({
      header,
      format: i === 1 ? ("percent" as const) : i === 2 ? ("integer" as const) : undefined,
    })),
    rows,
  };
}
