/** Every subcommand, in the order `ecolens --help` lists them. */
import type { Command } from "commander";
import { analyseCommand } from "./analyse.ts";
import { exportCommand } from "./export.ts";
import { gapsCommand } from "./gaps.ts";
import { validateCommand } from "./validate.ts";

export const COMMANDS: Array<() => Command> = [validateCommand, exportCommand, analyseCommand, gapsCommand];
