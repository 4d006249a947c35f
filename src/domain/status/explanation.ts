/**
 * Why a row got its status, as data: one kind per sentence shape the product says (SPEC §3). The domain decides the
 * kind and its facts; the words are chosen at the edge by `renderExplanation(explanation, locale)`
 * (`i18n/explanations.ts`, one renderer per language in `i18n/sv` and `i18n/en`), so the JSON report says it in
 * Swedish and an English Office shows it in English. Fields hold numbers on their own scale (percents as fractions)
 * and the user's own texts (a cell, a unit, a header) as written.
 */
import type { LevelWord } from "../level-words";
import type { RollupMethod } from "../rules/types";
import type { Status, StatusCounts } from "./statuses";
import type { Direction, Level } from "../vocabulary";
import type { YesNoState } from "../values/types";

/** A number with the scale it is shown in: "90 %" (percent, as a fraction), "37,8 mkr", "12". */
export interface Amount {
  readonly value: number;
  readonly percent: boolean;
  readonly unit: string | null;
}

/**
 * A rule's tolerance: a share of the reference ("10 %"), or an amount on the reference's scale (percentage points
 * against a percent, else the reference's unit).
 */
export type Tolerance =
  { readonly kind: "relative"; readonly share: number } | { readonly kind: "absolute"; readonly value: number };

/** What a threshold actual is compared with. */
export type Reference =
  /** "målvärdet 90 %"; `relativeTo` when the target names the year it is stated against ("Lägre än 2019, dvs 15 %"). */
  | { readonly kind: "target"; readonly amount: Amount; readonly relativeTo: string | null }
  /** "jämförelsevärdet 14 från 2020": the Jämförelsevärde itself; `ref` is "" when the target names no year. */
  | { readonly kind: "baseline"; readonly amount: Amount; readonly ref: string }
  /** "målvärdet 180 (10 % under jämförelsevärdet 200 från 2019)": the baseline moved by the target's change. */
  | {
      readonly kind: "baseline-change";
      readonly amount: Amount;
      readonly change: { readonly value: number; readonly percent: boolean };
      readonly towards: Direction;
      readonly baseline: Amount;
      readonly ref: string;
    };

/** A target range, low ≤ high; percent bounds as fractions. */
export interface TargetRange {
  readonly low: number;
  readonly high: number;
  readonly percent: boolean;
  readonly unit: string | null;
}

/** An actual as shown: the amount compared, and the text the user wrote when it was converted ("30 000 tkr"). */
export interface ShownActual {
  readonly amount: Amount;
  readonly asWritten: string | null;
}

/**
 * Where a threshold actual lies:
 * - `meets`: on the target or on its better side ("når", "är högst");
 * - `better`: strictly on the better side, for a strict target ("> 90 %": "är över");
 * - `on-edge`: exactly on a strict target, so not better ("är inte över");
 * - `worse`: on the worse side, within the tolerance when the status is yellow;
 * - `beyond-tolerance`: further than the tolerance on the worse side.
 */
export type ThresholdPosition = "meets" | "better" | "on-edge" | "worse" | "beyond-tolerance";

export interface ThresholdExplanation {
  readonly kind: "threshold";
  readonly status: Exclude<Status, "missing">;
  readonly actual: ShownActual;
  readonly reference: Reference;
  readonly direction: Direction;
  readonly position: ThresholdPosition;
  /** Named when it decided: a yellow status, or a red one beyond it. */
  readonly tolerance: Tolerance | null;
}

export interface RangeExplanation {
  readonly kind: "range";
  readonly status: Exclude<Status, "missing">;
  readonly actual: ShownActual;
  readonly range: TargetRange;
  readonly side: "inside" | "below" | "above";
  /** Outside the range by more than the tolerance (red with a tolerance). */
  readonly beyondTolerance: boolean;
  readonly tolerance: Tolerance | null;
}

export interface YesNoExplanation {
  readonly kind: "yesno";
  readonly status: Exclude<Status, "missing">;
  /** The target cell's text ("Genomfört ja/nej"). */
  readonly target: string;
  /** The actual cell's text ("Pågår", "0"). */
  readonly actual: string;
  /** How a number was counted ("0 (räknas som nej)"); null when the actual was a yes/no word itself. */
  readonly countedAs: YesNoState | null;
}

/** A manual Bedömning; `computed` is what the data says when it differs (SPEC §3, MANUAL_DIFFERS). */
export interface ManualExplanation {
  readonly kind: "manual";
  readonly status: Status;
  readonly computed: Status | null;
}

/** How a roll-up decided. */
export type RollupDecision =
  /** `sämsta`: the worst child's status. */
  | { readonly by: "worst" }
  /** The mean score ("medelpoäng 0,40"). */
  | { readonly by: "mean"; readonly mean: number }
  /** `andel`: at least this share of the counted children are green ("minst 75 % är uppfyllda"). */
  | { readonly by: "share"; readonly share: number };

export interface RollupExplanation {
  readonly kind: "rollup";
  readonly status: Exclude<Status, "missing">;
  readonly method: RollupMethod;
  /** All children by status, missing included. */
  readonly counts: StatusCounts;
  /** The children's level and, for Swedish, the sheet's own word for them inflected ("framgångsfaktorer"). */
  readonly childLevel: Level;
  readonly childWord: LevelWord;
  readonly decision: RollupDecision;
}

/** Something a comparison needs that a row lacks: the status is missing. */
export type MissingExplanation =
  | { readonly kind: "missing"; readonly reason: "target-unreadable"; readonly text: string }
  | { readonly kind: "missing"; readonly reason: "actual-unreadable"; readonly text: string }
  | { readonly kind: "missing"; readonly reason: "target-not-measured"; readonly text: string }
  | { readonly kind: "missing"; readonly reason: "actual-not-measured"; readonly text: string }
  | { readonly kind: "missing"; readonly reason: "internal-error"; readonly which: "target" | "actual" }
  /** A baseline target ("Lägre än 2020") without a Jämförelsevärde. */
  | { readonly kind: "missing"; readonly reason: "baseline-missing"; readonly target: string }
  | { readonly kind: "missing"; readonly reason: "baseline-unreadable"; readonly text: string }
  /** An actual of a kind the target cannot be compared with (a yes/no against a number, …). */
  | { readonly kind: "missing"; readonly reason: "incomparable"; readonly actual: string; readonly against: Against }
  | { readonly kind: "missing"; readonly reason: "no-actual-column" }
  /** The active Utfall column, named by its header, is empty on this row. */
  | { readonly kind: "missing"; readonly reason: "no-actual"; readonly column: string }
  | { readonly kind: "missing"; readonly reason: "no-target" }
  | {
      readonly kind: "missing";
      readonly reason: "unit-mismatch";
      readonly actualUnit: string;
      readonly targetUnit: string;
      readonly against: "target" | "baseline";
    }
  | { readonly kind: "missing"; readonly reason: "goal-without-measures" }
  /** A plan without goals judged by hand: its Bedömning decides (SPEC §1a.3). */
  | { readonly kind: "missing"; readonly reason: "plan-judged-by-hand" }
  /** A plan in a plan list without an assessment yet. */
  | { readonly kind: "missing"; readonly reason: "plan-not-assessed" }
  | {
      readonly kind: "missing";
      readonly reason: "no-children";
      readonly childLevel: Level;
      readonly childWord: LevelWord;
    }
  | {
      readonly kind: "missing";
      readonly reason: "children-missing";
      readonly count: number;
      readonly childLevel: Level;
      readonly childWord: LevelWord;
    };

/** What an incomparable actual was held against. */
export type Against =
  | { readonly kind: "reference"; readonly reference: Reference }
  | { readonly kind: "range"; readonly range: TargetRange }
  | { readonly kind: "yesno"; readonly target: string };

/** A plan with no goals at all: red with EMPTY_PLAN (SPEC §3). */
export interface EmptyPlanExplanation {
  readonly kind: "empty-plan";
  readonly status: "red";
}

export type Explanation =
  | ThresholdExplanation
  | RangeExplanation
  | YesNoExplanation
  | ManualExplanation
  | RollupExplanation
  | EmptyPlanExplanation
  | MissingExplanation;

export type ExplanationKind = Explanation["kind"];
export type MissingReason = MissingExplanation["reason"];

/**
 * One language's words for every explanation: a function per kind and per missing reason, so a language that
 * leaves one out does not compile.
 */
export type ExplanationRenderer = {
  readonly [K in Exclude<ExplanationKind, "missing">]: (explanation: Extract<Explanation, { kind: K }>) => string;
} & {
  readonly missing: {
    readonly [R in MissingReason]: (explanation: Extract<MissingExplanation, { reason: R }>) => string;
  };
};
