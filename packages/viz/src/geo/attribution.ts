/** The attribution shown under every map (data/geo/README.md: Statbel, CC BY 4.0). */
import type { Text } from "@ecolens/core";

export const BOUNDARY_ATTRIBUTION: Text = {
  nl: "Gemeentegrenzen: © Statbel (Algemene Directie Statistiek – Statistics Belgium), open data statistische sectoren, CC BY 4.0 — vereenvoudigd en samengevoegd (fusies 2019 en 2025). Bevolking: Statbel (CC BY 4.0), op 1 januari 2020 of 2022 (het jaar staat bij elke gemeente).",
  en: "Municipal boundaries: © Statbel (Algemene Directie Statistiek – Statistics Belgium), open data statistical sectors, CC BY 4.0 — simplified and merged (mergers of 2019 and 2025). Population: Statbel (CC BY 4.0), on 1 January 2020 or 2022 (the year is given per municipality).",
};
