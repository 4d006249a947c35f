import { resolveDirection, type DirectionCandidates } from "../../../src/domain/evaluate/direction";

const nothing: DirectionCandidates = { column: null, rule: null, target: null, name: null, fallback: "higher" };

describe("direction sources in SPEC order", () => {
  it("column, then rule, then target, then name, then the default", () => {
    expect(
      resolveDirection({ ...nothing, column: "lower", rule: "lower", target: "lower", name: "lower" }).source,
    ).toBe("column");
    expect(resolveDirection({ ...nothing, rule: "lower", target: "lower", name: "lower" }).source).toBe("rule");
    expect(resolveDirection({ ...nothing, target: "lower", name: "lower" }).source).toBe("target");
    expect(resolveDirection({ ...nothing, name: "lower" })).toEqual({
      direction: "lower",
      source: "name",
      conflicts: [],
    });
    expect(resolveDirection({ ...nothing, fallback: "lower" })).toEqual({
      direction: "lower",
      source: "default",
      conflicts: [],
    });
  });

  it("every explicit source below the winner that disagrees is a conflict", () => {
    expect(resolveDirection({ ...nothing, column: "higher", rule: "lower", target: "lower" }).conflicts).toEqual([
      { loser: "rule", direction: "lower" },
      { loser: "target", direction: "lower" },
    ]);
    expect(resolveDirection({ ...nothing, rule: "higher", target: "lower" }).conflicts).toEqual([
      { loser: "target", direction: "lower" },
    ]);
  });

  it("a name never conflicts with an explicit source, and the default never with anything", () => {
    expect(resolveDirection({ ...nothing, target: "higher", name: "lower" }).conflicts).toEqual([]);
    expect(resolveDirection({ ...nothing, name: "lower", fallback: "higher" }).conflicts).toEqual([]);
  });
});
