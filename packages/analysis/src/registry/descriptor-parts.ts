/** Pieces shared by the descriptor tables: the strength-to-length and grouping options, a number output. */
import { DEFAULT_WEIGHT_MODE, WEIGHT_MODES } from "../engine/lengths.ts";
import { DEFAULT_GROUPING } from "../groups/vertex-groups.ts";
import type { MetricOption, MetricOutput } from "./types.ts";

export const DISTANCE_OPTION: MetricOption = {
  name: "distance",
  type: "enum",
  default: DEFAULT_WEIGHT_MODE,
  values: WEIGHT_MODES,
  description: {
    nl: "Hoe de sterkte van een relatie een afstand wordt: none = elke relatie telt als 1 stap; inverse = 1/sterkte (een sterke band is een korte stap); weight = het gewicht zelf is de afstand.",
    en: "How tie strength becomes a path length: none = every tie is 1 step; inverse = 1/strength (a strong tie is a short step); weight = the weight itself is the length.",
  },
};

export const num = (key: string, nl: string, en: string) => ({
  key,
  type: "number" as const,
  description: { nl, en },
});

export const GROUPING_OPTION: MetricOption = {
  name: "grouping",
  type: "enum",
  default: DEFAULT_GROUPING,
  values: ["formal_split", "sector"],
  description: {
    nl: "Indeling in groepen: formal_split = formeel onderwijs tegenover non-formeel/informeel (overheid en intermediairs vallen erbuiten; bij de makelaarsrollen vormen organisaties zonder groep samen één extra groep); sector = elke sector een eigen groep. Zonder sector telt de sector van het organisatietype.",
    en: "How organisations are grouped: formal_split = formal education versus non-formal/informal (government and intermediaries are left out; for brokerage roles, organisations without a group form one extra group together); sector = each sector its own group. Without a sector, the sector of the organisation type counts.",
  },
};

export const ATTRIBUTE_OPTION: MetricOption = {
  name: "attribute",
  type: "string",
  default: null,
  description: {
    nl: "Een knoopattribuut als groepsindeling (bv. voor onderzoeksdata); overschrijft 'grouping'.",
    en: "A node attribute to group by (e.g. for research data); overrides 'grouping'.",
  },
};

/** The `grouping` key every group result carries. */
export const GROUPING_OUTPUT: MetricOutput = {
  key: "grouping",
  type: "string",
  description: {
    nl: "De groepsindeling: de naam van het attribuut of formal_split.",
    en: "The grouping used: the attribute's name or formal_split.",
  },
};
