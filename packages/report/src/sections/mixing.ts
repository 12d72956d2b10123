/** The report's sector mixing chart: the matrix and E-I index that analysis computes. */
import { sectorMixing } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { MixingModel } from "@ecolens/viz";

export function mixingModel(network: EcoNetwork): MixingModel | undefined {
  const mixing = sectorMixing(network.graph);
  return mixing
    ? { groups: mixing.groups, counts: mixing.counts, ei: mixing.ei, eiExpected: mixing.eiExpected }
    : undefined;
}
