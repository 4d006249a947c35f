/** The example's rules: the defaults, the four perspectives in report order, and one custom rule used on the plan sheet. */
import { DEFAULT_RULES } from "../../domain/rules/defaults";
import type { IndicatorRule, Rules } from "../../domain/rules/types";

/** Percentage points rather than 10 % of the target: 12 % with 2 p.e. is yellow up to 14 %, not 13,2 %. */
export const ABSOLUTE_TWO_POINTS: IndicatorRule = {
  name: "Absolut 2 p.e.",
  direction: null,
  tolerance: 0.02,
  toleranceKind: "absolute",
  yesWords: [],
  ongoingWords: [],
  noWords: [],
};

export const EXAMPLE_RULES: Rules = {
  ...DEFAULT_RULES,
  perspectives: ["Samhälle", "Patient", "Medarbetare", "Verksamhetsresultat"],
  indicatorRules: [...DEFAULT_RULES.indicatorRules, ABSOLUTE_TWO_POINTS],
};
