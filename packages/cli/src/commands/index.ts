/** Every subcommand, in the order `ecolens --help` lists them. */
import type { Command } from "commander";

export const COMMANDS: Array<() => Command> = [];
