/**
 * `ecolens view <input>`: serves the report page on 127.0.0.1 (never on other interfaces) until
 * Ctrl-C. The page is the same self-contained HTML as `ecolens report`. Only requests addressed to
 * the server itself (Host 127.0.0.1:port or localhost:port) are answered: a web page that points a
 * name of its own at 127.0.0.1 (DNS rebinding) gets 421, never the report.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { basename } from "node:path";
import { DEFAULT_SEED } from "@ecolens/core";
import { Command } from "commander";
import { commandHelp, msg, msgText, optionHelp } from "../messages/index.ts";
import { UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { parseSeed } from "../shared/numbers.ts";
import { buildReportHtml } from "../shared/report-html.ts";
import { addRoundOptions, loadRounds } from "../shared/rounds.ts";
import { addScopeOptions, applyScope, type ScopeOptions, scopeText } from "../shared/scope.ts";

interface ViewCliOptions extends InputOptions, ScopeOptions {
  port?: string;
  lang?: string;
  title?: string;
  seed?: string;
  since?: string[];
  matches?: string;
}

export function viewCommand(): Command {
  const cmd = new Command("view")
    .description(commandHelp("help.view"))
    .argument("[input]", optionHelp("help.arg_input"))
    .option("--port <n>", optionHelp("help.view.port"), "0")
    .option("--lang <lang>", optionHelp("help.start.lang"))
    .option("--title <text>", optionHelp("help.title"))
    .option("--seed <n>", optionHelp("help.seed"), String(DEFAULT_SEED));
  addRoundOptions(cmd);
  addInputOptions(cmd);
  addScopeOptions(cmd);
  return cmd.action(async (input: string | undefined, options: ViewCliOptions) => {
    const lang = resolveLang(options.lang);
    const port = Number(options.port ?? 0);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(msgText("view.port.bad", { value: String(options.port) }));
    const loaded = requireReadable(await loadNetwork(input, options, lang), msgText("view.refusal"));
    const network = applyScope(loaded, options);
    const name = basename(input ?? options.edges ?? "");
    const { html } = await buildReportHtml(network, lang, {
      seed: parseSeed(options.seed),
      title: options.title,
      name,
      rounds: await loadRounds(options.since ?? [], options.matches, name || "new", lang, options),
      scope: scopeText(loaded, options),
    });
    const body = Buffer.from(html, "utf8");
    let allowed = new Set<string>();
    const server = createServer((req, res) => {
      if (!hostAllowed(req, allowed)) {
        misdirected(res);
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405).end();
        return;
      }
      if (req.url !== "/" && req.url !== "/index.html") {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
        return;
      }
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": body.length,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    });
    await new Promise<void>((resolveListen, reject) => {
      server.once("error", (error: NodeJS.ErrnoException) =>
        reject(
          error.code === "EADDRINUSE" ? new UsageError(msgText("view.port.in_use", { value: port })) : error,
        ),
      );
      server.listen(port, "127.0.0.1", () => resolveListen());
    });
    const address = server.address();
    const bound = typeof address === "object" && address ? address.port : port;
    allowed = ownHosts(bound);
    const url = `http://127.0.0.1:${bound}/`;
    process.stdout.write(`${msg("view.open", lang, { path: url })}\n`);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        server.close(() => done());
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
  });
}

/** The Host values that name this server: 127.0.0.1 and localhost, with its port. */
export function ownHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** True when the request's Host header is one of the server's own addresses. */
export function hostAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const host = req.headers.host;
  return typeof host === "string" && allowed.has(host.toLowerCase());
}

function misdirected(res: ServerResponse): void {
  res
    .writeHead(421, { "content-type": "text/plain; charset=utf-8" })
    .end("misdirected request: open the address ecolens printed (http://127.0.0.1:PORT/)\n");
}
