/** Every subcommand, in the order `ecolens --help` lists them. */
import type { Command } from "commander";
import { validateCommand } from "./validate.ts";

export const COMMANDS: Array<() => Command> = [validateCommand];
