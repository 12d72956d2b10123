/**
 * `ecolens export <input> --to map-svg|map-png -o FILE [--figure ID] [--lang nl|en]`: the map of
 * the municipalities (the report's choropleth) as a file: a standalone SVG with title, legend
 * (class breaks) and the Statbel attribution, or that SVG rasterised to PNG with resvg. map-svg
 * without -o goes to stdout. resvg is loaded only here and only when present (the installed CLI
 * keeps no dependencies: map-png then says how to get it).
 */
import type { Lang } from "@ecolens/core";
import { geoModel, reportPlace } from "@ecolens/report";
import { defaultFigure, standaloneChoroplethSvg } from "@ecolens/viz";
import type { Command } from "commander";
import { msg, msgText, optionHelp } from "../messages/index.ts";
import { InputError, UsageError } from "../shared/errors.ts";
import { type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { checkOutputFile, writeOutputFile } from "../shared/safe-write.ts";

export const MAP_FORMATS = ["map-svg", "map-png"] as const;
export type MapFormat = (typeof MAP_FORMATS)[number];

export interface MapExportOptions extends InputOptions {
  to?: string;
  output?: string;
  force?: boolean;
  figure?: string;
}

export function isMapFormat(format: string | undefined): format is MapFormat {
  return (MAP_FORMATS as readonly string[]).includes(format?.toLowerCase() ?? "");
}

/** Adds --figure and names the map formats in the help of --to (declared in export.ts). */
export function addMapOptions(cmd: Command): Command {
  return cmd.option("--figure <id>", optionHelp("help.export-map.figure"));
}

/** PNG width in pixels (the SVG is 800 wide: twice as sharp). */
const PNG_WIDTH = 1600;

interface ResvgModule {
  Resvg: new (svg: string, options: Record<string, unknown>) => { render: () => { asPng: () => Uint8Array } };
}

async function loadResvg(): Promise<ResvgModule> {
  const name = "@resvg/resvg-js";
  try {
    return (await import(name)) as ResvgModule;
  } catch {
    throw new InputError(msgText("map.png_needs_resvg"));
  }
}

export async function exportMap(
  input: string | undefined,
  options: MapExportOptions,
  lang: Lang,
): Promise<void> {
  const format = options.to?.toLowerCase() as MapFormat;
  if (format === "map-png" && !options.output) throw new UsageError(msgText("map.png_needs_file"));
  const network = requireReadable(await loadNetwork(input, options, lang), msgText("refusal.export"));
  const geo = geoModel(network);
  if (!geo) throw new InputError(msgText("map.no_place"));
  const figure = options.figure ?? defaultFigure(geo)?.id ?? "";
  if (!geo.figures.some((f) => f.id === figure)) {
    const ids = geo.figures.map((f) => f.id).join(", ");
    throw new UsageError(msgText("map.figure_unknown", { value: String(options.figure), choices: ids }));
  }
  const svg = standaloneChoroplethSvg(geo, figure, lang, reportPlace(network));
  if (!svg) throw new InputError(msgText("map.not_drawn"));
  if (!options.output) {
    process.stdout.write(svg);
    return;
  }
  // An SVG or PNG carries no ecolens mark: replacing an existing file needs --force (like CSV).
  checkOutputFile(options.output, { kind: "csv", force: options.force });
  const written = (file: string) => process.stdout.write(`${msg("map.written", lang, { file })}\n`);
  if (format === "map-svg") {
    writeOutputFile(options.output, svg, { kind: "csv", force: options.force });
    written(options.output);
    return;
  }
  const { Resvg } = await loadResvg();
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: PNG_WIDTH },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  writeOutputFile(options.output, png, { kind: "csv", force: options.force });
  written(options.output);
}
