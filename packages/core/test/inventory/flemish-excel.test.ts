/**
 * What a Flemish coordinator's Excel export looks like: `;`, UTF-8 with BOM (or Windows-1252),
 * CRLF, Dutch file names and headers, decimal commas, dd/mm/yyyy dates, ja/nee, `,` in lists.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csv, load, summaryOf } from "./helpers.ts";

const ORGANISATIES = csv(
  "organisaties.csv",
  [
    "Organisatie-ID;Naam;Organisatietype;Gemeente;Thema's;Doelgroepen;VTE;Vrijwilligers;Breedtegraad;Lengtegraad;UiTPAS;Toegetreden op",
    "bib-ieper;Bibliotheek Ieper;Bibliotheek;Ieper;Lezen en mediawijsheid, taal;Kinderen, Kortgeschoolden;12,5;1.250;50,8503;2,8850;ja;1/09/2023",
    "jh-pop;Jeugdhuis 't Kruispunt;jeugdhuis;Poperinge;spel;jongeren;0,5;25;;;nee;15-01-2024",
    "bs-vlinder;Basisschool De Vlinder;basisschool;Ieper;taal;kinderen|families;30;;;;;2024-03-01",
  ],
  { bom: true, eol: "\r\n" },
);
const RELATIES = csv(
  "relaties.csv",
  [
    "Van;Naar;Soort samenwerking;Niveau;Frequentie;Gericht;Meting",
    "bib-ieper;bs-vlinder;doorverwijzing;samenwerken;maandelijks;;2024",
    "jh-pop;bib-ieper;Gezamenlijke activiteit;2;wekelijks;;2024",
    "bib-ieper;jh-pop;info-uitwisseling;;;ja;2024",
  ],
  { bom: true, eol: "\r\n" },
);
const LEERKANSEN = csv(
  "leerkansen.csv",
  [
    "Leerkans-ID;Organisator;Titel;Vorm;Kostprijs;Kansentarief;Toegankelijkheid;Startdatum",
    "o1;bib-ieper;Voorleesuurtje;activiteit;0;ja;rolstoel, prikkelarm;7/10/2024",
    "o2;jh-pop;Gamecafé;clubwerking;2,50;nee;;",
  ],
  { bom: true, eol: "\r\n" },
);
const DREMPELS = csv(
  "drempels.csv",
  ["Drempel-ID;Drempeltype;Doelgroep;Gemeente;Ernst", "d1;Financieel;mensen in armoede;Ieper;hoog"],
  { bom: true },
);
const ENGAGEMENTEN = csv(
  "drempel_engagementen.csv",
  ["Drempel-ID;Organisatie;Engagement", "d1;bib-ieper;toeleiding"],
  {
    bom: true,
  },
);

describe("a Flemish Excel inventory", () => {
  const net = load([ORGANISATIES, RELATIES, LEERKANSEN, DREMPELS, ENGAGEMENTEN]);

  it("imports without errors or warnings", () => {
    expect(net.report.findings).toEqual([]);
    expect(net.report.files.map((f) => [f.file, f.kind, f.encoding, f.delimiter, f.imported])).toEqual([
      ["organisaties.csv", "organisations", "utf-8-bom", ";", 3],
      ["relaties.csv", "relations", "utf-8-bom", ";", 3],
      ["leerkansen.csv", "offerings", "utf-8-bom", ";", 2],
      ["drempels.csv", "barriers", "utf-8-bom", ";", 1],
      ["drempel_engagementen.csv", "barrier_commitments", "utf-8-bom", ";", 1],
    ]);
  });

  it("reads Dutch vocabulary, decimal commas, thousands, dates and lists", () => {
    const bib = net.organisations[0];
    expect(bib).toMatchObject({
      org_id: "bib-ieper",
      org_type: "library",
      sector: "non_formal",
      learning_context: "non_formal",
      nis_code: "33011",
      staff_fte: 12.5,
      volunteers: 1250,
      lat: 50.8503,
      lon: 2.885,
      uitpas: true,
      joined_on: "2023-09-01",
    });
    expect(bib.themes).toEqual(["reading_media", "language_literacy"]);
    expect(bib.target_groups).toEqual(["children", "low_qualified"]);
    expect(net.organisations[1]).toMatchObject({
      name: "Jeugdhuis 't Kruispunt",
      staff_fte: 0.5,
      joined_on: "2024-01-15",
    });
    expect(net.organisations[2]).toMatchObject({
      sector: "formal_education",
      target_groups: ["children", "families"],
    });
  });

  it("derives direction and weight of relations", () => {
    expect(
      net.relations.map((r) => [r.relation_type, r.directed, r.level, r.frequency, r.weight, r.wave]),
    ).toEqual([
      ["referral", true, 3, 3, 3, "2024"],
      ["joint_activity", false, 2, 4, 2, "2024"],
      ["information_sharing", true, undefined, undefined, 1, "2024"],
    ]);
  });

  it("reads offerings, barriers and commitments", () => {
    expect(
      net.offerings.map((o) => [o.format, o.cost_eur, o.reduced_tariff, o.accessibility, o.start_date]),
    ).toEqual([
      ["activity", 0, true, ["wheelchair", "low_stimulus"], "2024-10-07"],
      ["club_membership", 2.5, false, [], undefined],
    ]);
    expect(net.barriers[0]).toMatchObject({
      barrier_type: "financial",
      barrier_group: "situational",
      target_group: "people_in_poverty",
      nis_code: "33011",
      severity: 3,
    });
    expect(net.commitments[0]).toMatchObject({ commitment_type: "outreach", org_id: "bib-ieper" });
  });

  it("builds the graph: 3 nodes, 3 edges, one directed arc per directed relation", () => {
    expect(net.graph.order).toBe(3);
    expect(net.graph.size).toBe(3);
    expect(net.graph.directedSize).toBe(2);
    expect(net.graph.getNodeAttribute("bib-ieper", "label")).toBe("Bibliotheek Ieper");
  });

  it("reads the classic Windows-1252 export with a warning and the right accents", () => {
    const text = "org_id;naam\r\ncafe;Café Zoë\r\n";
    const net1252 = load([
      { name: "organisaties.csv", bytes: new Uint8Array(iconv.encode(text, "win1252")) },
    ]);
    expect(net1252.organisations[0].name).toBe("Café Zoë");
    expect(summaryOf(net1252, "organisaties.csv").encoding).toBe("windows-1252");
    expect(net1252.report.findings.map((f) => f.code)).toEqual(["ENCODING_FALLBACK", "NO_LOCATION_COLUMNS"]);
  });

  it("keeps GPS coordinates written with a decimal point in a `;` file", () => {
    const n = load([csv("organisaties.csv", ["id;naam;lat;lon", "a;A;50.851;2.885", "b;B;51.2;3"])]);
    expect(n.organisations.map((o) => [o.lat, o.lon])).toEqual([
      [50.851, 2.885],
      [51.2, 3],
    ]);
  });
});
