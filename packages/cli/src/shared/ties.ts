/**
 * `--ties confirmed|all` on every command that reads an input: `confirmed` keeps only the ties
 * both sides confirmed (the inventory's `confirmed` / `bevestigd` column, which `ecolens collect`
 * fills), so every analysis, map and report runs on confirmed ties only. Organisations stay.
 */
import type { EcoNetwork } from "@ecolens/core";
import { UsageError } from "./errors.ts";

export const TIES_HELP =
  "confirmed | all (default): keep only ties both sides confirmed (confirmed column; ecolens collect) / alleen bevestigde relaties";

export function applyTies(network: EcoNetwork, ties: string | undefined): EcoNetwork {
  if (ties === undefined || ties === "all") return network;
  if (ties !== "confirmed")
    throw new UsageError({
      nl: `onbekende waarde '${ties}' voor --ties: kies confirmed of all`,
      en: `unknown value '${ties}' for --ties: choose confirmed or all`,
    });
  const graph = network.graph.copy();
  for (const key of graph.edges()) if (graph.getEdgeAttribute(key, "confirmed") !== true) graph.dropEdge(key);
  return { ...network, graph, relations: network.relations.filter((r) => r.confirmed === true) };
}
