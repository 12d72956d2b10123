/**
 * `ecolens template -o inventaris.xlsx [--from <inventory>] [--lang nl|en]`: the inventory workbook
 * a coordinator sends out (a sheet per table, instructions, drop-down lists), pre-filled from the
 * last round with --from. `ecolens template --per-partner DIR --from <inventory>`: one form per
 * organisation (its own row, offerings, commitments and relations, with a delete column), for
 * `ecolens collect`. Files are written whole or not at all (shared/safe-write.ts).
 */
import { type EcoNetwork, partnerFileName, partnerFormWorkbook, templateWorkbook } from "@ecolens/core";
import { Command } from "commander";
import { commandHelp, msg, msgText, optionHelp } from "../messages/index.ts";
import { UsageError } from "../shared/errors.ts";
import { loadNetwork, requireReadable } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import {
  checkOutputFolder,
  FORCE_HELP,
  type FolderFile,
  writeOutputFile,
  writeOutputFolder,
} from "../shared/safe-write.ts";

interface TemplateOptions {
  output?: string;
  from?: string;
  perPartner?: string;
  force?: boolean;
  lang?: string;
}

/** One file name per organisation; a name two organisations would share gets the row's number. */
export function partnerFiles(network: EcoNetwork, make: (id: string) => Uint8Array): FolderFile[] {
  const used = new Set<string>();
  return [...network.organisations]
    .sort((a, b) => (a.org_id < b.org_id ? -1 : a.org_id > b.org_id ? 1 : 0))
    .map((org) => {
      let name = partnerFileName(org.org_id, org.name);
      for (let i = 2; used.has(name.toLowerCase()); i++) name = name.replace(/(-\d+)?\.xlsx$/, `-${i}.xlsx`);
      used.add(name.toLowerCase());
      return { name, data: make(org.org_id) };
    });
}

export function templateCommand(): Command {
  return new Command("template")
    .description(commandHelp("help.template"))
    .option("-o, --output <file>", optionHelp("help.template.output"))
    .option("--from <inventory>", optionHelp("help.template.from"))
    .option("--per-partner <dir>", optionHelp("help.template.per_partner"))
    .option("--force", FORCE_HELP)
    .option("--lang <lang>", optionHelp("help.template.lang"))
    .action(async (options: TemplateOptions) => {
      const lang = resolveLang(options.lang);
      if (!options.output && !options.perPartner) throw new UsageError(msgText("template.usage"));
      if (options.perPartner && !options.from) throw new UsageError(msgText("template.per_partner_from"));
      if (options.output && !/\.xlsx$/i.test(options.output))
        throw new UsageError(msgText("template.not_xlsx", { file: options.output }));
      const refusal = msgText("template.refusal");
      const from = options.from
        ? requireReadable(await loadNetwork(options.from, {}, lang), refusal)
        : undefined;
      if (options.output) {
        writeOutputFile(options.output, templateWorkbook(lang, from), { kind: "csv", force: options.force });
        process.stdout.write(`${msg("template.written", lang, { file: options.output })}\n`);
      }
      if (options.perPartner && from) {
        // Refused before the (slow) forms are made, not after.
        const names = partnerFiles(from, () => new Uint8Array()).map((f) => f.name);
        checkOutputFolder(options.perPartner, names, { kind: "csv", force: options.force });
        const files = partnerFiles(from, (id) => partnerFormWorkbook(from, id, lang));
        writeOutputFolder(options.perPartner, files, { kind: "csv", force: options.force });
        process.stdout.write(
          `${msg("template.forms_written", lang, { n: files.length, dir: options.perPartner })}\n`,
        );
      }
    });
}
