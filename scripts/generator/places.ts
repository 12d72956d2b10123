/**
 * Local facts about the 18 Westhoek municipalities used only to make example names and addresses
 * plausible: main postcode, town or municipality ("Stad"/"Gemeente"), and sections (deelgemeenten).
 * Compiled by hand from general knowledge; the authoritative reference data is core's MUNICIPALITIES.
 */
export interface Place {
  nis: string;
  postcode: string;
  city: boolean;
  sections: string[];
}

export const PLACES: Place[] = [
  {
    nis: "32003",
    postcode: "8600",
    city: true,
    sections: [
      "Beerst",
      "Esen",
      "Kaaskerke",
      "Keiem",
      "Lampernisse",
      "Leke",
      "Oostkerke",
      "Pervijze",
      "Vladslo",
      "Woumen",
    ],
  },
  { nis: "32006", postcode: "8650", city: false, sections: ["Klerken", "Merkem"] },
  { nis: "32010", postcode: "8680", city: false, sections: ["Bovekerke", "Zande"] },
  { nis: "32011", postcode: "8610", city: false, sections: ["Handzame", "Werken", "Zarren"] },
  { nis: "32030", postcode: "8647", city: true, sections: ["Reninge", "Noordschote", "Pollinkhove"] },
  {
    nis: "33011",
    postcode: "8900",
    city: true,
    sections: [
      "Boezinge",
      "Brielen",
      "Dikkebus",
      "Elverdinge",
      "Hollebeke",
      "Sint-Jan",
      "Vlamertinge",
      "Voormezele",
      "Zillebeke",
    ],
  },
  { nis: "33016", postcode: "8957", city: true, sections: [] },
  {
    nis: "33021",
    postcode: "8970",
    city: true,
    sections: ["Krombeke", "Proven", "Reningelst", "Roesbrugge", "Watou"],
  },
  { nis: "33029", postcode: "8940", city: true, sections: ["Geluwe"] },
  {
    nis: "33037",
    postcode: "8980",
    city: false,
    sections: ["Beselare", "Geluveld", "Passendale", "Zandvoorde"],
  },
  {
    nis: "33039",
    postcode: "8950",
    city: false,
    sections: ["Kemmel", "Dranouter", "Loker", "Nieuwkerke", "Westouter", "Wijtschate", "De Klijte"],
  },
  { nis: "33040", postcode: "8920", city: false, sections: ["Langemark", "Poelkapelle", "Bikschote"] },
  { nis: "33041", postcode: "8640", city: false, sections: ["Westvleteren", "Oostvleteren", "Woesten"] },
  {
    nis: "38002",
    postcode: "8690",
    city: false,
    sections: ["Hoogstade", "Izenberge", "Leisele", "Stavele", "Beveren-aan-den-IJzer"],
  },
  { nis: "38008", postcode: "8660", city: false, sections: ["Adinkerke"] },
  { nis: "38014", postcode: "8670", city: false, sections: ["Oostduinkerke", "Wulpen", "Sint-Idesbald"] },
  { nis: "38016", postcode: "8620", city: true, sections: ["Ramskapelle", "Sint-Joris"] },
  {
    nis: "38025",
    postcode: "8630",
    city: true,
    sections: ["Avekapelle", "Bulskamp", "Houtem", "Steenkerke", "Vinkem", "Wulveringem"],
  },
];

export const STREETS = [
  "Markt",
  "Grote Markt",
  "Kerkstraat",
  "Stationsstraat",
  "Dorpsplein",
  "Schoolstraat",
  "Molenstraat",
  "Nieuwstraat",
  "Zuidstraat",
  "Noordstraat",
  "Sportlaan",
  "Kasteelstraat",
  "Hoogstraat",
  "Ieperstraat",
  "Veurnestraat",
  "Poperingseweg",
  "Diksmuidsestraat",
  "Sint-Jansstraat",
  "Boterstraat",
  "Vaartstraat",
];
