/**
 * Browser entry of the report page (bundled by report/bundle.ts). Reads the embedded JSON, draws
 * the sigma map first, then wires controls, panel, search, tables and the language switch
 * (session.ts, startup.ts), and exposes a small read-only probe (window.__ecolens) for tests.
 */

import "../geo/browser/choropleth-ui.ts";
import { pageData } from "../geo/browser/geo-data.ts";
import { I18n } from "../i18n/runtime.ts";
import type { Payload } from "../report/payload.ts";
import { decodeNodes } from "./decode.ts";
import { byId } from "./dom.ts";
import { wirePageControls } from "./page-controls.ts";
import { exposeProbe } from "./probe.ts";
import { MapSession } from "./session.ts";
import { Startup } from "./startup.ts";

function start(): void {
  const payload = pageData() as Payload | null;
  if (!payload) return;
  const i18n = new I18n(payload.lang);
  const nodes = decodeNodes(payload);
  const probe = exposeProbe(nodes.length, payload.lang);
  const startup = new Startup();
  probe.startup = startup.log;
  let session: MapSession | null = null;
  wirePageControls(i18n, probe, (on) => session?.view.setLargeText(on));

  const container = byId("sigma-container");
  const controls = byId("map-controls");
  const legend = byId("map-legend");
  const panel = byId("node-panel");
  if (nodes.length === 0 || !container || !controls || !legend || !panel) {
    probe.ready = true;
    probe.rendered = true;
    return;
  }
  if (!probe.webgl) {
    byId("no-webgl")?.removeAttribute("hidden");
    document.documentElement.classList.add("no-webgl");
    probe.ready = true;
    return;
  }
  session = new MapSession(payload, nodes, i18n, probe, { container, controls, legend, panel });
  session.start(startup);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
