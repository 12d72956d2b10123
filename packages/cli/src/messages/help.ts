/**
 * Help texts of the commands and options (`--help`, docs/cli.md), keyed by command and option.
 * The help is read before any --lang, so it shows both: `commandHelp` (English line, Dutch line) and
 * `optionHelp` ("English / Dutch") in messages/index.ts.
 */
import type { Message } from "./types.ts";

export const HELP_MESSAGES = {
  "help.analyse": {
    en: "Analyse the network: density, fragmentation, centralization, brokers, single points of failure.",
    nl: "Analyseer het netwerk: dichtheid, versnippering, centralisatie, makelaars, kwetsbare schakels.",
  },
  "help.analyse.csv": {
    en: "write one row per organisation with every metric",
    nl: "één rij per organisatie",
  },
  "help.analyse.distance": {
    en: "tie length for betweenness/closeness: none (every tie one step), inverse (1/strength), weight (weight is a distance)",
    nl: "lengte van een band",
  },
  "help.analyse.exact": {
    en: "all pairs for betweenness and closeness, also from 100,000 ties on (default there: a sample)",
    nl: "alle paren",
  },
  "help.analyse.group_by": {
    en: "node attribute for the group metrics",
    nl: "knoopattribuut voor groepsmaten",
  },
  "help.analyse.json": { en: "print the full result as JSON", nl: "volledig resultaat als JSON" },
  "help.analyse.sample": {
    en: "estimate betweenness, closeness and harmonic from k random sources (default from 100,000 ties: 500); path lengths and centralization are left out",
    nl: "schat uit k bronnen",
  },
  "help.analyse.seed": { en: "seed for the permutation tests", nl: "startwaarde voor permutatietests" },
  "help.analyse.threads": {
    en: "worker threads for betweenness and closeness (default: all cores)",
    nl: "rekendraden",
  },
  "help.arg_input": { en: "inventory folder or GEXF/GraphML/JSON file", nl: "inventarismap of bestand" },
  "help.collect": {
    en: "Merge returned partner forms into one inventory; every relation gets a status (confirmed, reported by one, contradicted).",
    nl: "Voeg teruggestuurde partnerformulieren samen tot één inventaris; elke relatie krijgt een status.",
  },
  "help.collect.arg_dir": { en: "folder with the returned forms (.xlsx)", nl: "map met de formulieren" },
  "help.collect.from": { en: "the last round the forms were made from", nl: "de vorige ronde" },
  "help.collect.lang": { en: "language of sheets, headers and messages: nl or en", nl: "taal: nl of en" },
  "help.collect.output": { en: "OUT.xlsx, or a folder for CSV files", nl: "of een map voor CSV" },
  "help.diff": {
    en: "What changed between inventory rounds (two or more), and did the ecosystem move toward its goals.",
    nl: "Wat veranderde tussen inventarisrondes (twee of meer), en ging het ecosysteem vooruit.",
  },
  "help.diff.arg_rounds": {
    en: "inventory folders or files, oldest first",
    nl: "inventarismappen of bestanden, oudste eerst",
  },
  "help.diff.csv": { en: "write the tables into this folder", nl: "tabellen in deze map" },
  "help.diff.labels": {
    en: "names of the rounds, comma-separated (default: folder names)",
    nl: "namen van de rondes",
  },
  "help.diff.matches": {
    en: "confirmed matches: old_id;new_id;decision (same/different)",
    nl: "bevestigde koppelingen",
  },
  "help.diff.seed": { en: "seed for the clusters (modularity)", nl: "startwaarde voor de clusters" },
  "help.diff.top": { en: "rows per list", nl: "rijen per lijst" },
  "help.ecolens": {
    en: "Map and analyse the organisation network of a learning ecosystem.",
    nl: "Breng het organisatienetwerk van een leerecosysteem in kaart en analyseer het.",
  },
  "help.export": {
    en: "Write the network as GEXF (Gephi), GraphML, Pajek, graphology JSON or CSV node/edge tables.",
    nl: "Schrijf het netwerk weg als GEXF (Gephi), GraphML, Pajek, graphology-JSON of CSV-tabellen.",
  },
  "help.export-map.figure": {
    en: "--to map-svg | map-png: colour the municipalities by organisations_per_10000 (default), organisations, offerings, white_spots, uncovered_barriers, cross_line_share, top_partner_share, ties_within, ties_to_other_places or sector:<sector>",
    nl: "kleur de gemeenten volgens dit cijfer",
  },
  "help.export.edge_type": {
    en: "gexf/graphml/pajek: directed | undirected | mixed (default: the network's kind; a mixed network undirected, so networkx and igraph read it; docs/formats.md)",
    nl: "soort verbindingen",
  },
  "help.export.output": {
    en: "output file (csv: a folder for nodes.csv + edges.csv); default stdout",
    nl: "uitvoerbestand (csv: een map)",
  },
  "help.export.plain": {
    en: "csv: comma, no BOM, LF, decimal point (instead of Flemish Excel: ; BOM CRLF 0,5)",
    nl: "csv: komma, geen BOM, LF, decimaalpunt",
  },
  "help.export.to": {
    en: (p) =>
      `gexf | graphml | pajek | json | csv | xlsx (workbook with metrics and analysis tables) | ${p.list} (map of the municipalities)`,
    nl: "uitvoerformaat",
  },
  "help.force": {
    en: "replace an existing output file that ecolens did not write (never an input)",
    nl: "vervang een bestaand uitvoerbestand",
  },
  "help.gaps": {
    en: "Find gaps: white spots, barriers nobody works on, missing links (with reasons), critical partners, broken learning paths.",
    nl: "Zoek hiaten: witte vlekken, drempels zonder aanpak, ontbrekende verbindingen, kritieke partners, gebroken leerpaden.",
  },
  "help.gaps.across": { en: (p) => `suggest ties across: ${p.list}`, nl: "voorstellen over deze grens" },
  "help.gaps.csv": { en: "write one CSV per table into this folder", nl: "één CSV per tabel in deze map" },
  "help.gaps.seed": { en: "seed for the clusters", nl: "startwaarde voor de clusters" },
  "help.gaps.top": { en: "rows per section", nl: "rijen per onderdeel" },
  "help.input.directed": { en: "treat --edges as directed arcs", nl: "verbindingen zijn gericht" },
  "help.input.edges": { en: "generic edge list CSV", nl: "generieke verbindingenlijst" },
  "help.input.id_col": { en: "node id column in --nodes (default: id/Id)", nl: "id-kolom in --nodes" },
  "help.input.label_attr": {
    en: "GEXF/GraphML/JSON/lists: take node labels from this attribute",
    nl: "neem labels uit dit attribuut",
  },
  "help.input.label_col": {
    en: "node label column in --nodes (default: label/Label/name)",
    nl: "labelkolom in --nodes",
  },
  "help.input.nodes": { en: "generic node list CSV", nl: "generieke knopenlijst" },
  "help.input.source_col": {
    en: "source column in --edges (default: source/Source)",
    nl: "bronkolom in --edges",
  },
  "help.input.target_col": {
    en: "target column in --edges (default: target/Target)",
    nl: "doelkolom in --edges",
  },
  "help.input.weight_col": {
    en: "weight column in --edges (default: weight/Weight)",
    nl: "gewichtkolom in --edges",
  },
  "help.json": { en: "print everything as JSON", nl: "alles als JSON" },
  "help.lang": { en: "language of messages: nl or en", nl: "taal: nl of en" },
  "help.paths": {
    en: "Learning routes from a passion to (formal) learning, with barriers and broken chains.",
    nl: "Leerroutes van een passie naar (formeel) leren, met drempels en gebroken ketens.",
  },
  "help.paths.age": { en: "age of the learner", nl: "leeftijd" },
  "help.paths.arg_input": { en: "inventory folder or file", nl: "inventarismap of bestand" },
  "help.paths.barrier": { en: "barriers of the learner (nl or en)", nl: "drempels" },
  "help.paths.coverage": { en: "pathway coverage of the whole ecosystem", nl: "dekking van leerroutes" },
  "help.paths.group": { en: "the same as --target-group", nl: "hetzelfde als --target-group" },
  "help.paths.json": { en: "print the result as JSON", nl: "resultaat als JSON" },
  "help.paths.max_steps": { en: "longest route in steps", nl: "langste route in stappen" },
  "help.paths.municipality": { en: "where the learner lives (name or NIS code)", nl: "woonplaats" },
  "help.paths.target_group": { en: "target group (nl or en)", nl: "doelgroep" },
  "help.paths.theme": { en: "the passion, a theme (nl or en)", nl: "de passie, een thema" },
  "help.paths.to": { en: "destination: formal or non_formal", nl: "bestemming" },
  "help.paths.top": { en: "routes to show", nl: "aantal routes" },
  "help.quiet": { en: "no progress on stderr", nl: "geen voortgang op stderr" },
  "help.report": {
    en: "Write one self-contained HTML report (map, charts, findings) to open, mail or present.",
    nl: "Schrijf één zelfstandig HTML-rapport (kaart, grafieken, vaststellingen) om te openen, mailen of tonen.",
  },
  "help.report.lang": { en: "language of the report: nl or en", nl: "taal: nl of en" },
  "help.report.output": { en: "output file (default out/report-<name>.html)", nl: "uitvoerbestand" },
  "help.report.seed": { en: "seed for layout and clusters", nl: "startwaarde voor kaart en clusters" },
  "help.rounds.matches": {
    en: "confirmed matches for --since: old_id;new_id;decision (see ecolens diff)",
    nl: "bevestigde koppelingen",
  },
  "help.rounds.since": {
    en: "an earlier inventory round (folder or file); repeat for more rounds, oldest first, or give a folder of round folders",
    nl: "eerdere inventarisronde; herhaal, oudste eerst",
  },
  "help.scope.ego": {
    en: "only the network around this organisation",
    nl: "alleen het netwerk rond deze organisatie",
  },
  "help.scope.municipality": {
    en: "only these municipalities (name or NIS code)",
    nl: "alleen deze gemeenten",
  },
  "help.scope.radius": { en: "steps around --ego", nl: "aantal stappen rond --ego" },
  "help.scope.relation_type": { en: "only these relation types (nl or en)", nl: "alleen deze relatietypes" },
  "help.scope.sector": { en: "only these sectors (nl or en)", nl: "alleen deze sectoren" },
  "help.scope.type": { en: "only these organisation types (nl or en)", nl: "alleen deze organisatietypes" },
  "help.seed": { en: "seed for layout and clusters", nl: "startwaarde" },
  "help.start": {
    en: "Build the report of the Westhoek example and print its key findings.",
    nl: "Maak het rapport van het Westhoek-voorbeeld en toon de belangrijkste vaststellingen.",
  },
  "help.start.lang": { en: "language: nl or en", nl: "taal: nl of en" },
  "help.start.output": {
    en: "output file (default out/report-westhoek.html under the repository)",
    nl: "uitvoerbestand",
  },
  "help.template": {
    en: "Write the inventory workbook to send out (drop-down lists, instructions), or one form per partner.",
    nl: "Schrijf de inventariswerkmap om rond te sturen (keuzelijsten, uitleg), of één formulier per partner.",
  },
  "help.template.from": { en: "pre-fill from this inventory (the last round)", nl: "vooraf invullen" },
  "help.template.lang": { en: "language of sheets, headers and lists: nl or en", nl: "taal: nl of en" },
  "help.template.output": { en: "the workbook to write (.xlsx)", nl: "de werkmap" },
  "help.template.per_partner": {
    en: "one form per organisation into this folder (needs --from)",
    nl: "één formulier per organisatie",
  },
  "help.ties": {
    en: "confirmed | all (default): keep only ties both sides confirmed (confirmed column; ecolens collect)",
    nl: "alleen bevestigde relaties",
  },
  "help.title": { en: "title on the report", nl: "titel van het rapport" },
  "help.validate": {
    en: "Check an inventory and show what was imported, rejected and why.",
    nl: "Controleer een inventaris: wat is ingelezen, wat geweigerd en waarom.",
  },
  "help.validate.arg_input": { en: "inventory folder or file", nl: "inventarismap of -bestand" },
  "help.validate.json": { en: "print the import report as JSON", nl: "inleesrapport als JSON" },
  "help.view": {
    en: "Show the report in your browser via a local address (127.0.0.1); Ctrl-C stops.",
    nl: "Toon het rapport in je browser via een lokaal adres (127.0.0.1); Ctrl-C stopt.",
  },
  "help.view.port": { en: "port (0 = any free port)", nl: "poort" },
} as const satisfies Record<string, Message>;
