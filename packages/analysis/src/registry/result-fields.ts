/**
 * The result envelope of `analyse --json`: the keys that belong to no one metric (what was
 * computed and how, the network's size, the short lists for people). With the metric
 * descriptors, these describe every key of the JSON (docs/metrics.md renders both).
 * Keys are full paths from the result's root.
 */
import type { MetricOutput } from "./types.ts";

const field = (key: string, type: MetricOutput["type"], nl: string, en: string): MetricOutput => ({
  key,
  type,
  description: { nl, en },
});

export const RESULT_FIELDS: readonly MetricOutput[] = [
  field(
    "meta.metrics",
    "string[]",
    "De berekende maten (ids), in registervolgorde.",
    "The metrics computed (ids), in registry order.",
  ),
  field(
    "meta.directed",
    "boolean",
    "Gericht netwerk (elke relatie heeft een richting).",
    "Directed network (every tie has a direction).",
  ),
  field("meta.weighted", "boolean", "De relaties hebben een sterkte.", "Ties have a strength."),
  field(
    "meta.group_by",
    "string",
    "Het knoopattribuut voor de groepsmaten (leeg = formal_split).",
    "Node attribute for the group metrics (null = formal_split).",
  ),
  field(
    "meta.distance",
    "string",
    "Hoe sterkte een afstand werd (none = elke relatie één stap).",
    "How strength became a path length (none = every tie one step).",
  ),
  field(
    "meta.betweenness_sources",
    "integer",
    "Tussenpositie geschat uit zoveel bronnen; leeg = exact.",
    "Betweenness estimated from this many sampled sources; null = exact.",
  ),
  field("meta.seed", "integer", "Startwaarde van het toeval.", "Random seed."),
  field(
    "meta.sampling",
    "object",
    "Alleen bij een steekproef (`--sample`, of vanaf 100.000 relaties): bronnen en geschatte fout.",
    "Only when sampled (`--sample`, or from 100,000 ties on): sources and estimated error.",
  ),
  field("summary.n", "integer", "Aantal organisaties.", "Number of organisations."),
  field("summary.m", "integer", "Aantal verschillende relaties (paren).", "Number of distinct ties (pairs)."),
  field("summary.directed", "boolean", "Gericht netwerk.", "Directed network."),
  field("summary.weighted", "boolean", "De relaties hebben een sterkte.", "Ties have a strength."),
  field(
    "top.brokers",
    "object",
    "De makelaars: hoogste genormaliseerde tussenpositie (> 0), met id, naam en waarde.",
    "The brokers: highest normalised betweenness (> 0), with id, label and value.",
  ),
  field(
    "top.most_central",
    "object",
    "De meeste partners (graad), met id, naam en waarde.",
    "Most partners (degree), with id, label and value.",
  ),
  field(
    "top.single_points_of_failure",
    "object",
    "Snijpunten, met hoeveel organisaties ze zouden afsnijden.",
    "Cut vertices, with how many organisations they would cut off.",
  ),
];
