import { DEFAULT_INDICATOR_RULE, DEFAULT_RULES } from "../../../src/domain/rules/defaults";
import { defaultRule, findRule } from "../../../src/domain/rules/lookup";

describe("default rules", () => {
  it("follow SPEC §3", () => {
    expect(DEFAULT_RULES).toEqual({
      perspectives: [],
      defaultRule: "Standard",
      indicatorRules: [
        {
          name: "Standard",
          direction: null,
          tolerance: 0.1,
          toleranceKind: "relative",
          yesWords: [],
          ongoingWords: [],
          noWords: [],
        },
      ],
      goalRollup: { method: "andel", green: 0.75, red: 0.25, yellowScore: 0.5 },
      planRollup: { method: "andel", green: 0.75, red: 0.25, yellowScore: 0.5 },
      legend: {
        green: "Uppfyllt – målvärdet är nått",
        yellow: "Delvis uppfyllt – nära målvärdet eller på väg",
        red: "Ej uppfyllt",
        missing: "Saknar bedömning – utfall eller målvärde saknas",
      },
      // The built-in lexicon lives in values/lower-is-better.ts; the sheet only adds to it.
      lowerIsBetter: [],
    });
  });

  it("cannot be changed by accident", () => {
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RULES.goalRollup)).toBe(true);
  });
});

describe("finding a rule by name", () => {
  const rules = {
    ...DEFAULT_RULES,
    indicatorRules: [
      ...DEFAULT_RULES.indicatorRules,
      { ...DEFAULT_INDICATOR_RULE, name: "Strikt väntetid", tolerance: 0 },
    ],
  };

  it("ignores case and extra spaces", () => {
    expect(findRule(rules, "  strikt\u00A0 VÄNTETID ")?.tolerance).toBe(0);
  });

  it("returns null for an unknown or empty name", () => {
    expect(findRule(rules, "Lös")).toBeNull();
    expect(findRule(rules, "")).toBeNull();
  });

  it("gives the default rule", () => {
    expect(defaultRule(rules).name).toBe("Standard");
  });
});
