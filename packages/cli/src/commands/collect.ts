/**
 * `ecolens collect DIR --from <last round> -o OUT.xlsx` (or `-o FOLDER` for CSV): merges the
 * partner forms that came back (see `ecolens template --per-partner`) into one inventory. Each
 * relation gets reported_by, the sides that reported it and a status; organisations without a form
 * are listed. The result is an ordinary inventory for every command (`--ties confirmed`).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  type CellValue,
  type CollectResult,
  collectForms,
  type InputFile,
  type Lang,
  TIE_STATUS_LABEL,
  type TieStatus,
  toCsvBytes,
  writeWorkbook,
} from "@ecolens/core";
import { Command } from "commander";
import { formatNumber } from "../messages/format.ts";
import { commandHelp, msg, msgText, optionHelp } from "../messages/index.ts";
import { InputError, UsageError } from "../shared/errors.ts";
import { loadNetwork, requireReadable } from "../shared/input.ts";
import { noteInput } from "../shared/input-paths.ts";
import { resolveLang } from "../shared/lang.ts";
import { FORCE_HELP, writeOutputFile, writeOutputFolder } from "../shared/safe-write.ts";

interface CollectOptions {
  output?: string;
  from?: string;
  force?: boolean;
  lang?: string;
}

function readForms(dir: string): InputFile[] {
  noteInput(dir);
  return (
    readdirSync(dir)
      // .xlsm too: such a form is refused with a message naming it, never skipped in silence.
      .filter((f) => /^(?!~\$).*\.xls[xm]$/i.test(f) && statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => {
        noteInput(join(dir, f));
        return {
          name: relative(process.cwd(), join(dir, f)) || f,
          bytes: new Uint8Array(readFileSync(join(dir, f))),
        };
      })
  );
}

const csvValue = (v: CellValue) => (v !== null && typeof v === "object" ? v.date : v);

export function summary(r: CollectResult, lang: Lang, total: number): string {
  const ties = Object.values(r.ties).reduce((s, n) => s + n, 0);
  const pct = (n: number, d: number) => (d === 0 ? "–" : `${Math.round((100 * n) / d)}%`);
  // Counts as the locale writes them (2.123 / 2,123), like every other command.
  const num = (n: number) => formatNumber(n, lang, 0);
  const lines = [
    msg("collect.returned", lang, {
      n: num(r.respondents.length),
      total: num(total),
      share: pct(r.respondents.length, total),
    }),
    msg("collect.relations", lang, { n: num(ties) }),
    ...(Object.keys(r.ties) as TieStatus[]).map(
      (s) => `  ${TIE_STATUS_LABEL[s][lang]}: ${num(r.ties[s])} (${pct(r.ties[s], ties)})`,
    ),
  ];
  const removed = r.removed.length;
  if (removed > 0) lines.push(msg("collect.deleted", lang, { n: num(removed), removed }));
  if (r.nonRespondents.length > 0) {
    lines.push(msg("collect.no_form_from", lang));
    for (const o of r.nonRespondents.slice(0, 30)) lines.push(`  ${o.org_id}  ${o.name}`);
    if (r.nonRespondents.length > 30)
      lines.push(msg("collect.more", lang, { n: r.nonRespondents.length - 30 }));
  }
  for (const p of r.problems) lines.push(`${p.file}: ${p.message[lang]}`);
  return `${lines.join("\n")}\n`;
}

export function collectCommand(): Command {
  return new Command("collect")
    .description(commandHelp("help.collect"))
    .argument("<dir>", optionHelp("help.collect.arg_dir"))
    .requiredOption("--from <inventory>", optionHelp("help.collect.from"))
    .requiredOption("-o, --output <path>", optionHelp("help.collect.output"))
    .option("--force", FORCE_HELP)
    .option("--lang <lang>", optionHelp("help.collect.lang"))
    .action(async (dir: string, options: CollectOptions) => {
      const lang = resolveLang(options.lang);
      let isDir = false;
      try {
        isDir = statSync(dir).isDirectory();
      } catch {
        isDir = false;
      }
      if (!isDir) throw new UsageError(msgText("collect.not_folder", { dir }));
      const base = requireReadable(
        await loadNetwork(options.from, {}, lang, { quiet: true }),
        msgText("collect.refusal"),
      );
      const forms = readForms(dir);
      if (forms.length === 0) throw new InputError(msgText("collect.no_forms", { dir }));
      const result = collectForms(forms, base, lang);
      const out = options.output as string;
      if (/\.xlsx$/i.test(out))
        writeOutputFile(out, writeWorkbook(result.sheets, msg("workbook.lists", lang)), {
          kind: "csv",
          force: options.force,
        });
      else {
        // CSV: the inventory tables only (the response summary is printed below).
        const tables = result.sheets.slice(0, 5).map((s) => ({
          name: `${s.name}.csv`,
          data: toCsvBytes(
            s.columns.map((c) => c.header),
            s.rows.map((r) => r.map(csvValue)),
          ),
        }));
        writeOutputFolder(out, tables, { kind: "csv", force: options.force });
      }
      process.stdout.write(summary(result, lang, base.organisations.length));
      process.stdout.write(`${msg("collect.written", lang, { dir: out })}\n`);
    });
}
