/**
 * Figures per municipality for the map of the helicopter view (one value per NIS code, null when
 * it cannot be computed): organisations (absolute and per 10,000 inhabitants, also per sector),
 * offerings, white spots, uncovered barriers, the share of organisations with a formal ↔
 * non-formal/informal tie, ties inside and to other municipalities, and the dependence on one
 * partner. The choropleth colours by these numbers and the findings by place (place-findings.ts)
 * are sentences about the same numbers, so the two cannot disagree.
 */
import { type EcoNetwork, type Text, VOCABULARIES } from "@ecolens/core";
import { barrierCoverage } from "../gaps/barrier-coverage.ts";
import { offeringPlace, orgIndex } from "../gaps/places.ts";
import { findWhiteSpots } from "../gaps/white-spots.ts";
import { text } from "../messages/index.ts";
import { compareIds } from "../view/graph-view.ts";
import { type PartnerDependence, partnerDependence } from "./place-dependence.ts";
import { type PlaceOverview, placeOverview } from "./place-overview.ts";

export interface PlaceFigure {
  id: string;
  title: Text;
  /** How to show a value. */
  format: "integer" | "decimal" | "percent";
  /** true: more is better (a low value is the gap); false: less is better; null: neither. */
  higher_is_better: boolean | null;
  /** NIS code -> value (null = not computable there, e.g. no population). */
  values: Record<string, number | null>;
}

export interface PlaceMunicipality {
  nis_code: string;
  name: string;
  population: number | null;
  /** Population on 1 January of this year. */
  population_year: number | null;
}

export interface PlaceFigures {
  /** The municipalities of the inventory (organisations, offerings or barriers there), by NIS code. */
  municipalities: PlaceMunicipality[];
  figures: PlaceFigure[];
  /** Per municipality: the partner most of its ties run through. */
  dependence: Record<string, PartnerDependence>;
  overview: PlaceOverview;
}

const NIS = /^\d{5}$/;

function dict<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The inventory's municipalities: NIS codes known to the network's municipality table. */
function inventoryMunicipalities(network: EcoNetwork, overview: PlaceOverview): PlaceMunicipality[] {
  const known = new Map(network.municipalities.filter((m) => !m.merged_into).map((m) => [m.nis_code, m]));
  const orgs = orgIndex(network);
  const codes = new Set<string>(overview.municipalities.flatMap((r) => (r.nis_code ? [r.nis_code] : [])));
  for (const f of network.offerings) codes.add(offeringPlace(f, orgs) ?? "");
  for (const b of network.barriers) codes.add(b.nis_code ?? "");
  return [...codes]
    .filter((c) => NIS.test(c) && known.has(c))
    .sort(compareIds)
    .map((c) => {
      const m = known.get(c)!;
      const pop = typeof m.population === "number" && m.population > 0 ? m.population : null;
      return {
        nis_code: c,
        name: m.name_nl,
        population: pop,
        population_year: pop === null ? null : (m.population_year ?? null),
      };
    });
}

function counted(codes: readonly string[], items: Iterable<string | undefined>): Record<string, number> {
  const out = dict<number>(codes.map((c) => [c, 0]));
  for (const c of items) if (c !== undefined && Object.hasOwn(out, c)) out[c]++;
  return out;
}

function sectorFigures(codes: readonly string[], overview: PlaceOverview): PlaceFigure[] {
  const sectors = new Set<string>();
  for (const r of overview.municipalities) for (const s of Object.keys(r.by_sector)) sectors.add(s);
  const labels = new Map<string, Text>(
    VOCABULARIES.sector.entries.map((e) => [e.code, { nl: e.nl, en: e.en }]),
  );
  const rows = new Map(overview.municipalities.map((r) => [r.key, r]));
  return [...sectors]
    .filter((s) => labels.has(s))
    .sort(compareIds)
    .map((s) => {
      const label = labels.get(s)!;
      return {
        id: `sector:${s}`,
        title: text("place.figure.sector_per_10000", (lang) => ({ sector: label[lang] })),
        format: "decimal" as const,
        higher_is_better: true,
        values: dict(
          codes.map((c) => {
            const row = rows.get(c);
            if (!row || row.population === null) return [c, null];
            return [c, row.by_sector[s]?.per_10000 ?? 0];
          }),
        ),
      };
    });
}

interface FigureInputs {
  codes: string[];
  perTenThousand: Record<string, number | null>;
  organisations: Record<string, number | null>;
  offerings: Record<string, number>;
  white: Record<string, number | null>;
  uncovered: Record<string, number>;
  crossLine: Record<string, number | null>;
  dependence: Record<string, PartnerDependence>;
  tiesWithin: Record<string, number | null>;
  tiesOut: Record<string, number | null>;
  overview: PlaceOverview;
}

function figureList(x: FigureInputs): PlaceFigure[] {
  return [
    {
      id: "organisations_per_10000",
      title: text("place.figure.organisations_per_10000"),
      format: "decimal",
      higher_is_better: true,
      values: x.perTenThousand,
    },
    {
      id: "organisations",
      title: text("place.figure.organisations"),
      format: "integer",
      higher_is_better: true,
      values: x.organisations,
    },
    {
      id: "offerings",
      title: text("place.figure.offerings"),
      format: "integer",
      higher_is_better: true,
      values: x.offerings,
    },
    {
      id: "white_spots",
      title: text("place.figure.white_spots"),
      format: "integer",
      higher_is_better: false,
      values: x.white,
    },
    {
      id: "uncovered_barriers",
      title: text("place.figure.uncovered_barriers"),
      format: "integer",
      higher_is_better: false,
      values: x.uncovered,
    },
    {
      id: "cross_line_share",
      title: text("place.figure.cross_line_share"),
      format: "percent",
      higher_is_better: true,
      values: x.crossLine,
    },
    {
      id: "top_partner_share",
      title: text("place.figure.top_partner_share"),
      format: "percent",
      higher_is_better: false,
      values: dict(x.codes.map((c) => [c, x.dependence[c]?.share ?? null])),
    },
    {
      id: "ties_within",
      title: text("place.figure.ties_within"),
      format: "integer",
      higher_is_better: null,
      values: x.tiesWithin,
    },
    {
      id: "ties_to_other_places",
      title: text("place.figure.ties_to_other_places"),
      format: "integer",
      higher_is_better: null,
      values: x.tiesOut,
    },
    ...sectorFigures(x.codes, x.overview),
  ];
}

/** `overview`: placeOverview(network) when the caller has it already (the report's analysis). */
export function placeFigures(
  network: EcoNetwork,
  overview: PlaceOverview = placeOverview(network),
): PlaceFigures {
  const municipalities = inventoryMunicipalities(network, overview);
  const codes = municipalities.map((m) => m.nis_code);
  const rows = new Map(overview.municipalities.map((r) => [r.key, r]));
  const pop = new Map(municipalities.map((m) => [m.nis_code, m.population]));
  const perRow = (
    get: (r: NonNullable<ReturnType<typeof rows.get>>) => number | null,
    empty: number | null,
  ) => dict(codes.map((c) => [c, rows.has(c) ? get(rows.get(c)!) : empty]));

  const orgs = orgIndex(network);
  const offerings = counted(
    codes,
    network.offerings.map((f) => offeringPlace(f, orgs)),
  );
  const spots = findWhiteSpots(network, { municipalities: codes });
  const white = dict<number | null>(codes.map((c) => [c, null]));
  if (spots.cells_checked > 0) for (const r of spots.by_municipality) white[r.nis_code] = r.white_spots;
  const coverage = barrierCoverage(network);
  const uncovered = counted(
    codes,
    coverage.barriers.filter((b) => b.coverage === "uncovered").map((b) => b.nis_code),
  );
  const dependence = partnerDependence(network, codes);

  const figures = figureList({
    codes,
    perTenThousand: dict(
      codes.map((c) => {
        const p = pop.get(c) ?? null;
        const n = rows.get(c)?.organisations.count ?? 0;
        return [c, p === null ? null : (n * 10000) / p];
      }),
    ),
    organisations: perRow((r) => r.organisations.count, 0),
    offerings,
    white,
    uncovered,
    crossLine: perRow((r) => r.cross_line.share, null),
    dependence,
    tiesWithin: perRow((r) => r.ties_within, 0),
    tiesOut: perRow((r) => r.ties_to_other_places, 0),
    overview,
  });
  return { municipalities, figures, dependence, overview };
}
