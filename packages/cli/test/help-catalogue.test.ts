/**
 * The help of every command, argument and option comes from the catalogue (messages/help.ts): it
 * shows English and Dutch, the Dutch half is a catalogue phrase, and every help phrase is used.
 */
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { MESSAGES, type MessageCode, msg } from "../src/messages/index.ts";
import { createProgram } from "../src/program.ts";

const HELP = (Object.keys(MESSAGES) as MessageCode[]).filter((code) => code.startsWith("help."));
const DUTCH = new Set(HELP.map((code) => msg(code, "nl", { list: "" })));

interface Shown {
  where: string;
  text: string;
  separator: string;
}

function shown(program: Command): Shown[] {
  const out: Shown[] = [{ where: "ecolens", text: program.description(), separator: "\n" }];
  for (const cmd of program.commands) {
    out.push({ where: cmd.name(), text: cmd.description(), separator: "\n" });
    for (const a of cmd.registeredArguments)
      out.push({ where: `${cmd.name()} ${a.name()}`, text: a.description, separator: " / " });
    for (const o of cmd.options)
      out.push({ where: `${cmd.name()} ${o.flags}`, text: o.description, separator: " / " });
  }
  return out;
}

/**
 * Help the registry writes: `analyse --metrics` lists the metric ids of the registry's descriptors
 * (their help, in nl and en, is the registry's; test/analyse-new-metric.test.ts).
 */
const FROM_REGISTRY = new Set(["analyse --metrics <list>"]);

/** The texts whose Dutch half (after the last separator) is not a catalogue phrase. */
function inlineTexts(all: Shown[]): Shown[] {
  return all.filter(({ where, text, separator }) => {
    if (FROM_REGISTRY.has(where)) return false;
    const i = text.lastIndexOf(separator);
    return i < 0 || !DUTCH.has(text.slice(i + separator.length));
  });
}

describe("help texts", () => {
  const all = shown(createProgram());

  it("shows English and then a Dutch phrase from the catalogue, for every command, argument and option", () => {
    expect(all.length).toBeGreaterThan(100);
    const inline = inlineTexts(all);
    expect(inline.map((s) => `${s.where}: ${s.text}`)).toEqual([]);
  });

  it("uses every help phrase of the catalogue", () => {
    const texts = all.map((s) => s.text);
    const unused = HELP.filter((code) => {
      const nl = msg(code, "nl", { list: "" });
      return !texts.some((t) => t.endsWith(` / ${nl}`) || t.endsWith(`\n${nl}`));
    });
    expect(unused).toEqual([]);
  });

  it("catches an inline help text", () => {
    const program = createProgram();
    program.commands[0].option("--extra", "an inline help text / een tekst ter plaatse");
    const inline = inlineTexts(shown(program));
    expect(inline.map((s) => s.where)).toEqual([`${program.commands[0].name()} --extra`]);
  });
});
