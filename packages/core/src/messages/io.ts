/** Core's messages: the network readers (GEXF, GraphML, JSON, node/edge lists, Pajek) and the XML reader. */
import type { Message } from "./types.ts";

export const IO_MESSAGES = {
  "gexf-read.gexf_version_mismatch": {
    nl: (p) =>
      `version="${p.declaredVersion}" past niet bij de naamruimte ${p.ns} (GEXF ${p.nsVersion}); gelezen als GEXF ${p.nsVersion}`,
    en: (p) =>
      `version="${p.declaredVersion}" does not match the namespace ${p.ns} (GEXF ${p.nsVersion}); read as GEXF ${p.nsVersion}`,
  },
  "gexf-read.bad_default_edge_type": {
    nl: (p) =>
      `onbekend defaultedgetype '${p.defaultType}'; verbindingen zonder type worden ongericht gelezen`,
    en: (p) => `unknown defaultedgetype '${p.defaultType}'; edges without a type are read as undirected`,
  },
  "gexf-read.bad_attribute_type": {
    nl: (p) => `onbekend attribuuttype '${p.rawType}' voor '${p.title}'; als tekst gelezen`,
    en: (p) => `unknown attribute type '${p.rawType}' for '${p.title}'; read as text`,
  },
  "gexf-read.gexf_dynamic_ignored": {
    nl: "dynamische GEXF: tijdsintervallen worden genegeerd, de laatste waarde van een attribuut blijft",
    en: "dynamic GEXF: time intervals are ignored, the last value of an attribute is kept",
  },
  "gexf-read.undeclared_attribute": {
    nl: (p) => `attribuut '${p.key}' is niet gedeclareerd in <attributes>; als tekst behouden`,
    en: (p) => `attribute '${p.key}' is not declared in <attributes>; kept as text`,
  },
  "gexf-read.gexf_no_nodes": {
    nl: "geen <nodes>-element: het netwerk is leeg",
    en: "no <nodes> element: the network is empty",
  },
  "gexf-read.bad_edge_type": {
    nl: (p) => `onbekend verbindingstype '${p.type}'; standaard van de graaf gebruikt`,
    en: (p) => `unknown edge type '${p.type}'; the graph's default is used`,
  },
  "gexf-read.gexf_no_edges": {
    nl: "geen <edges>-element (GEXF 1.3 vraagt er een, mag leeg zijn); gelezen als een netwerk zonder verbindingen",
    en: "no <edges> element (GEXF 1.3 requires one, it may be empty); read as a network without edges",
  },
  "gexf-read.unexpected_element": {
    nl: (p) => `onverwacht element <${p.name}> in <${p.parent}>; genegeerd`,
    en: (p) => `unexpected element <${p.name}> in <${p.parent}>; ignored`,
  },
  "gexf-viz.old_viz_namespace": {
    nl: (p) =>
      `viz-gegevens in de naamruimte '${p.shown}' (verwacht http://gexf.net/1.3/viz, zoals oudere Gephi-versies schrijven); toch gelezen als viz (kleur, positie, grootte)`,
    en: (p) =>
      `viz data in the namespace '${p.shown}' (expected http://gexf.net/1.3/viz, as older Gephi versions write); read as viz anyway (colour, position, size)`,
  },
  "gexf-viz.unknown_namespace": {
    nl: (p) =>
      `<${p.name}> en dergelijke staan in een onbekende naamruimte '${p.shown}' (verwacht http://gexf.net/1.3/viz); genegeerd`,
    en: (p) =>
      `<${p.name}> and the like are in an unknown namespace '${p.shown}' (expected http://gexf.net/1.3/viz); ignored`,
  },
  "json-read.json_too_deep": {
    nl: (p) =>
      `JSON dieper genest dan ${p.MAX_JSON_DEPTH} niveaus (regel ${p.row}); een graphology-bestand heeft er 4 nodig. Niet ingelezen`,
    en: (p) =>
      `JSON nested deeper than ${p.MAX_JSON_DEPTH} levels (line ${p.row}); a graphology file needs 4. Not read`,
  },
  "json-read.not_a_graph": {
    nl: "dit is geen graphology-JSON: verwacht een object met een lijst 'nodes' (en 'edges')",
    en: "this is not graphology JSON: expected an object with a 'nodes' list (and 'edges')",
  },
  "json-read.missing_id": {
    nl: (p) => `nodes[${p.i}] heeft geen geldige 'key' (tekst of getal); overgeslagen`,
    en: (p) => `nodes[${p.i}] has no valid 'key' (text or number); skipped`,
  },
  "json-read.bad_attribute_value": {
    nl: (p) => `edges[${p.i}]: gewicht '${p.raw}' is geen getal; 1 gebruikt`,
    en: (p) => `edges[${p.i}]: weight '${p.raw}' is not a number; 1 used`,
  },
  "json-read.edges_not_a_list": {
    nl: "'edges' is geen lijst; geen verbindingen ingelezen",
    en: "'edges' is not a list; no edges read",
  },
  "json-read.missing_endpoint": {
    nl: (p) => `edges[${p.i}] heeft geen geldige source en target; overgeslagen`,
    en: (p) => `edges[${p.i}] has no valid source and target; skipped`,
  },
  "lists-read.missing_column": {
    nl: (p) =>
      `kolom ${p.names} (${p.what}) niet gevonden; geef de naam met de juiste optie (bv. --${p.what}-col)`,
    en: (p) =>
      `column ${p.names} (${p.what}) not found; name it with the matching option (e.g. --${p.what}-col)`,
  },
  "lists-read.unicode_normalised": {
    nl: (p) =>
      `id '${p.id}' stond in ontbonden vorm (letter + los accent) en is omgezet naar NFC, zodat ze gelijk is aan dezelfde id elders`,
    en: (p) =>
      `id '${p.id}' was in decomposed form (letter + separate accent) and was converted to NFC, so it equals the same id elsewhere`,
  },
  "lists-read.id_scientific_notation": {
    nl: (p) =>
      `id '${p.id}' staat in wetenschappelijke notatie (Excel): de cijfers zijn verloren; bewaard zoals ze staat`,
    en: (p) => `id '${p.id}' is in scientific notation (Excel): the digits are lost; kept as written`,
  },
  "lists-read.missing_id": {
    nl: (p) => `lege ${p.column}; rij overgeslagen`,
    en: (p) => `empty ${p.column}; row skipped`,
  },
  "lists-read.bad_weight": {
    nl: (p) => `gewicht '${p.weightCol}' is geen getal; 1 gebruikt`,
    en: (p) => `weight '${p.weightCol}' is not a number; 1 used`,
  },
  "network-builder.duplicate_node_id": {
    nl: (p) => `knoop-id '${p.id}' komt twee keer voor; de eerste${p.where} blijft, deze wordt overgeslagen`,
    en: (p) => `node id '${p.id}' occurs twice; the first${p.where} is kept, this one is skipped`,
  },
  "network-builder.dangling_edge": {
    nl: (p) =>
      `verbinding ${p.source} → ${p.target} verwijst naar een onbekende knoop ${p.ids}; niet ingelezen`,
    en: (p) => `edge ${p.source} → ${p.target} refers to an undeclared node ${p.ids}; not imported`,
  },
  "network-builder.duplicate_edge_id": {
    nl: (p) => `verbindings-id '${p.key}' komt twee keer voor; deze verbinding krijgt een nieuwe id`,
    en: (p) => `edge id '${p.key}' occurs twice; this edge gets a new id`,
  },
  "pajek-read.pajek_no_vertices": {
    nl: "geen *Vertices-regel: dit is geen Pajek-netwerk (verwacht '*Vertices n')",
    en: "no *Vertices line: this is not a Pajek network (expected '*Vertices n')",
  },
  "pajek-read.pajek_section_ignored": {
    nl: (p) => `sectie ${p.value} wordt niet ingelezen (${p.length} regels)`,
    en: (p) => `section ${p.value} is not read (${p.length} lines)`,
  },
  "pajek-read.pajek_unexpected_line": {
    nl: "regel buiten een sectie (*Vertices, *Arcs, *Edges ...); overgeslagen",
    en: "line outside a section (*Vertices, *Arcs, *Edges ...); skipped",
  },
  "pajek-read.pajek_vertex_count": {
    nl: (p) =>
      `'*Vertices ${p.value}': verwacht een geheel getal van 0 tot ${p.MAX_PAJEK_VERTICES}; geen knopen ingelezen`,
    en: (p) =>
      `'*Vertices ${p.value}': expected a whole number from 0 to ${p.MAX_PAJEK_VERTICES}; no vertices read`,
  },
  "pajek-read.pajek_bad_vertex": {
    nl: (p) => `'${p.value}' is geen nieuw knoopnummer van 1 tot ${p.n}; regel overgeslagen`,
    en: (p) => `'${p.value}' is not a new vertex number from 1 to ${p.n}; line skipped`,
  },
  "pajek-read.bad_weight": {
    nl: (p) => `gewicht '${p.raw}' is geen getal; 1 gebruikt`,
    en: (p) => `weight '${p.raw}' is not a number; 1 used`,
  },
  "read-options.label_attr_missing": {
    nl: (p) =>
      `geen knoop heeft het attribuut '${p.labelAttr}' (--label-attr); de labels van het bestand gebruikt. Attributen: ${p.list}`,
    en: (p) =>
      `no node has the attribute '${p.labelAttr}' (--label-attr); the file's own labels are used. Attributes: ${p.list}`,
  },
  "read-options.mirror_arcs_merged": {
    nl: (p) =>
      `${p.count} omgekeerde pijl(en) (mirror_of, geschreven met --edges directed) teruggelezen als één ongerichte verbinding`,
    en: (p) =>
      `${p.count} reverse arc(s) (mirror_of, written with --edges directed) read back as one undirected edge each`,
  },
  "weight-check.nan": {
    nl: "is geen getal (NaN)",
    en: "is not a number (NaN)",
  },
  "weight-check.infinite": {
    nl: "is oneindig",
    en: "is infinite",
  },
  "weight-check.negative": {
    nl: "is negatief",
    en: "is negative",
  },
  "weight-check.bad_weight": {
    nl: (p) =>
      `gewicht '${p.raw}' ${p.what}: een gewicht is de sterkte van een band, verwacht een eindig getal ≥ 0; deze verbinding is niet ingelezen`,
    en: (p) =>
      `weight '${p.raw}' ${p.what}: a weight is the strength of a tie, expected a finite number ≥ 0; this edge was not imported`,
  },
  "xml-common.too_deep": {
    nl: (p) => `XML te diep genest op regel ${p.line}: ${p.message}; alleen het deel ervoor is ingelezen`,
    en: (p) => `XML nested too deep at line ${p.line}: ${p.message}; only the part before it was read`,
  },
  "xml-common.not_well_formed": {
    nl: (p) => `geen geldige XML op regel ${p.line}: ${p.message}; alleen het deel ervoor is ingelezen`,
    en: (p) => `not well-formed XML at line ${p.line}: ${p.message}; only the part before it was read`,
  },
  "xml-common.wrong_root": {
    nl: (p) => `het hoofdelement is <${p.name}>, geen <${p.kind}>: dit is geen ${p.title}-bestand`,
    en: (p) => `the root element is <${p.name}>, not <${p.kind}>: this is not a ${p.title} file`,
  },
  "xml-common.no_graph": {
    nl: "geen <graph>-element: er is niets in te lezen",
    en: "no <graph> element: there is nothing to read",
  },
  "xml-common.missing_id": {
    nl: "<node> zonder id; overgeslagen",
    en: "<node> without an id; skipped",
  },
  "xml-common.missing_endpoint": {
    nl: "<edge> zonder source of target; overgeslagen",
    en: "<edge> without a source or target; skipped",
  },
  "xml-common.value_left_out": {
    nl: "waarde weggelaten",
    en: "value left out",
  },
  "xml-common.value_used": {
    nl: (p) => `${p.used} gebruikt`,
    en: (p) => `${p.used} used`,
  },
  "xml-common.bad_attribute_value": {
    nl: (p) => `'${p.raw}' is geen geldige ${p.type} voor '${p.column}'; ${p.then}`,
    en: (p) => `'${p.raw}' is not a valid ${p.type} for '${p.column}'; ${p.then}`,
  },
  "xml-parse.forbidden_character": {
    nl: (p) => `het teken ${p.cp} is niet toegelaten in XML; vervangen door U+FFFD (�)`,
    en: (p) => `the character ${p.cp} is not allowed in XML; replaced by U+FFFD (�)`,
  },
  "xml-parse.more_forbidden_characters": {
    nl: (p) => `nog ${p.more} niet-toegelaten tekens vervangen`,
    en: (p) => `${p.more} more forbidden characters replaced`,
  },
  "xml-parse.doctype_ignored": {
    nl: "DOCTYPE genegeerd: eigen entiteiten worden niet uitgevouwen",
    en: "DOCTYPE ignored: custom entities are not expanded",
  },
  "xml-parse.undeclared_prefix": {
    nl: (p) => `voorvoegsel '${p.prefix}' is niet gedeclareerd (xmlns:${p.prefix} ontbreekt); toch ingelezen`,
    en: (p) => `prefix '${p.prefix}' is not declared (xmlns:${p.prefix} is missing); read anyway`,
  },
  "xml-text.unknown_encoding": {
    nl: (p) => `onbekende tekencodering '${p.declared}' in de XML-declaratie; als UTF-8 gelezen`,
    en: (p) => `unknown encoding '${p.declared}' in the XML declaration; read as UTF-8`,
  },
  "xml-text.not_utf8": {
    nl: "het bestand is geen geldige UTF-8; als Windows-1252 gelezen (controleer letters met accenten)",
    en: "the file is not valid UTF-8; read as Windows-1252 (check accented letters)",
  },
  "json-read.id_cleaned": {
    nl: (p) => `onzichtbare of stuurtekens (${p.removed}) verwijderd uit id '${p.id}'`,
    en: (p) => `invisible or control characters (${p.removed}) removed from id '${p.id}'`,
  },
  "json-read.json_syntax": {
    nl: (p) => `geen geldige JSON${p.row ? ` (regel ${p.row})` : ""}: ${p.message}`,
    en: (p) => `not valid JSON${p.row ? ` (line ${p.row})` : ""}: ${p.message}`,
  },
  "lists-read.id_cleaned": {
    nl: (p) => `onzichtbare tekens (${p.removed}) verwijderd uit id '${p.id}'`,
    en: (p) => `invisible characters (${p.removed}) removed from id '${p.id}'`,
  },
  "lists-read.bad_directed_yes": {
    nl: (p) => `'${p.value}' is geen ja/nee; gericht gelezen`,
    en: (p) => `'${p.value}' is not yes/no; read as directed`,
  },
  "lists-read.bad_directed_no": {
    nl: (p) => `'${p.value}' is geen ja/nee; ongericht gelezen`,
    en: (p) => `'${p.value}' is not yes/no; read as undirected`,
  },
} as const satisfies Record<string, Message>;
