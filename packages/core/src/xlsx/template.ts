/**
 * The workbooks of an inventory round: the template a coordinator sends out (empty, or pre-filled
 * from the last round) and one partner form per organisation, pre-filled with its own row, its
 * offerings and barrier commitments and every relation it appears in, with a delete column.
 */

import { msg, msgText } from "../messages/index.ts";
import type { EcoNetwork, Lang } from "../model/types.ts";
import { instructionsSheet } from "./instructions.ts";
import { FORM_ROWS, inventorySheet, TEMPLATE_KINDS } from "./inventory-sheets.ts";
import { type SheetSpec, writeWorkbook } from "./write-workbook.ts";

export const DELETE_HEADER: Record<Lang, string> = msgText("template.delete_header");
export const FORM_SHEET: Record<Lang, string> = msgText("template.form_sheet");
const LISTS: Record<Lang, string> = msgText("template.lists_sheet");

const INTRO = ["template.intro_fill", "template.intro_lists", "template.intro_return"] as const;

const empty = { organisations: [], relations: [], offerings: [], barriers: [], commitments: [] };

/** The inventory template (`ecolens template`), pre-filled from `from` when given. */
export function templateWorkbook(lang: Lang, from?: EcoNetwork): Uint8Array {
  const src = from ?? empty;
  const tables = {
    organisations: src.organisations,
    relations: src.relations,
    offerings: src.offerings,
    barriers: src.barriers,
    barrier_commitments: src.commitments,
  } as const;
  const sheets: SheetSpec[] = [
    instructionsSheet(
      lang,
      INTRO.map((code) => msg(code, lang)),
    ),
    ...TEMPLATE_KINDS.map((kind) => inventorySheet(kind, tables[kind] as never, lang)),
  ];
  return writeWorkbook(sheets, LISTS[lang]);
}

/** `bib-ieper--bibliotheek-ieper.xlsx`: the id and name, safe as a file name everywhere. */
export function partnerFileName(id: string, name: string): string {
  const slug = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40);
  const a = slug(id) || "org";
  const b = slug(name);
  return b && b !== a ? `${a}--${b}.xlsx` : `${a}.xlsx`;
}

function formIntro(lang: Lang, id: string, name: string): string[] {
  return [
    msg("template.form_for", lang, { name, id }),
    msg("template.form_check", lang),
    msg("template.form_return", lang),
  ];
}

/** One organisation's form; `id` must be an organisation of `network`. */
export function partnerFormWorkbook(network: EcoNetwork, id: string, lang: Lang): Uint8Array {
  return writeWorkbook(partnerFormSheets(network, id, lang), LISTS[lang]);
}

/** The sheets of one organisation's form (before writing: tests edit them as a partner would). */
export function partnerFormSheets(network: EcoNetwork, id: string, lang: Lang): SheetSpec[] {
  const org = network.organisations.find((o) => o.org_id === id);
  if (!org) throw new Error(`no organisation ${id}`);
  const orgIds = network.organisations.map((o) => o.org_id).sort();
  const barrierIds = network.barriers.map((b) => b.barrier_id).sort();
  const relations = network.relations.filter((r) => r.source_id === id || r.target_id === id);
  const del = DELETE_HEADER[lang];
  const no = msg("xlsx.no", lang);
  const options = { orgIds, barrierIds };
  return [
    instructionsSheet(lang, formIntro(lang, id, org.name), [
      "organisations",
      "relations",
      "offerings",
      "barrier_commitments",
    ]),
    inventorySheet("organisations", [org] as never, lang, options),
    inventorySheet("relations", relations as never, lang, {
      ...options,
      more: [
        {
          header: del,
          values: relations.map(() => no),
          validation: { values: [msg("xlsx.yes", lang), msg("xlsx.no", lang)], style: "stop" },
        },
      ],
    }),
    inventorySheet("offerings", network.offerings.filter((o) => o.org_id === id) as never, lang, options),
    inventorySheet(
      "barrier_commitments",
      network.commitments.filter((c) => c.org_id === id) as never,
      lang,
      options,
    ),
    {
      name: FORM_SHEET[lang],
      columns: [{ header: "key" }, { header: "value" }],
      rows: [
        ["org_id", id],
        ["name", org.name],
        ["rows", FORM_ROWS],
      ],
      hidden: true,
    },
  ];
}
