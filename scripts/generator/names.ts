/**
 * Plausible (fictional) Dutch names for Westhoek organisations. Some real-sounding patterns
 * ("Chiro Sint-Jan", "Natuurpunt Westhoek-Zuid") are used because that is what inventories look
 * like; no name stands for a real organisation's data. A few names deliberately carry an
 * apostrophe, an ampersand, a comma or an accent, to exercise CSV quoting and encodings.
 */
import type { OrgType } from "@ecolens/core";
import { pick, type Rng } from "./rng.ts";

export const SPORTS: { sport: string; names: string[] }[] = [
  { sport: "voetbal", names: ["VV {p}", "KFC {p}", "SK {p}", "FC {p} Sport"] },
  { sport: "volleybal", names: ["Volley {p}", "VC {p}"] },
  { sport: "basketbal", names: ["BBC {p}", "Basket {p}"] },
  { sport: "tennis", names: ["TC {p}", "Tennisclub {p}"] },
  { sport: "wielrennen", names: ["WTC De Zwaluw {p}", "Wielerclub {p}", "Fietsclub De Trappers {p}"] },
  { sport: "atletiek", names: ["Atletiekclub {p}", "Loopgroep {p}"] },
  { sport: "zwemmen", names: ["Zwemclub {p}"] },
  { sport: "judo", names: ["Judoclub {p}", "Budo {p}"] },
  { sport: "turnen", names: ["Turnkring Sportief {p}", "Gymclub {p}"] },
  { sport: "badminton", names: ["BC {p}", "Badmintonclub {p}"] },
  { sport: "krulbollen", names: ["Krulbolclub {p}"] },
  { sport: "handbal", names: ["Handbal {p}"] },
  { sport: "paardrijden", names: ["Landelijke Rijvereniging {p}"] },
  { sport: "boogschieten", names: ["Sint-Sebastiaansgilde {p}"] },
  { sport: "dans", names: ["Dansclub {p}", "Dansschool Move {p}"] },
  { sport: "hockey", names: ["Hockey {p}"] },
];

export const NAME_PATTERNS: Partial<Record<OrgType, string[]>> = {
  youth_movement: [
    "Chiro {p}",
    "Chiro {p}",
    "KSA {p}",
    "KLJ {p}",
    "Scouts {p}",
    "Chiro Sint-{s} {p}",
    "FOS Open Scouting {p}",
  ],
  youth_work_other: ["Speelpleinwerking {p}", "Tienerwerking {p}", "Speelplein De Ballon {p}"],
  museum_heritage: ["Heemkundige Kring {p}", "Erfgoedhuis {p}", "Streekmuseum {p}"],
  nature_club: ["Natuurpunt {p}", "Vogelwerkgroep {p}", "Velt {p}", "Imkersbond {p}", "JNM {p}"],
  technology_club: ["CoderDojo {p}", "Repair Café {p}", "Maakplaats {p}", "Fablab {p}"],
  sociocultural: [
    "Ferm {p}",
    "Okra {p}",
    "Femma {p}",
    "Davidsfonds {p}",
    "Gezinsbond {p}",
    "Landelijke Gilde {p}",
    "Vief {p}",
    "Markant {p}",
    "Willemsfonds {p}",
  ],
  amateur_arts: [
    "Harmonie Sint-Cecilia {p}",
    "Fanfare De Eendracht {p}",
    "Toneelgroep {p}",
    "Koor Cantabile {p}",
    "Volksdansgroep {p}",
    "Fotoclub {p}",
    "Schildersatelier {p}",
    "Muziekkapel {p}",
  ],
  care_institution: [
    "WZC Sint-Jozef {p}",
    "WZC De Zilverberk {p}",
    "Zorgcentrum Ter Linde {p}",
    "Dagcentrum Het Anker {p}",
    "Woonzorgcentrum Ons Huis {p}",
    "Voorziening De Wissel {p}",
  ],
  welfare_service: [
    "Huis van het Kind {p}",
    "Lokaal Dienstencentrum {p}",
    "Buurtwerk {p}",
    "Gezinszorg {p}",
    "Kinderopvang Kaboutertje {p}",
  ],
  poverty_organisation: ["Welzijnsschakel {p}", "'t Kompas {p}", "De Brug {p}", "Samen Sterk {p}"],
  school_primary: [
    "Vrije Basisschool {p}",
    "Gemeentelijke Basisschool {p}",
    "GO! Basisschool {p}",
    "VBS De Regenboog {p}",
    "VBS Sint-{s} {p}",
    "Basisschool De Vlinder {p}",
  ],
  school_secondary: [
    "Sint-{s}college {p}",
    "GO! Atheneum {p}",
    "VTI {p}",
    "Lyceum {p}",
    "Sint-{s}instituut {p}",
  ],
  arts_academy: ["Academie voor Muziek, Woord en Dans {p}", "Kunstacademie {p}"],
  employer_business: [
    "Brouwerij {f}",
    "Bouwbedrijf {f}",
    "Bakkerij {f}",
    "Garage {f}",
    "Hotel De Zon {p}",
    "Drukkerij {f}",
    "Tuinbouw {f}",
    "Transport {f}",
  ],
  social_economy: ["Kringwinkel {p}", "Maatwerkbedrijf {p}"],
  volunteering_org: ["Vrijwilligerspunt {p}"],
  other: ["Buurtcomité {p}", "Burgerinitiatief Samen {p}", "Parochieteam {p}"],
};

const SAINTS = ["Jan", "Niklaas", "Maarten", "Jozef", "Vincentius", "Lodewijk", "Aloysius", "Pieter"];
/** Family names of businesses (company names, not personal data). */
const FIRM_NAMES = [
  "Vandenbussche",
  "Vanneste",
  "Debaene",
  "Declercq",
  "Vandamme",
  "Verhaeghe",
  "Deconinck",
  "Dewaele",
  "Vermeersch",
  "Lefevere",
  "Degryse",
  "Vanhoutte",
  "Dequidt",
  "Lobbestael",
  "Dumortier",
  "Claeys",
  "Delanghe",
  "Vandevoorde",
];

/** Youth centres carry their own names; some with `'`, `&` or accents on purpose. */
export const YOUTH_CENTRE_NAMES = [
  "Jeugdhuis De Kelder & Co",
  "JH 't Hofke",
  "Jeugdhuis Wattage",
  "JH De Schuur",
  "Jeugdhuis Zwerf",
  "JH Den Tap",
  "Jeugdhuis 't Kot",
  "JH Rock-it",
  "Jeugdhuis Tifoso",
  "JH De Kreun",
  "Jeugdhuis Paljas",
  "JH Stoemp",
  "Jeugdhuis Amigo",
  "JH Barrak",
  "Jeugdhuis Den Uyl",
  "JH Ravel",
];
export const CULTURAL_CENTRE_NAMES = [
  "Het Perron",
  "De Schakel",
  "Ter Posterie",
  "De Zwerver",
  "Het Belfort",
  "De Spil",
  "Ten Ryen",
  "De Kollebloem",
  "Het Koetshuis",
  "De Ververij",
  "Casino",
  "Ghybe",
  "Beauvoorde",
  "De Kruisboog",
  "'t Zwijnshoofd",
  "Élan",
];

export function fillPattern(rng: Rng, pattern: string, place: string): string {
  return pattern
    .replace("{p}", place)
    .replace("{s}", pick(rng, SAINTS))
    .replace("{f}", pick(rng, FIRM_NAMES));
}

/** A lowercase ASCII slug: the usual hand-made id in partner lists ("chiro-sint-jan"). */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
