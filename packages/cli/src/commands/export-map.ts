/**
 * `ecolens export <input> --to map-svg|map-png -o FILE [--figure ID] [--lang nl|en]`: the map of
 * the municipalities (the report's choropleth) as a file: a standalone SVG with title, legend
 * (class breaks) and the Statbel attribution, or that SVG rasterised to PNG with resvg. map-svg
 * without -o goes to stdout. resvg is loaded only here and only when present (the installed CLI
 * keeps no dependencies: map-png then says how to get it).
 */
import type { Lang, Text } from "@ecolens/core";
import { geoModel, reportPlace } from "@ecolens/report";
import { defaultFigure, standaloneChoroplethSvg } from "@ecolens/viz";
import type { Command } from "commander";
import { msgText } from "../messages/index.ts";
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
  const to = cmd.options.find((o) => o.long === "--to");
  if (to) to.description = `${to.description} | ${MAP_FORMATS.join(" | ")} (map of the municipalities)`;
  return cmd.option(
    "--figure <id>",
    "--to map-svg | map-png: colour the municipalities by organisations_per_10000 (default), organisations, offerings, white_spots, uncovered_barriers, cross_line_share, top_partner_share, ties_within, ties_to_other_places or sector:<sector> / kleur de gemeenten volgens dit cijfer",
  );
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
    throw new InputError({
      nl: "--to map-png heeft het pakket @resvg/resvg-js nodig (npm install -g @resvg/resvg-js); of schrijf een SVG met --to map-svg",
      en: "--to map-png needs the package @resvg/resvg-js (npm install -g @resvg/resvg-js); or write an SVG with --to map-svg",
    });
  }
}

export async function exportMap(
  input: string | undefined,
  options: MapExportOptions,
  lang: Lang,
): Promise<void> {
  const format = options.to?.toLowerCase() as MapFormat;
  if (format === "map-png" && !options.output)
    throw new UsageError({
      nl: "--to map-png schrijft een afbeelding: geef een bestand met -o BESTAND.png",
      en: "--to map-png writes a picture: give a file with -o FILE.png",
    });
  const network = requireReadable(await loadNetwork(input, options, lang), msgText("refusal.export"));
  const geo = geoModel(network);
  if (!geo)
    throw new InputError({
      nl: "geen enkele organisatie, leerkans of drempel ligt in een Vlaamse gemeente (NIS-code of naam): er is geen kaart te tekenen",
      en: "no organisation, offering or barrier is in a Flemish municipality (NIS code or name): there is no map to draw",
    });
  const figure = options.figure ?? defaultFigure(geo)?.id ?? "";
  if (!geo.figures.some((f) => f.id === figure)) {
    const ids = geo.figures.map((f) => f.id).join(", ");
    throw new UsageError({
      nl: `onbekend cijfer '${options.figure}' voor --figure: kies ${ids}`,
      en: `unknown figure '${options.figure}' for --figure: choose ${ids}`,
    } satisfies Text);
  }
  const svg = standaloneChoroplethSvg(geo, figure, lang, reportPlace(network));
  if (!svg)
    throw new InputError({ nl: "de kaart kon niet getekend worden", en: "the map could not be drawn" });
  if (!options.output) {
    process.stdout.write(svg);
    return;
  }
  // An SVG or PNG carries no ecolens mark: replacing an existing file needs --force (like CSV).
  checkOutputFile(options.output, { kind: "csv", force: options.force });
  const written = (file: string) =>
    process.stdout.write(lang === "nl" ? `Kaart geschreven naar ${file}\n` : `Map written to ${file}\n`);
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
