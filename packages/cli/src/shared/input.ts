/**
 * `<input>` everywhere: an inventory folder, one inventory CSV, a GEXF / GraphML / graphology JSON
 * file, or `--nodes FILE --edges FILE` for generic lists. The CLI reads the bytes; core parses.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import {
  type EcoNetwork,
  fileFormatOf,
  type InputFile,
  type Lang,
  readNetworkFile,
  readNodeEdgeLists,
  type Text,
} from "@ecolens/core";
import type { Command } from "commander";
import { msg, msgText, optionHelp } from "../messages/index.ts";
import { EXIT_FINDINGS, InputError, UsageError } from "./errors.ts";
import { noteInput, readBytes } from "./input-paths.ts";
import { importInventoryInput } from "./input-xlsx.ts";
import { applyTies, TIES_HELP } from "./ties.ts";

export interface InputOptions {
  nodes?: string;
  edges?: string;
  idCol?: string;
  labelCol?: string;
  labelAttr?: string;
  sourceCol?: string;
  targetCol?: string;
  weightCol?: string;
  directed?: boolean;
  ties?: string;
}

/** Adds the options that say where the network comes from (shared by every command). */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option("--nodes <file>", optionHelp("help.input.nodes"))
    .option("--edges <file>", optionHelp("help.input.edges"))
    .option("--id-col <name>", optionHelp("help.input.id_col"))
    .option("--label-col <name>", optionHelp("help.input.label_col"))
    .option("--label-attr <name>", optionHelp("help.input.label_attr"))
    .option("--source-col <name>", optionHelp("help.input.source_col"))
    .option("--target-col <name>", optionHelp("help.input.target_col"))
    .option("--weight-col <name>", optionHelp("help.input.weight_col"))
    .option("--directed", optionHelp("help.input.directed"))
    .option("--ties <which>", TIES_HELP);
}

function readInput(path: string, shownAs: string): InputFile {
  noteInput(path);
  return { name: shownAs, bytes: readBytes(path) };
}

function missing(path: string): UsageError {
  return new UsageError(msgText("input.missing", { path }));
}

/** The CSV files of an inventory folder, named relative to the folder the user gave. */
export function readFolder(dir: string): InputFile[] {
  return (
    readdirSync(dir)
      // Office's lock files (~$name.xlsx) sit beside an open workbook and are not inventories.
      .filter(
        (f) => !f.startsWith("~$") && fileFormatOf(f) === "inventory" && statSync(join(dir, f)).isFile(),
      )
      .sort()
      .map((f) => readInput(join(dir, f), relative(process.cwd(), join(dir, f)) || f))
  );
}

/**
 * Stops with an InputError when the input gave nothing at all (no organisations, only errors);
 * `refusal` says what the command cannot do, e.g. "nothing to analyse".
 */
export function requireReadable(network: EcoNetwork, refusal: Text): EcoNetwork {
  const { errors } = network.report;
  if (network.graph.order === 0 && errors > 0)
    throw new InputError({
      nl: msg("input.unreadable", "nl", { refusal: refusal.nl, errors }),
      en: msg("input.unreadable", "en", { refusal: refusal.en, errors }),
    });
  return network;
}

/**
 * Reads the input. Rows that were rejected (or other errors in the input) are never silent: one
 * line on stderr says how many and points to `ecolens validate`, and the exit code becomes 1
 * (EXIT_FINDINGS) while the command still does its work on what could be read (docs/cli.md).
 * `validate` passes `quiet`: it prints the whole report instead.
 */
export async function loadNetwork(
  input: string | undefined,
  options: InputOptions,
  lang: Lang,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<EcoNetwork> {
  const network = applyTies(await readNetwork(input, options), options.ties);
  if (!quiet) warnAboutErrors(network, input ?? options.edges ?? "", lang);
  return network;
}

/** The one line on stderr for an input with rejected rows or errors; sets exit code 1. */
export function warnAboutErrors(network: EcoNetwork, shownAs: string, lang: Lang): void {
  const { errors, files } = network.report;
  const rows = files.reduce((sum, f) => sum + f.rejected, 0);
  // An input that gave nothing at all is refused with its own line (requireReadable).
  if ((errors === 0 && rows === 0) || network.graph.order === 0) return;
  const input = /\s/.test(shownAs) ? `"${shownAs}"` : shownAs;
  const line =
    rows > 0 ? msg("input.rejected", lang, { rows, input }) : msg("input.errors", lang, { errors, input });
  process.stderr.write(`ecolens: ${line}\n`);
  process.exitCode = EXIT_FINDINGS;
}

async function readNetwork(input: string | undefined, options: InputOptions): Promise<EcoNetwork> {
  if (options.edges || options.nodes) {
    if (!options.edges) throw new UsageError(msgText("input.nodes_without_edges"));
    for (const p of [options.edges, options.nodes]) if (p && !existsSync(p)) throw missing(p);
    return readNodeEdgeLists(
      readInput(options.edges, options.edges),
      options.nodes ? readInput(options.nodes, options.nodes) : undefined,
      {
        id: options.idCol,
        label: options.labelCol ?? options.labelAttr,
        source: options.sourceCol,
        target: options.targetCol,
        weight: options.weightCol,
        directed: options.directed,
      },
    );
  }
  if (!input) throw new UsageError(msgText("input.none"));
  if (!existsSync(input)) throw missing(input);
  if (statSync(input).isDirectory()) {
    noteInput(input);
    const files = readFolder(input);
    if (files.length === 0) throw new UsageError(msgText("input.empty_folder", { path: input }));
    return importInventoryInput(files);
  }
  const file = readInput(input, input);
  const format = fileFormatOf(input, file.bytes);
  if (format === null) throw new UsageError(msgText("input.file_type", { name: basename(input) }));
  if (format === "inventory") return importInventoryInput([file]);
  return readNetworkFile(format, file, { labelAttr: options.labelAttr });
}
