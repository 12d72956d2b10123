import { describe, expect, it } from "vitest";
import { fmtMetric } from "../src/i18n/format.ts";

describe("fmtMetric: metric values in the detail panel", () => {
  it("keeps two significant digits of a value too small for three decimals", () => {
    expect(fmtMetric(0.000213, "en")).toBe("0.00021");
    expect(fmtMetric(0.000213, "nl")).toBe("0,00021");
  });
  it("shows ordinary values with three decimals, and a true zero as 0", () => {
    expect(fmtMetric(0.123456, "en")).toBe("0.123");
    expect(fmtMetric(0.0006, "en")).toBe("0.001");
    expect(fmtMetric(0, "en")).toBe("0");
    expect(fmtMetric(null, "en")).toBe("–");
  });
});
