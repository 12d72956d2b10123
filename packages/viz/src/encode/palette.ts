/**
 * Colour-blind-safe palettes. Sectors get fixed Okabe-Ito colours (Okabe & Ito 2008, "Color
 * Universal Design"), so a sector looks the same in every report; other categories take Paul
 * Tol's "muted" qualitative scheme (Tol 2021, "Colour Schemes", SRON/EPS/TN/09-002) in order of
 * frequency. Categories beyond the palette share OTHER_COLOUR.
 */
export const SECTOR_COLOURS: Readonly<Record<string, string>> = {
  formal_education: "#0072B2",
  non_formal: "#E69F00",
  informal_community: "#009E73",
  care_welfare: "#D55E00",
  government: "#CC79A7",
  business: "#56B4E9",
  intermediary: "#5A5A5A",
};

export const CATEGORY_PALETTE: readonly string[] = [
  "#332288",
  "#88CCEE",
  "#44AA99",
  "#117733",
  "#999933",
  "#DDCC77",
  "#CC6677",
  "#882255",
  "#AA4499",
];

/** Unknown / other / beyond the palette. */
export const OTHER_COLOUR = "#BBBBBB";
/** Suggested (not existing) links on the map: near-black and thick, a colour no sector or category uses. */
export const SUGGESTION_COLOUR = "#111111";
export const EDGE_COLOUR = "#C8CCD2";
/** A tie not confirmed by both partners (collected round): lighter and thinner than EDGE_COLOUR. */
export const UNCONFIRMED_EDGE_COLOUR = "#E4E7EB";
export const HIGHLIGHT_EDGE_COLOUR = "#4A4F57";
export const DIMMED_COLOUR = "#ECEEF1";
/** Changes since an earlier round: new relations and organisations, lost relations. */
export const CHANGE_NEW_COLOUR = "#117733";
export const CHANGE_LOST_COLOUR = "#CC3311";
/** Organisations with a new or lost tie (but not new themselves) while changes are shown. */
export const CHANGE_END_COLOUR = "#8A96A3";
/** Organisations and ties not involved in a change while changes are shown. */
export const CHANGE_BACKGROUND_COLOUR = "#D3D8DE";
/** A learning route highlighted on the map. */
export const ROUTE_COLOUR = "#332288";
