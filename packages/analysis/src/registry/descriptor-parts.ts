/** Pieces shared by the descriptor tables: the strength-to-length option and a number output. */
import { DEFAULT_WEIGHT_MODE, WEIGHT_MODES } from "../engine/lengths.ts";
import type { MetricOption } from "./types.ts";

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
