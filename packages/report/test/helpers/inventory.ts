/** A hand-checked 5-organisation inventory, in memory (no files). */
import { type EcoNetwork, importInventory } from "@ecolens/core";

// Ieper: a school, a library and a nature club around the OCMW; the school also works with the
// nature club. Poperinge: one sports club (with a hostile name) without any tie.
export const files: Record<string, string[]> = {
  "organisaties.csv": [
    "org_id;naam;type;gemeente;themas;doelgroepen",
    "bib;Bibliotheek Ieper;bibliotheek;Ieper;lezen_mediawijsheid;jongeren",
    "school;Basisschool De Vlinder;basisschool;Ieper;natuur_milieu;kinderen",
    "natuur;Natuurpunt Ieper;natuurvereniging;Ieper;natuur_milieu;kinderen",
    "ocmw;OCMW Ieper;lokaal_bestuur;Ieper;zorg;mensen_in_armoede",
    "club;<img src=x onerror=alert(1)></script>;sportclub;Poperinge;sport;jongeren",
  ],
  "relaties.csv": [
    "van;naar;type",
    "bib;ocmw;gezamenlijke_activiteit",
    "school;ocmw;info-uitwisseling",
    "natuur;ocmw;info-uitwisseling",
    "school;natuur;gezamenlijke_activiteit",
  ],
};

export function load(): EcoNetwork {
  return importInventory(
    Object.entries(files).map(([name, lines]) => ({
      name,
      bytes: new TextEncoder().encode(lines.join("\n")),
    })),
  );
}
