/**
 * Name similarity for uncertain matches: the Sørensen–Dice coefficient on character bigrams
 * (Dice 1945, "Measures of the amount of ecologic association between species", Ecology 26(3);
 * as a string measure: Kondrak 2005, "N-gram similarity and distance"), 2·|A∩B| / (|A|+|B|) over
 * the multisets of adjacent letter pairs of each word. 1 = the same bigrams, 0 = none shared.
 * Insensitive to word order ("Ieper Okra" ~ "Okra Ieper"), robust to small spelling changes.
 */

function bigrams(normalised: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normalised.split(" ")) {
    if (word.length === 1) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (let i = 0; i + 1 < word.length; i++) {
      const g = word.slice(i, i + 2);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  return counts;
}

/** Dice similarity of two already normalised names, in [0, 1]; two empty names are 0. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return a === "" ? 0 : 1;
  const A = bigrams(a);
  const B = bigrams(b);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const c of A.values()) sizeA += c;
  for (const [g, c] of B) {
    sizeB += c;
    shared += Math.min(c, A.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}
