/**
 * Every sentence of the app, keyed by code, Dutch and English side by side. Logic never holds a
 * literal in either language: it asks `t(code, lang)`. Values may hold `{name}` placeholders that
 * `t` fills (the values are text, never HTML: the UI puts them in with textContent).
 */
export type Lang = "nl" | "en";
export const LANGS: readonly Lang[] = ["nl", "en"];
/** How numbers are written in each language: as the report writes them (nl-BE, en-GB). */
export const NUMBER_LOCALE: Record<Lang, string> = { nl: "nl-BE", en: "en-GB" };

export const CATALOGUE = {
  "app.title": { nl: "ecolens in je browser", en: "ecolens in your browser" },
  "app.lead": {
    nl: "Breng het organisatienetwerk van een leerecosysteem in kaart: sleep de bestanden van de partners hierheen.",
    en: "Map the organisation network of a learning ecosystem: drop the partners' files here.",
  },
  "app.local": {
    nl: "Je bestanden blijven op deze computer: niets wordt verstuurd, alles wordt in deze browser berekend.",
    en: "Your files stay on this computer: nothing is sent anywhere, everything is computed in this browser.",
  },
  "lang.label": { nl: "Taal", en: "Language" },
  "lang.nl": { nl: "Nederlands", en: "Nederlands" },
  "lang.en": { nl: "English", en: "English" },
  "round.current": { nl: "Deze ronde", en: "This round" },
  "round.previous": {
    nl: "Eerdere ronde (optioneel, voor 'Wat veranderde')",
    en: "Earlier round (optional, for 'What changed')",
  },
  "drop.hint": {
    nl: "Sleep hier CSV-bestanden, Excel-werkmappen (.xlsx), GEXF, GraphML, Pajek of JSON, of kies ze:",
    en: "Drop CSV files, Excel workbooks (.xlsx), GEXF, GraphML, Pajek or JSON here, or choose them:",
  },
  "drop.files": { nl: "Bestanden kiezen", en: "Choose files" },
  "drop.folder": { nl: "Map kiezen", en: "Choose a folder" },
  "drop.chosen": { nl: "Bestanden ({count}): {names}", en: "Files ({count}): {names}" },
  "drop.none": { nl: "Nog geen bestanden.", en: "No files yet." },
  "drop.clear": { nl: "Ronde leegmaken", en: "Clear this round" },
  "progress.label": { nl: "Voortgang", en: "Progress" },
  "progress.cancel": { nl: "Annuleren", en: "Cancel" },
  "progress.cancelled": { nl: "Geannuleerd.", en: "Cancelled." },
  "progress.done": { nl: "Klaar.", en: "Done." },
  "step.read": { nl: "bestanden lezen", en: "reading the files" },
  "step.previous": { nl: "eerdere ronde lezen", en: "reading the earlier round" },
  "step.analyse": { nl: "netwerk analyseren", en: "analysing the network" },
  "step.clusters": { nl: "clusters zoeken", en: "finding clusters" },
  "step.layout": { nl: "kaart schikken", en: "laying out the map" },
  "step.gaps": { nl: "hiaten zoeken", en: "finding gaps" },
  "step.suggestions": { nl: "verbindingen voorstellen", en: "suggesting links" },
  "step.resilience": { nl: "kritieke partners", en: "critical partners" },
  "step.paths": { nl: "leerpaden", en: "learning paths" },
  "step.changes": { nl: "rondes vergelijken", en: "comparing rounds" },
  "round.label.previous": { nl: "eerdere ronde", en: "earlier round" },
  "round.label.current": { nl: "deze ronde", en: "this round" },
  "step.report": { nl: "rapport schrijven", en: "writing the report" },
  "tab.import": { nl: "Importverslag", en: "Import report" },
  "tab.overview": { nl: "Helikopterzicht", en: "Helicopter view" },
  "tab.report": { nl: "Rapport en kaart", en: "Report and map" },
  "tab.downloads": { nl: "Downloads", en: "Downloads" },
  "tabs.label": { nl: "Resultaten", en: "Results" },
  "import.summary": {
    nl: "Bestanden: {files}; rijen ingelezen: {imported}; geweigerd: {rejected}; fouten: {errors}; waarschuwingen: {warnings}.",
    en: "Files: {files}; rows read: {imported}; rejected: {rejected}; errors: {errors}; warnings: {warnings}.",
  },
  "import.filter": { nl: "Toon", en: "Show" },
  "import.all": { nl: "alles", en: "everything" },
  "import.nothing": { nl: "Geen meldingen bij deze selectie.", en: "No findings in this selection." },
  "import.capped": {
    nl: "De eerste {shown} van {total} meldingen; download het verslag voor alle.",
    en: "The first {shown} of {total} findings; download the report for all of them.",
  },
  "import.files": { nl: "Gelezen bestanden", en: "Files read" },
  "import.findings": { nl: "Meldingen", en: "Findings" },
  "import.previous": { nl: "Eerdere ronde", en: "Earlier round" },
  "import.ignored": { nl: "Niet gelezen", en: "Not read" },
  "col.severity": { nl: "ernst", en: "severity" },
  "col.file": { nl: "bestand", en: "file" },
  "col.row": { nl: "rij", en: "row" },
  "col.column": { nl: "kolom", en: "column" },
  "col.value": { nl: "waarde", en: "value" },
  "col.message": { nl: "melding", en: "message" },
  "col.kind": { nl: "soort", en: "kind" },
  "col.rows": { nl: "rijen", en: "rows" },
  "col.imported": { nl: "ingelezen", en: "read" },
  "col.rejected": { nl: "geweigerd", en: "rejected" },
  "kind.organisations": { nl: "organisaties", en: "organisations" },
  "kind.relations": { nl: "relaties", en: "relations" },
  "kind.offerings": { nl: "leerkansen", en: "learning offers" },
  "kind.barriers": { nl: "drempels", en: "barriers" },
  "kind.barrier_commitments": { nl: "engagementen op drempels", en: "commitments on barriers" },
  "kind.municipalities": { nl: "gemeenten", en: "municipalities" },
  "kind.nodes": { nl: "knopen", en: "nodes" },
  "kind.edges": { nl: "verbindingen", en: "edges" },
  "kind.gexf": { nl: "netwerk (GEXF)", en: "network (GEXF)" },
  "kind.graphml": { nl: "netwerk (GraphML)", en: "network (GraphML)" },
  "kind.json": { nl: "netwerk (JSON)", en: "network (JSON)" },
  "kind.pajek": { nl: "netwerk (Pajek)", en: "network (Pajek)" },
  "severity.error": { nl: "fout", en: "error" },
  "severity.warning": { nl: "waarschuwing", en: "warning" },
  "severity.info": { nl: "info", en: "info" },
  "ignored.unknown": {
    nl: "ecolens kent dit soort bestand niet (verwacht: .csv, .tsv, .txt, .xlsx, .gexf, .graphml, .xml, .json, .net, .paj)",
    en: "ecolens does not know this kind of file (expected: .csv, .tsv, .txt, .xlsx, .gexf, .graphml, .xml, .json, .net, .paj)",
  },
  "ignored.lockfile": { nl: "een tijdelijk slotbestand van Excel", en: "a temporary Excel lock file" },
  "ignored.mixed": {
    nl: "een netwerkbestand naast een inventaris: de inventaris is gelezen, dit bestand niet",
    en: "a network file beside an inventory: the inventory was read, this file was not",
  },
  "ignored.second": {
    nl: "er kan één netwerkbestand tegelijk gelezen worden: {first} is gelezen",
    en: "one network file can be read at a time: {first} was read",
  },
  "ignored.macro": {
    nl: "een werkmap met macro's (.xlsm) wordt niet gelezen; bewaar ze als .xlsx",
    en: "a workbook with macros (.xlsm) is not read; save it as .xlsx",
  },
  "ignored.binary": {
    nl: "dit is geen tekstbestand (CSV) maar een {format}-bestand: kies het CSV-bestand of de Excel-werkmap (.xlsx) zelf",
    en: "this is not a text (CSV) file but a {format} file: choose the CSV file or the Excel workbook (.xlsx) itself",
  },
  "ignored.duplicate": {
    nl: "hetzelfde bestand als {first} (dezelfde inhoud): één keer gelezen",
    en: "the same file as {first} (the same content): read once",
  },
  "failed.read": {
    nl: "{file}: kon niet gelezen worden: {reason}",
    en: "{file}: could not be read: {reason}",
  },
  "failed.nothing": {
    nl: "Er is niets te analyseren: geen enkele organisatie ingelezen (zie het importverslag).",
    en: "There is nothing to analyse: no organisation was read (see the import report).",
  },
  "failed.report": {
    nl: "Het rapport kon niet gemaakt worden: {reason}. Het importverslag, het helikopterzicht en de downloads zijn er wel.",
    en: "The report could not be made: {reason}. The import report, the helicopter view and the downloads are there.",
  },
  "failed.internal": {
    nl: "Er liep iets mis bij het berekenen: {reason}",
    en: "Something went wrong while computing: {reason}",
  },
  "overview.organisations": { nl: "Organisaties", en: "Organisations" },
  "overview.relations": { nl: "Relaties", en: "Relations" },
  "overview.ties": { nl: "Paren met een relatie", en: "Pairs with a relation" },
  "overview.density": { nl: "Dichtheid", en: "Density" },
  "overview.components": { nl: "Losse delen", en: "Separate parts" },
  "overview.largest": { nl: "Aandeel in het grootste deel", en: "Share in the largest part" },
  "overview.cutpoints": { nl: "Kritieke partners (scharnierpunten)", en: "Critical partners (cut points)" },
  "overview.isolates": { nl: "Organisaties zonder relatie", en: "Organisations without a relation" },
  "overview.brokers": { nl: "Belangrijkste bruggenbouwers", en: "Main brokers" },
  "overview.critical": {
    nl: "Kritieke partners: wie valt weg, wie raakt los",
    en: "Critical partners: who leaves, who is cut off",
  },
  "overview.cutoff": { nl: "{count} organisaties raken los", en: "{count} organisations cut off" },
  "overview.cutoff_one": { nl: "1 organisatie raakt los", en: "1 organisation cut off" },
  "overview.none": { nl: "Geen.", en: "None." },
  "hint.relations": {
    nl: "alle samenwerkingen, ook een tweede soort tussen dezelfde twee organisaties",
    en: "every collaboration, also a second kind between the same two organisations",
  },
  "hint.ties": {
    nl: "twee organisaties met minstens één relatie; de netwerkmaten tellen paren",
    en: "two organisations with at least one relation; the network metrics count pairs",
  },
  "hint.density": {
    nl: "het aandeel van alle mogelijke paren dat samenwerkt (0 tot 1)",
    en: "the share of all possible pairs that work together (0 to 1)",
  },
  "hint.components": {
    nl: "groepen zonder enige verbinding met elkaar",
    en: "groups with no link at all between them",
  },
  "hint.largest": {
    nl: "organisaties die rechtstreeks of via anderen met elkaar verbonden zijn",
    en: "organisations linked to each other, directly or through others",
  },
  "hint.isolates": { nl: "ze staan los van de rest", en: "they stand apart from the rest" },
  "hint.brokers": {
    nl: "Het getal: het deel van de kortste wegen tussen twee andere organisaties dat via deze organisatie loopt (0 tot 1).",
    en: "The number: the share of the shortest paths between two other organisations that runs through this one (0 to 1).",
  },
  "report.frame": { nl: "Het rapport", en: "The report" },
  "report.waiting": {
    nl: "Het rapport verschijnt hier na de analyse.",
    en: "The report appears here after the analysis.",
  },
  "report.open": { nl: "Rapport in een nieuw tabblad openen", en: "Open the report in a new tab" },
  "download.report": { nl: "Rapport (HTML, op zichzelf staand)", en: "Report (self-contained HTML)" },
  "download.findingsCsv": { nl: "Importverslag (CSV)", en: "Import report (CSV)" },
  "download.findingsXlsx": { nl: "Importverslag (Excel)", en: "Import report (Excel)" },
  "download.gexf": { nl: "Netwerk (GEXF, voor Gephi)", en: "Network (GEXF, for Gephi)" },
  "download.graphml": { nl: "Netwerk (GraphML)", en: "Network (GraphML)" },
  "download.nodes": { nl: "Organisaties met maten (CSV)", en: "Organisations with metrics (CSV)" },
  "download.edges": { nl: "Relaties (CSV)", en: "Relations (CSV)" },
  "download.xlsx": { nl: "Netwerk met maten (Excel)", en: "Network with metrics (Excel)" },
  "sheet.findings": { nl: "importverslag", en: "import report" },
  "sheet.nodes": { nl: "organisaties", en: "organisations" },
  "sheet.edges": { nl: "relaties", en: "relations" },
  "forget.button": { nl: "Vergeet deze gegevens", en: "Forget this data" },
  "forget.done": {
    nl: "Vergeten: de bestanden en resultaten zijn uit deze browser gewist.",
    en: "Forgotten: the files and results are erased from this browser.",
  },
  "session.restored": {
    nl: "De vorige sessie is teruggezet uit deze browser (bestanden: {count}).",
    en: "The previous session was restored from this browser (files: {count}).",
  },
  "session.kept": {
    nl: "Deze bestanden worden in deze browser bewaard tot je ze laat vergeten.",
    en: "These files are kept in this browser until you have them forgotten.",
  },
  "session.unavailable": {
    nl: "Deze browser bewaart niets (geen IndexedDB): na herladen zijn de bestanden weg.",
    en: "This browser keeps nothing (no IndexedDB): after a reload the files are gone.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type Code = keyof typeof CATALOGUE;

/** The text of `code` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(code: Code, lang: Lang, values: Record<string, string | number> = {}): string {
  return CATALOGUE[code][lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** The first of the browser's languages ecolens speaks; Dutch for nl, nl-BE, ...; else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split("-")[0];
    if (base === "nl" || base === "en") return base;
  }
  return "en";
}
