/** Rules (SPEC §3, §4): what the `Regler` sheet configures, with the defaults used without one. */
import type { Status } from "../status/statuses";
import type { Direction } from "../vocabulary";

export type ToleranceKind = "relative" | "absolute";

export interface IndicatorRule {
  readonly name: string;
  /** null: decided by target and name wording, then the default rule. */
  readonly direction: Direction | null;
  /** Relative: a fraction of |target| (0.1 = 10 %). Absolute: in the target's unit, percentage points as fractions (0.05 = 5 p.e.). */
  readonly tolerance: number;
  readonly toleranceKind: ToleranceKind;
  /** Extra words, lower-case, on top of the reader's built-in yes/ongoing/no words. */
  readonly yesWords: readonly string[];
  readonly ongoingWords: readonly string[];
  readonly noWords: readonly string[];
}

/**
 * andel: green when at least `green` of the counted children are green; red when the mean score is below `red`.
 * medel: green when the mean score is at least `green`; red when it is below `red`.
 * sämsta: the worst counted child.
 * Scores: green 1, yellow `yellowScore`, red 0. Children with status missing are not counted.
 */
export type RollupMethod = "andel" | "medel" | "sämsta";

export interface RollupRule {
  readonly method: RollupMethod;
  readonly green: number;
  readonly red: number;
  readonly yellowScore: number;
}

export interface Rules {
  /** Report order; empty: whatever the data uses, in order of first appearance. */
  readonly perspectives: readonly string[];
  /** Name of the rule used where Regel is empty. Always present in indicatorRules. */
  readonly defaultRule: string;
  readonly indicatorRules: readonly IndicatorRule[];
  readonly goalRollup: RollupRule;
  readonly planRollup: RollupRule;
  /** Legend text per status ("Uppfyllt – målvärdet är nått"). */
  readonly legend: Readonly<Record<Status, string>>;
  /**
   * Measures read as lower-is-better from their names, on top of the built-in lexicon (sjukfrånvaro, väntetid…):
   * the Regler sheet's "Mått där lägre är bättre".
   */
  readonly lowerIsBetter: readonly string[];
}
