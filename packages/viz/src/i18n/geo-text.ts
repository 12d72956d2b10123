/**
 * The municipality map's text (report section, table, legend, standalone SVG, click panel),
 * keyed by code, in Dutch and English. Browser-safe: the report's geo script reads it too.
 */
export const GEO_TEXT = {
  lead: {
    nl: "Waar zijn de partners, waar de gaten? Kies een cijfer; beweeg over een gemeente of klik erop voor alle cijfers. Grijze gemeenten rondom zijn buren, voor de oriëntatie.",
    en: "Where are the partners, where the gaps? Choose a figure; hover a municipality or click it for all its figures. Grey municipalities around are neighbours, for orientation.",
  },
  picker: { nl: "Kleur de gemeenten volgens", en: "Colour the municipalities by" },
  show_on_map: { nl: "toon op de kaart", en: "show on the map" },
  missing: {
    nl: "Niet op de kaart (geen Vlaamse gemeente van 2025): {places}.",
    en: "Not on the map (no Flemish municipality of 2025): {places}.",
  },
  legend_classes: {
    nl: "Klassen met ongeveer even veel gemeenten (aantal tussen haakjes). {direction}",
    en: "Classes of about equally many municipalities (count in brackets). {direction}",
  },
  darker_more: { nl: "Donkerder = meer.", en: "Darker = more." },
  darker_better: { nl: "Donkerder = meer (beter).", en: "Darker = more (better)." },
  darker_worse: { nl: "Donkerder = meer (een groter probleem).", en: "Darker = more (a bigger problem)." },
  legend_no_data: { nl: "geen gegevens ({n})", en: "no data ({n})" },
  legend_context: { nl: "buurgemeente (context)", en: "neighbouring municipality (context)" },
  legend_heading: { nl: "Klassen (aantal gemeenten)", en: "Classes (number of municipalities)" },
  table_caption: {
    nl: "Cijfers per gemeente (sorteer op een kolom)",
    en: "Figures per municipality (sort by a column)",
  },
  table_inhabitants: { nl: "Inwoners (1 jan.)", en: "Inhabitants (1 Jan.)" },
  table_summary: { nl: "De cijfers als tabel", en: "The figures as a table" },
  attribution: {
    nl: "Gemeentegrenzen: © Statbel (Algemene Directie Statistiek – Statistics Belgium), open data statistische sectoren, CC BY 4.0 — vereenvoudigd en samengevoegd (fusies 2019 en 2025). Bevolking: Statbel (CC BY 4.0), op 1 januari 2020 of 2022 (het jaar staat bij elke gemeente).",
    en: "Municipal boundaries: © Statbel (Algemene Directie Statistiek – Statistics Belgium), open data statistical sectors, CC BY 4.0 — simplified and merged (mergers of 2019 and 2025). Population: Statbel (CC BY 4.0), on 1 January 2020 or 2022 (the year is given per municipality).",
  },
  panel_inhabitants: { nl: "inwoners op 1 januari", en: "inhabitants on 1 January" },
  panel_no_population: { nl: "bevolking onbekend", en: "population unknown" },
  layout_label: { nl: "Schikking:", en: "Layout:" },
  layout_force: { nl: "netwerk", en: "network" },
  layout_geo: { nl: "op de kaart", en: "on the map" },
  tie_local: { nl: "band binnen de gemeente", en: "tie inside the municipality" },
  tie_across: { nl: "tussen gemeenten", en: "across municipalities" },
  tie_region: { nl: "met regionale organisatie (onderaan)", en: "with a region-level organisation (bottom)" },
} as const;
