/** The rules used without a `Regler` sheet, and for every entry of one that cannot be read (SPEC §3). */
import type { IndicatorRule, RollupRule, Rules } from "./types";

export const DEFAULT_RULE_NAME = "Standard";

/** Direction null: decided per indicator from the Riktning column, the target's words and the name. */
export const DEFAULT_INDICATOR_RULE: IndicatorRule = Object.freeze({
  name: DEFAULT_RULE_NAME,
  direction: null,
  tolerance: 0.1,
  toleranceKind: "relative",
  yesWords: [],
  ongoingWords: [],
  noWords: [],
});

/** "Alla eller de flesta uppfyllda" → green at 75 % green; "inga eller väldigt få" → red below a mean score of 0.25. */
export const DEFAULT_ROLLUP: RollupRule = Object.freeze({ method: "andel", green: 0.75, red: 0.25, yellowScore: 0.5 });

export const DEFAULT_RULES: Rules = Object.freeze({
  perspectives: [],
  defaultRule: DEFAULT_RULE_NAME,
  indicatorRules: [DEFAULT_INDICATOR_RULE],
  goalRollup: DEFAULT_ROLLUP,
  planRollup: DEFAULT_ROLLUP,
  legend: Object.freeze({
    green: "Uppfyllt – målvärdet är nått",
    yellow: "Delvis uppfyllt – nära målvärdet eller på väg",
    red: "Ej uppfyllt",
    missing: "Saknar bedömning – utfall eller målvärde saknas",
  }),
  lowerIsBetter: [],
});
