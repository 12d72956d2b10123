/** The benchmark's seeded planted-partition generator, as CSV text for tests. */
import { edgeCsv, generateGraph } from "../../../../bench/generator.ts";

export function generatedEdgeCsv(nodes: number, edges: number, seed: number): string {
  return edgeCsv(generateGraph(nodes, edges, seed));
}
