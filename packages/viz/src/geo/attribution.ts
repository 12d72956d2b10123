/** The attribution shown under every map (data/geo/README.md: Statbel, CC BY 4.0). */
import type { Text } from "@ecolens/core";
import { GEO_TEXT } from "../i18n/geo-text.ts";

export const BOUNDARY_ATTRIBUTION: Text = GEO_TEXT.attribution;
