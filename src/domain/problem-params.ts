/**
 * What each problem code carries: the facts a message map renders, typed per code, so a misspelt key in a map or
 * at a call site is a compile error rather than an empty slot in a sentence. Texts copied from a cell are as
 * written (the maps quote them); words the product chose are keys (a direction, a reason), rendered per language.
 */
import type { ProblemCode } from "./problem-codes";
import type { ReglerIssue } from "./rules/regler-issues";
import type { MissingPart } from "./sheet/diagnose";
import type { Status } from "./status/statuses";
import type { Direction, DirectionSource } from "./vocabulary";
import type { UnparseableReason } from "./values/types";

/** A value's text as typed in its cell ("lagom", "≥ 85 %"). */
type CellText = string;

export interface ProblemParamsByCode {
  /** Without params: no sheet of the workbook has a header row. With them: one sheet turned down as a plan sheet. */
  NO_PLAN_SHEET:
    | Readonly<Record<string, never>>
    | {
        /** The row taken as its header row, 1-based. */
        readonly row: number;
        /** The columns recognised, as `E "Målvärde", F "Utfall"`; "" when none. */
        readonly recognised: string;
        /** What the sheet lacks to be read as a plan sheet. */
        readonly missing: readonly MissingPart[];
      };
  /** `column`: the column's header as the sheet would have it (Nivå, Namn). */
  MISSING_COLUMN: { readonly column: string };
  /** `value` "" means the row has no level at all. */
  UNKNOWN_LEVEL: { readonly value: CellText; readonly name: CellText };
  ORPHAN_INDICATOR: { readonly name: CellText };
  MISSING_NAME: {
    /** The level word as written on the row (Mål, Mätetal…). */
    readonly level: string;
    /** The name reports use instead; "" when none. */
    readonly name: string;
  };
  MISSING_TARGET: { readonly name: CellText };
  UNPARSEABLE_TARGET: { readonly value: CellText; readonly reason: UnparseableReason };
  UNPARSEABLE_ACTUAL:
    | { readonly value: CellText; readonly reason: UnparseableReason }
    | {
        readonly value: CellText;
        /** The actual reads, but not as something the target can be compared with (a date against a percentage). */
        readonly reason: "incomparable";
        /** The target as the product writes it ("90 %"). */
        readonly target: string;
      };
  SCALE_MISMATCH: {
    readonly actual: CellText;
    /** The actual as it was read instead ("83 %"). */
    readonly interpreted: string;
    /** The text of the value the scale came from (the target, or the baseline). */
    readonly target: CellText;
    readonly targetScale: "percent" | "number";
  };
  UNIT_MISMATCH: { readonly actualUnit: string; readonly targetUnit: string };
  BASELINE_MISSING: {
    /** The target that refers to an earlier value. */
    readonly value: CellText;
    /** The Jämförelsevärde cell's text when it is there but no number; absent when the cell is empty or missing. */
    readonly baseline?: CellText;
  };
  DIRECTION_ASSUMED: { readonly name: CellText; readonly direction: Direction };
  DIRECTION_CONFLICT: {
    readonly winner: DirectionSource;
    readonly winnerDirection: Direction;
    readonly loser: DirectionSource;
    readonly loserDirection: Direction;
  };
  UNKNOWN_PERSPECTIVE: { readonly value: CellText };
  UNKNOWN_RULE: { readonly value: CellText };
  INVALID_ASSESSMENT: { readonly value: CellText };
  /** `value`: the error value ("#N/A"). */
  CELL_ERROR: { readonly value: string };
  EMPTY_PLAN: { readonly name: CellText };
  GOAL_WITHOUT_MEASURES: { readonly name: CellText };
  MANUAL_DIFFERS: { readonly manual: Status; readonly computed: Status };
  DUPLICATE_NAME: {
    readonly name: CellText;
    /** Where the name was first seen ("Plan 2021!B4"). */
    readonly other: string;
  };
  /** Which entry of the Regler sheet is invalid and why: a Regler issue code beside its own params. */
  RULES_INVALID: ReglerIssue;
  /** `column`: the column letters where Status was added ("G"). */
  STATUS_COLUMN_ADDED: { readonly column: string };
  GENERATED_NAME_TAKEN: {
    /** The user's own sheet that has the summary's name. */
    readonly name: string;
    /** The name the summary was written to instead. */
    readonly used: string;
  };
  /** CLI only (never re-rendered): both are Swedish phrases built by the xlsx adapter and the CLI. */
  UNSUPPORTED_WORKBOOK_PART: {
    /** What would be lost ("2 diagram och 1 pivottabell"). */
    readonly part: string;
    /** Why the workbook has to be written through ExcelJS; absent in the --allow-lossy warning. */
    readonly reason?: string;
  };
  UNKNOWN_PERIOD:
    | {
        /** The period asked for. */
        readonly value: string;
        /** The workbook's periods, comma-separated; "–" when there are none. */
        readonly available: string;
      }
    | {
        readonly value: string;
        readonly available: string;
        /** The several period headers the request matches, comma-separated. */
        readonly matches: string;
      };
  NOTHING_EVALUATED: {
    /** The header row, 1-based. */
    readonly row: number;
    /** Rows skipped for an unknown level or as an orphan indicator; absent when none. */
    readonly skipped?: number;
  };
  NOT_MEASURED: {
    readonly name: CellText;
    /** What the cell says ("Ej mätt", "–"). */
    readonly value: CellText;
    /** Which cell says it. */
    readonly column: "target" | "actual";
  };
  INTERNAL_ERROR: {
    readonly value: CellText;
    /** The exception's message. */
    readonly detail: string;
  };
  /** The layout described in both languages by sheet/describe-layout.ts. */
  LAYOUT_INFERRED: { readonly sv: string; readonly en: string };
  DIRECTION_FROM_NAME: {
    readonly name: CellText;
    readonly direction: Direction;
    /** The lower-is-better term the name contains ("sjukfrånvaro"). */
    readonly term: string;
  };
  KEPT_SUMMARY_SHEET: { readonly name: string };
}

export type ParamsOf<C extends ProblemCode> = ProblemParamsByCode[C];

/** Any code's params: what a consumer that has not narrowed on the code may read. */
export type ProblemParams = ParamsOf<ProblemCode>;

/** One language's messages: a function per code, over that code's params. */
export type MessageMap = { readonly [C in ProblemCode]: (p: ParamsOf<C>) => string };
