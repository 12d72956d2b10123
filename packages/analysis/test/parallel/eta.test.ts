import { describe, expect, it } from "vitest";
import { createEta } from "../../src/parallel/eta.ts";

describe("createEta", () => {
  it("extrapolates the rate so far (hand-derived: 25 of 100 in 10 s leaves 30 s)", () => {
    let t = 100;
    const eta = createEta(() => t);
    t = 110;
    expect(eta.update(25, 100)).toBeCloseTo(30, 12);
    t = 130;
    expect(eta.update(75, 100)).toBeCloseTo(10, 12);
    expect(eta.update(100, 100)).toBe(0);
  });

  it("gives no estimate before the warm-up share or for empty work", () => {
    let t = 0;
    const eta = createEta(() => t, 0.1);
    t = 1;
    expect(eta.update(5, 100)).toBeNull();
    expect(eta.update(0, 0)).toBeNull();
  });
});
