/**
 * Registry descriptors of the brokerage metrics (Analysis I part 2): Burt's structural holes
 * (structural-holes/structural-holes.ts) and Gould & Fernandez's brokerage roles
 * (brokerage/gould-fernandez.ts). Both read ties as binary (Borgatti's and sna's conventions);
 * structural holes adds Burt's weighted version on a weighted network.
 */
import { gouldFernandezBrokerage } from "../brokerage/gould-fernandez.ts";
import { structuralHoles } from "../structural-holes/structural-holes.ts";
import { ATTRIBUTE_OPTION, GROUPING_OPTION, GROUPING_OUTPUT, num } from "./descriptor-parts.ts";
import type { AnalyseMetric } from "./types.ts";

export const BROKER_METRICS: AnalyseMetric[] = [
  {
    id: "structural_holes",
    level: "node",
    placement: { section: "nodes" },
    passes: ["binary_view"],
    compute: (ctx) => {
      const sh = structuralHoles(ctx.pass("binary_view"));
      const byId: Record<string, Record<string, number | null>> = {
        constraint: sh.constraint,
        effective_size: sh.effective_size,
        efficiency: sh.efficiency,
      };
      // With tie strengths, also Burt's weighted version (mutual strength as the tie's weight).
      if (ctx.view.weighted) {
        const w = structuralHoles(ctx.view);
        Object.assign(byId, {
          constraint_weighted: w.constraint,
          effective_size_weighted: w.effective_size,
          efficiency_weighted: w.efficiency,
        });
      }
      return { byId };
    },
    title: { nl: "Structurele gaten (Burt)", en: "Structural holes (Burt)" },
    explanation: {
      nl: "Constraint: in welke mate de contacten van een organisatie ook onderling verbonden zijn. Hoog = ingebed in één gesloten kring; laag = verbindt groepen die elkaar anders niet bereiken (een makelaar). Effectieve grootte: het aantal contacten dat niet overbodig is (geen contact dat je ook via een ander bereikt). Efficiëntie = effectieve grootte gedeeld door het aantal contacten.",
      en: "Constraint: how much an organisation's contacts are also connected to each other. High = embedded in one closed circle; low = bridges separate groups (a broker). Effective size: the number of contacts that are not redundant (not reachable through another contact anyway). Efficiency = effective size divided by the number of contacts.",
    },
    weight: "strength",
    options: [
      {
        name: "weighted",
        type: "boolean",
        default: false,
        description: {
          nl: "Gebruik de sterkte van de relaties (sterkere banden wegen zwaarder).",
          en: "Use tie strength (stronger ties count more).",
        },
      },
    ],
    outputs: [
      {
        key: "constraint",
        type: "object",
        description: {
          nl: "Burts constraint per organisatie (geïsoleerd: leeg).",
          en: "Burt's constraint per organisation (isolate: null).",
        },
      },
      {
        key: "effective_size",
        type: "object",
        description: {
          nl: "Effectieve grootte van het netwerk rond elke organisatie.",
          en: "Effective size of each organisation's network.",
        },
      },
      {
        key: "efficiency",
        type: "object",
        description: {
          nl: "Effectieve grootte / aantal contacten.",
          en: "Effective size / number of contacts.",
        },
      },
      {
        key: "constraint_weighted",
        type: "object",
        description: {
          nl: "Constraint met de sterkte van de banden (alleen in een gewogen netwerk; in `analyse` naast de ongewogen waarde).",
          en: "Constraint using tie strength (weighted networks only; `analyse` gives it next to the unweighted value).",
        },
      },
      {
        key: "effective_size_weighted",
        type: "object",
        description: {
          nl: "Effectieve grootte met de sterkte van de banden.",
          en: "Effective size using tie strength.",
        },
      },
      {
        key: "efficiency_weighted",
        type: "object",
        description: {
          nl: "Efficiëntie met de sterkte van de banden.",
          en: "Efficiency using tie strength.",
        },
      },
    ],
    equivalent: "networkx.constraint, networkx.effective_size (per-node path; mutual weights)",
    reference: "Burt (1992), Structural Holes, Harvard UP; Borgatti (1997), Connections 20(1):35-38",
  },
  {
    id: "brokerage",
    level: "node",
    placement: { section: "groups" },
    passes: ["binary_view", "vertex_groups"],
    compute: (ctx) => {
      const { groups, grouping, any } = ctx.pass("vertex_groups");
      if (!any) return {};
      return {
        groups: { brokerage: { grouping, ...gouldFernandezBrokerage(ctx.pass("binary_view"), groups) } },
      };
    },
    title: { nl: "Makelaarsrollen (Gould & Fernandez)", en: "Brokerage roles (Gould & Fernandez)" },
    explanation: {
      nl: "Telt hoe vaak een organisatie twee andere verbindt die zelf geen rechtstreekse band hebben, en welke rol ze daarbij speelt: coördinator (alles binnen één groep), consultant (verbindt twee leden van één andere groep), vertegenwoordiger en poortwachter (tussen de eigen en een andere groep), liaison (tussen twee andere groepen). Een z-score boven 2 betekent: veel vaker dan toeval in een even dicht netwerk.",
      en: "Counts how often an organisation links two others that have no direct tie, and in which role: coordinator (all within one group), consultant (links two members of another group), representative and gatekeeper (between its own and another group), liaison (between two other groups). A z-score above 2 means: much more often than chance in an equally dense network.",
    },
    weight: "none",
    options: [GROUPING_OPTION, ATTRIBUTE_OPTION],
    outputs: [
      GROUPING_OUTPUT,
      {
        key: "roles",
        type: "string[]",
        description: {
          nl: "De vijf rollen, in de volgorde van de tellingen.",
          en: "The five roles, in the order of the counts.",
        },
      },
      num(
        "density",
        "Dichtheid van het nulmodel (pijlen / (N(N−1))).",
        "Density of the null model (arcs / (N(N−1))).",
      ),
      {
        key: "group_sizes",
        type: "object",
        description: { nl: "Aantal organisaties per groep.", en: "Organisations per group." },
      },
      {
        key: "node_group",
        type: "object",
        description: { nl: "De groep van elke organisatie.", en: "Each organisation's group." },
      },
      {
        key: "node_raw",
        type: "object",
        description: { nl: "Aantallen per rol per organisatie.", en: "Counts per role per organisation." },
      },
      {
        key: "node_expected",
        type: "object",
        description: { nl: "Verwachte aantallen bij toeval.", en: "Expected counts under chance." },
      },
      {
        key: "node_sd",
        type: "object",
        description: { nl: "Standaardafwijking bij toeval.", en: "Standard deviation under chance." },
      },
      { key: "node_z", type: "object", description: { nl: "z-score per rol.", en: "z-score per role." } },
      {
        key: "graph_raw",
        type: "object",
        description: {
          nl: "Totalen per rol voor het hele netwerk.",
          en: "Totals per role for the whole network.",
        },
      },
      {
        key: "graph_expected",
        type: "object",
        description: { nl: "Verwachte totalen bij toeval.", en: "Expected totals under chance." },
      },
      {
        key: "graph_sd",
        type: "object",
        description: {
          nl: "Standaardafwijking van de totalen bij toeval.",
          en: "Standard deviation of the totals under chance.",
        },
      },
      {
        key: "graph_z",
        type: "object",
        description: { nl: "z-score van de totalen.", en: "z-score of the totals." },
      },
    ],
    equivalent: "R sna::brokerage",
    reference: "Gould & Fernandez (1989), Sociological Methodology 19:89-126",
  },
];
