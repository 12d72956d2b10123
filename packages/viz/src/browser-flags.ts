/**
 * How the e2e tests and the benchmarks start headless Debian chromium (flags verified in docs:
 * toolchain §4): no sandbox or GPU inside a container, no background traffic (a report must work
 * offline, so any request is a finding), WebGL through SwiftShader for sigma. Node-side only:
 * exported for bench/ and the tests (which import viz by its entry point); nothing in the report
 * page uses it.
 */

/** Where Debian's chromium package puts the browser (override with CHROMIUM_PATH). */
export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];
