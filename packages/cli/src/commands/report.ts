/**
 * `ecolens report <input>`: one self-contained HTML report (map, charts, findings, tables) that a
 * municipality can open, mail and present as it is. Default output: out/report-<name>.html.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { DEFAULT_SEED, type EcoNetwork, type Lang } from "@ecolens/core";
import { renderReportHtml } from "@ecolens/viz";
import { Command } from "commander";
import { buildReportModel } from "../report-model/index.ts";
import { InputError, UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { createProgress } from "../shared/progress.ts";

export interface ReportCliOptions extends InputOptions {
  output?: string;
  lang?: string;
  title?: string;
  seed?: string;
}

export function parseSeed(text: string | undefined): number {
  const value = Number(text ?? DEFAULT_SEED);
  if (!Number.isInteger(value))
    throw new UsageError({
      nl: `--seed verwacht een geheel getal, niet '${text}'`,
      en: `--seed expects a whole number, not '${text}'`,
    });
  return value;
}

/** out/report-<name>.html, where name comes from the input folder or file. */
export function defaultReportPath(input: string | undefined, options: InputOptions): string {
  const from = input ?? options.edges ?? "network";
  const name = basename(from, extname(from)).replace(/[^\p{L}\p{N}_-]+/gu, "-") || "network";
  return `out/report-${name}.html`;
}

/** Builds the model and renders the page (shared by report, view and start). */
export async function buildReportHtml(
  network: EcoNetwork,
  lang: Lang,
  options: { seed: number; title?: string; name?: string },
): Promise<{ html: string; model: ReturnType<typeof buildReportModel> }> {
  const progress = createProgress();
  const steps: Record<string, { nl: string; en: string }> = {
    analyse: { nl: "netwerk analyseren", en: "analysing the network" },
    clusters: { nl: "clusters zoeken", en: "finding clusters" },
    layout: { nl: "kaart schikken", en: "laying out the map" },
    gaps: { nl: "hiaten zoeken", en: "finding gaps" },
    suggestions: { nl: "verbindingen voorstellen", en: "suggesting links" },
    resilience: { nl: "kritieke partners", en: "critical partners" },
  };
  const model = buildReportModel(network, lang, {
    seed: options.seed,
    onStep: (step) => progress.step(steps[step]?.[lang] ?? step),
  });
  // The graph name of an inventory is its list of files: a short name reads better on the page.
  if (options.name) model.meta.name = options.name;
  progress.step(lang === "nl" ? "rapport schrijven" : "writing the report");
  const html = await renderReportHtml(model, { lang, title: options.title });
  progress.done();
  return { html, model };
}

export function reportCommand(): Command {
  const cmd = new Command("report")
    .description(
      "Write one self-contained HTML report (map, charts, findings) to open, mail or present.\n" +
        "Schrijf één zelfstandig HTML-rapport (kaart, grafieken, vaststellingen) om te openen, mailen of tonen.",
    )
    .argument("[input]", "inventory folder or GEXF/GraphML/JSON file / inventarismap of bestand")
    .option("-o, --output <file>", "output file (default out/report-<name>.html) / uitvoerbestand")
    .option("--lang <lang>", "language of the report: nl or en / taal: nl of en")
    .option("--title <text>", "title on the report / titel van het rapport")
    .option(
      "--seed <n>",
      "seed for layout and clusters / startwaarde voor kaart en clusters",
      String(DEFAULT_SEED),
    );
  addInputOptions(cmd);
  return cmd.action(async (input: string | undefined, options: ReportCliOptions) => {
    const lang = resolveLang(options.lang);
    const seed = parseSeed(options.seed);
    const network = await loadNetwork(input, options, lang);
    if (network.graph.order === 0 && network.report.errors > 0)
      throw new InputError({
        nl: `geen rapport: de invoer heeft ${network.report.errors} fout(en); zie 'ecolens validate'`,
        en: `no report: the input has ${network.report.errors} error(s); see 'ecolens validate'`,
      });
    const out = resolve(options.output ?? defaultReportPath(input, options));
    const { html } = await buildReportHtml(network, lang, {
      seed,
      title: options.title,
      name: basename(input ?? options.edges ?? ""),
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
    process.stdout.write(lang === "nl" ? `Rapport geschreven: ${out}\n` : `Report written: ${out}\n`);
  });
}
