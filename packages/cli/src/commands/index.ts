/** Every subcommand, in the order `ecolens --help` lists them. */
import type { Command } from "commander";
import { analyseCommand } from "./analyse.ts";
import { collectCommand } from "./collect.ts";
import { diffCommand } from "./diff.ts";
import { exportCommand } from "./export.ts";
import { gapsCommand } from "./gaps.ts";
import { pathsCommand } from "./paths.ts";
import { reportCommand } from "./report.ts";
import { startCommand } from "./start.ts";
import { templateCommand } from "./template.ts";
import { validateCommand } from "./validate.ts";
import { viewCommand } from "./view.ts";

export const COMMANDS: Array<() => Command> = [
  validateCommand,
  exportCommand,
  analyseCommand,
  gapsCommand,
  reportCommand,
  viewCommand,
  startCommand,
  diffCommand,
  pathsCommand,
  templateCommand,
  collectCommand,
];
