/**
 * `ecolens template -o inventaris.xlsx [--from <inventory>] [--lang nl|en]`: the inventory workbook
 * a coordinator sends out (a sheet per table, instructions, drop-down lists), pre-filled from the
 * last round with --from. `ecolens template --per-partner DIR --from <inventory>`: one form per
 * organisation (its own row, offerings, commitments and relations, with a delete column), for
 * `ecolens collect`. Files are written whole or not at all (shared/safe-write.ts).
 */
import { type EcoNetwork, partnerFileName, partnerFormWorkbook, templateWorkbook } from "@ecolens/core";
import { Command } from "commander";
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
    .description(
      "Write the inventory workbook to send out (drop-down lists, instructions), or one form per partner.\n" +
        "Schrijf de inventariswerkmap om rond te sturen (keuzelijsten, uitleg), of één formulier per partner.",
    )
    .option("-o, --output <file>", "the workbook to write (.xlsx) / de werkmap")
    .option("--from <inventory>", "pre-fill from this inventory (the last round) / vooraf invullen")
    .option(
      "--per-partner <dir>",
      "one form per organisation into this folder (needs --from) / één formulier per organisatie",
    )
    .option("--force", FORCE_HELP)
    .option("--lang <lang>", "language of sheets, headers and lists: nl or en / taal: nl of en")
    .action(async (options: TemplateOptions) => {
      const lang = resolveLang(options.lang);
      if (!options.output && !options.perPartner)
        throw new UsageError({
          nl: "geef -o inventaris.xlsx, of --per-partner MAP --from <inventaris>",
          en: "give -o inventory.xlsx, or --per-partner DIR --from <inventory>",
        });
      if (options.perPartner && !options.from)
        throw new UsageError({
          nl: "--per-partner vraagt --from <inventaris>: de formulieren worden vooraf ingevuld met de vorige ronde",
          en: "--per-partner needs --from <inventory>: the forms are pre-filled from the last round",
        });
      if (options.output && !/\.xlsx$/i.test(options.output))
        throw new UsageError({
          nl: `'${options.output}': een werkmap eindigt op .xlsx`,
          en: `'${options.output}': a workbook ends in .xlsx`,
        });
      const refusal = { nl: "geen sjabloon", en: "no template" };
      const from = options.from
        ? requireReadable(await loadNetwork(options.from, {}, lang), refusal)
        : undefined;
      if (options.output) {
        writeOutputFile(options.output, templateWorkbook(lang, from), { kind: "csv", force: options.force });
        process.stdout.write(
          lang === "nl"
            ? `Sjabloon geschreven naar ${options.output}\n`
            : `Template written to ${options.output}\n`,
        );
      }
      if (options.perPartner && from) {
        // Refused before the (slow) forms are made, not after.
        const names = partnerFiles(from, () => new Uint8Array()).map((f) => f.name);
        checkOutputFolder(options.perPartner, names, { kind: "csv", force: options.force });
        const files = partnerFiles(from, (id) => partnerFormWorkbook(from, id, lang));
        writeOutputFolder(options.perPartner, files, { kind: "csv", force: options.force });
        process.stdout.write(
          lang === "nl"
            ? `${files.length} formulieren geschreven naar ${options.perPartner}\n`
            : `${files.length} forms written to ${options.perPartner}\n`,
        );
      }
    });
}
