/** What the value reader (SPEC §2) makes of one Målvärde, Utfall or Jämförelsevärde cell. Never thrown, always returned. */
import type { Direction } from "../vocabulary";

/** A comparator or direction word in the text ("minst", "<", "eller lägre"): it also tells which way is better. */
export interface Comparison {
  readonly direction: Direction;
  /** true for "<" and ">" (strictly), false for "≤", "minst", "högst", "eller lägre"… */
  readonly strict: boolean;
}

interface Base {
  /** What the user sees: the cell's text, or the number formatted the Swedish way ("90 %", "203,5"). */
  readonly text: string;
  /** Set when a comparator or direction word was found. */
  readonly comparison: Comparison | null;
}

export interface NumberValue extends Base {
  readonly kind: "number";
  readonly value: number;
  /** "mkr", "kWh/m2", "dagar"…; null when none. */
  readonly unit: string | null;
  /** The earlier value a target names beside its number ("Lägre än 2019, dvs under 15 %": "2019"), as context. */
  readonly relativeTo?: string;
}

export interface PercentValue extends Base {
  readonly kind: "percent";
  /** A fraction: 90 % is 0.9. */
  readonly value: number;
  readonly unit: null;
  /** As NumberValue's. */
  readonly relativeTo?: string;
}

/** yes: Ja, Genomfört, Klar, x, TRUE; ongoing: Pågår, Påbörjad, Delvis; no: Nej, Ej genomförd, FALSE. */
export type YesNoState = "yes" | "ongoing" | "no";

export interface BooleanValue extends Base {
  readonly kind: "boolean";
  /** true for "yes", false for "no", null for "ongoing": neither, so it is never mistaken for a no. */
  readonly value: boolean | null;
  readonly state: YesNoState;
  readonly unit: null;
}

/** A change stated together with a baseline: the "10 %" of "Minska med 10 % jämfört med 2019". */
export interface BaselineChange {
  /** A fraction when percent ("10 %" is 0.1), else in the baseline's own unit. */
  readonly value: number;
  readonly percent: boolean;
}

/** A target relative to an earlier value: "Lägre än 2020", "Ska öka jämfört med 2020". Needs Jämförelsevärde. */
export interface BaselineValue extends Base {
  readonly kind: "baseline";
  readonly value: null;
  /**
   * The year or text referred to: "2020", "föregående år" (also for "fg år", "förra året").
   * "" when the text names none ("Ska öka", "Minska"): compare with the Jämförelsevärde as it stands.
   */
  readonly ref: string;
  readonly unit: null;
  /** Present only when the text also states by how much ("Minska med 10 % jämfört med 2019"). */
  readonly change?: BaselineChange;
}

/** "80–90 %", "mellan 5 och 10": green inside the range. */
export interface RangeValue extends Base {
  readonly kind: "range";
  /** Lower bound (a fraction for percents). */
  readonly value: number;
  readonly high: number;
  readonly percent: boolean;
  readonly unit: string | null;
}

export type UnparseableReason = "text" | "date" | "cell-error" | "ambiguous" | "several-numbers";

export interface UnparseableValue extends Base {
  readonly kind: "unparseable";
  readonly value: null;
  readonly unit: null;
  readonly reason: UnparseableReason;
}

/**
 * "Ej mätt", "Uppgift saknas", "n/a": the cell says on purpose that there is no value yet (SPEC §2). Not an error:
 * the status is missing and a NOT_MEASURED info says why.
 */
export interface NotMeasuredValue extends Base {
  readonly kind: "not-measured";
  readonly value: null;
  readonly unit: null;
}

/**
 * The reader itself failed on this cell (a bug, not the user's text). Kept apart from "unparseable" so that it is
 * reported loudly (INTERNAL_ERROR, an error) and so that tests can forbid it; never a status.
 */
export interface InternalErrorValue extends Base {
  readonly kind: "internal-error";
  readonly value: null;
  readonly unit: null;
  /** The thrown error's message, for the problem report. */
  readonly message: string;
}

export type ReadValue =
  | NumberValue
  | PercentValue
  | BooleanValue
  | BaselineValue
  | RangeValue
  | UnparseableValue
  | NotMeasuredValue
  | InternalErrorValue;

/** The kinds the JSON report names (SPEC §7). */
export type ReadValueKind = ReadValue["kind"];

export const READ_VALUE_KINDS = [
  "number",
  "percent",
  "boolean",
  "baseline",
  "range",
  "unparseable",
  "not-measured",
  "internal-error",
] as const satisfies readonly ReadValueKind[];

/** Extra lower-case words from a rule (IndicatorRule.yesWords…), read on top of the built-in ones. */
export interface YesNoWords {
  readonly yes?: readonly string[];
  readonly ongoing?: readonly string[];
  readonly no?: readonly string[];
}
