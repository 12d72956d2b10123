/**
 * `ecolens export <input> --to gexf|graphml|json|csv [-o FILE|DIR] [--plain]`: write the network in
 * a researcher's format. GEXF/GraphML/JSON go to stdout without -o; CSV writes two tables, so it
 * needs `-o DIR` and writes DIR/nodes.csv and DIR/edges.csv. Rejected rows are said in one line on
 * stderr (shared/input.ts; `ecolens validate` lists them); the export holds what could be read.
 */
import {
  type EcoNetwork,
  EDGE_MODES,
  type EdgeMode,
  type Lang,
  writeCsvTables,
  writeGexf,
  writeGraphml,
  writeGraphologyJson,
  writePajek,
} from "@ecolens/core";
import { Command } from "commander";
import { commandHelp, msg, msgText, optionHelp } from "../messages/index.ts";
import { UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import {
  checkOutputFile,
  FORCE_HELP,
  type OutputKind,
  writeOutputFile,
  writeOutputFolder,
} from "../shared/safe-write.ts";
import { xmlTerminalSafe } from "../shared/terminal-text.ts";
import { addMapOptions, exportMap, isMapFormat, MAP_FORMATS } from "./export-map.ts";
import { exportWorkbook } from "./export-xlsx.ts";

export const EXPORT_FORMATS = ["gexf", "graphml", "pajek", "json", "csv", "xlsx"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportOptions extends InputOptions {
  to?: string;
  output?: string;
  plain?: boolean;
  edgeType?: string;
  force?: boolean;
  lang?: string;
}

function isFormat(v: string | undefined): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v ?? "");
}

export function exportCommand(): Command {
  const cmd = new Command("export")
    .description(commandHelp("help.export"))
    .argument("[input]", optionHelp("help.arg_input"))
    .option("--to <format>", optionHelp("help.export.to", { list: MAP_FORMATS.join(" | ") }))
    .option("-o, --output <path>", optionHelp("help.export.output"))
    .option("--force", FORCE_HELP)
    .option("--plain", optionHelp("help.export.plain"))
    .option("--edge-type <kind>", optionHelp("help.export.edge_type"))
    .option("--lang <lang>", optionHelp("help.lang"));
  addInputOptions(cmd);
  addMapOptions(cmd);
  return cmd.action(async (input: string | undefined, options: ExportOptions) => {
    const lang = resolveLang(options.lang);
    if (isMapFormat(options.to)) return exportMap(input, options, lang);
    const format = options.to?.toLowerCase();
    if (!isFormat(format))
      throw new UsageError(
        msgText(options.to === undefined ? "export.to.missing" : "export.to.unknown", {
          value: options.to ?? "",
          choices: EXPORT_FORMATS.join(", "),
        }),
      );
    if (format === "csv" && !options.output) throw new UsageError(msgText("export.csv.folder"));
    if (format === "xlsx" && !options.output) throw new UsageError(msgText("export.xlsx.file"));
    const edges = edgeMode(options.edgeType);
    const network = requireReadable(await loadNetwork(input, options, lang), msgText("refusal.export"));
    if (format === "xlsx") {
      // A workbook carries no ecolens mark (like CSV): replacing an existing one needs --force.
      checkOutputFile(options.output as string, { kind: "csv", force: options.force });
      const bytes = await exportWorkbook(network, lang);
      writeOutputFile(options.output as string, bytes, { kind: "csv", force: options.force });
      say(exported(network, options.output as string, lang));
      return;
    }
    if (options.output && format !== "csv")
      checkOutputFile(options.output, { kind: outputKind(format), force: options.force });

    if (format === "csv") {
      const tables = writeCsvTables(network, { plain: options.plain === true });
      const files = [
        { name: "nodes.csv", data: tables.nodes },
        { name: "edges.csv", data: tables.edges },
      ];
      writeOutputFolder(options.output as string, files, { kind: "csv", force: options.force });
      say(exported(network, options.output as string, lang));
      return;
    }
    const text =
      format === "gexf"
        ? writeGexf(network, { edges })
        : format === "graphml"
          ? writeGraphml(network, { edges })
          : format === "pajek"
            ? writePajek(network, { edges })
            : writeGraphologyJson(network);
    if (options.output) {
      writeOutputFile(options.output, text, { kind: outputKind(format), force: options.force });
      say(exported(network, options.output, lang));
    }
    // On the terminal: bidi and C1 characters as XML character references (the same XML).
    else process.stdout.write(format === "json" || format === "pajek" ? text : xmlTerminalSafe(text));
  });
}

/** The one-line summary after writing a file: what was exported, and where. */
function exported(network: EcoNetwork, output: string, lang: Lang): string {
  return msg("export.written", lang, {
    n: network.graph.order,
    m: network.graph.size,
    file: output,
  });
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Pajek files carry no ecolens mark: replacing one follows the CSV rule (--force). */
function outputKind(format: "gexf" | "graphml" | "json" | "pajek"): OutputKind {
  return format === "pajek" ? "csv" : format;
}

/** --edge-type (not --edges, which names an edge-list input): one of EDGE_MODES, or undefined for the default (edge-notes.ts in core). */
function edgeMode(value: string | undefined): EdgeMode | undefined {
  if (value === undefined) return undefined;
  const mode = EDGE_MODES.find((m) => m === value.toLowerCase());
  if (mode) return mode;
  throw new UsageError(msgText("export.edge_type.unknown", { value, choices: EDGE_MODES.join(", ") }));
}
