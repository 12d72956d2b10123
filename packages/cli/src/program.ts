/** The `ecolens` command: one commander program, each subcommand in commands/. */

import type { Lang } from "@ecolens/core";
import { Command } from "commander";
import { COMMANDS } from "./commands/index.ts";
import { commanderMessage } from "./messages/commander.ts";
import { commandHelp } from "./messages/index.ts";

export const VERSION = "0.1.0";

export function createProgram(lang: Lang = "en"): Command {
  const program = new Command("ecolens")
    .description(commandHelp("help.ecolens"))
    .version(VERSION)
    .showSuggestionAfterError(true);
  for (const make of COMMANDS) program.addCommand(make());
  // Commander must throw instead of exiting, so main() can choose the exit code and message.
  const override = (cmd: Command) => {
    cmd.exitOverride();
    // Commander's own usage errors in the user's language (messages/commander.ts).
    cmd.configureOutput({ outputError: (text, write) => write(commanderMessage(text, lang)) });
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}
