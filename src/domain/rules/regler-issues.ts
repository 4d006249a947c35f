/**
 * What can be wrong with an entry on the Regler sheet, as data: a stable issue code and the facts its message
 * needs. The zod schemas raise them as custom issues (`params`), the reader turns each into a RULES_INVALID whose
 * params are the issue, and `i18n/sv|en/regler.ts` word them (as zod keeps `issues` apart from `locales/*`).
 */
import type { Status } from "../status/statuses";
import type { SectionKey } from "./regler-layout";

/** A cell's text as typed (trimmed; a number as the sheet shows it, "10 %"). */
type CellText = string;

// No key of its own: the issue code says it all.
type NoParams = Readonly<Record<never, never>>;

/** The three thresholds of a Sammanvägning row. */
export type ThresholdField = "green" | "red" | "yellowScore";

export interface ReglerIssueParamsByCode {
  /** `error`: the cell's error value ("#REF!"). */
  readonly "cell-error": { readonly error: string };
  readonly "unreadable-entry": NoParams;

  // Mätetalsregler
  readonly "rule-without-name": NoParams;
  readonly "unknown-direction": { readonly text: CellText };
  readonly "tolerance-not-number": { readonly text: CellText };
  readonly "tolerance-negative": { readonly text: CellText };
  readonly "unknown-tolerance-kind": { readonly text: CellText };
  /** `text`: the rule's name as written on the later row. */
  readonly "duplicate-rule": { readonly text: CellText };

  // Standardregel
  readonly "unknown-default-rule": {
    readonly text: CellText;
    /** The rule used instead. */
    readonly used: string;
  };

  // Sammanvägning
  readonly "rollup-without-level": NoParams;
  readonly "unknown-rollup-level": { readonly text: CellText };
  readonly "unknown-method": { readonly text: CellText };
  readonly "threshold-not-number": { readonly field: ThresholdField; readonly text: CellText };
  readonly "threshold-out-of-range": { readonly field: ThresholdField; readonly text: CellText };
  /** With the method medel both thresholds are on the mean score; fractions (0.6 for 60 %). */
  readonly "red-above-green": { readonly red: number; readonly green: number };
  readonly "duplicate-rollup": { readonly level: "goal" | "plan" };

  // Teckenförklaring
  readonly "legend-without-status": NoParams;
  readonly "unknown-status": { readonly text: CellText };
  readonly "duplicate-legend-status": { readonly status: Status };

  // Perspektiv, Mått där lägre är bättre
  readonly "duplicate-perspective": { readonly text: CellText };
  readonly "not-a-measure": { readonly text: CellText };
  readonly "duplicate-measure": { readonly text: CellText };

  // The sheet's sections and tables
  readonly "duplicate-section": { readonly section: SectionKey };
  readonly "table-without-key-column": {
    readonly section: SectionKey;
    /** The missing column's header, as the builder writes it (Namn, Nivå, Status, Blad). */
    readonly column: string;
  };

  // Bladtolkning
  readonly "bladtolkning-missing-sheet": NoParams;
  readonly "bladtolkning-not-a-row": { readonly field: "headerRow" | "row" };
  readonly "bladtolkning-not-a-column": NoParams;
  readonly "bladtolkning-unknown-role": NoParams;
  readonly "bladtolkning-unknown-heading-level": NoParams;
  /** Kolumn without Roll, or Roll without Kolumn. */
  readonly "bladtolkning-column-without-role": NoParams;
  /** Rad without Nivå, or Nivå without Rad. */
  readonly "bladtolkning-row-without-level": NoParams;
  readonly "bladtolkning-unknown-sheet": { readonly text: CellText };
  readonly "bladtolkning-second-header-row": {
    readonly sheet: string;
    /** The header row that applies, 1-based. */
    readonly headerRow: number;
  };
  /** `column`: the column's letters, upper case ("C"). */
  readonly "bladtolkning-second-role": { readonly column: string };
  readonly "bladtolkning-no-header-row": { readonly sheet: string };
  readonly "bladtolkning-no-name-column": { readonly sheet: string };
}

export type ReglerIssueCode = keyof ReglerIssueParamsByCode;

/** One issue: its code under `issue`, beside its params. */
export type ReglerIssue<C extends ReglerIssueCode = ReglerIssueCode> = {
  [K in C]: { readonly issue: K } & ReglerIssueParamsByCode[K];
}[C];

/** One language's wording of the issues. */
export type ReglerMessageMap = { readonly [C in ReglerIssueCode]: (p: ReglerIssueParamsByCode[C]) => string };

/** The issue's message in one language. */
export function renderReglerIssue(map: ReglerMessageMap, issue: ReglerIssue): string {
  // An issue's code and params belong together (the union says so); indexing the map by it loses that.
  const message = map[issue.issue] as (p: ReglerIssue) => string;
  return message(issue);
}

/** The issue a zod custom issue carries in its params (the schemas put it there); an unknown one reads as such. */
export function reglerIssueOf(zodIssue: { readonly code: string; readonly params?: unknown }): ReglerIssue {
  const params = zodIssue.params as { issue?: unknown } | undefined;
  if (zodIssue.code === "custom" && typeof params?.issue === "string") return params as ReglerIssue;
  return { issue: "unreadable-entry" };
}
