/**
 * The shape of every text the add-in's own UI shows (the task pane, the ribbon's result dialog, the undo notice, the
 * failure sentences): one object per language, `i18n/sv/ui.ts` and `i18n/en/ui.ts`, so English cannot lack a text
 * Swedish has. Problem messages (`sv/problems.ts`) and status explanations (`sv/explanations.ts`) sit beside them.
 */
import type { Severity } from "../problem-codes";
import type { Status } from "../status/statuses";
import type { Level, StatusSource } from "../vocabulary";
import type { ReadValueKind, UnparseableReason } from "../values/types";

export interface UiStrings {
  readonly pane: PaneStrings;
  readonly layouts: LayoutStrings;
  readonly report: ReportStrings;
  readonly outcome: OutcomeStrings;
  readonly undo: UndoNoticeStrings;
  readonly failure: FailureStrings;
}

/** The task pane: headings, buttons, help lines, the selected row's details. */
export interface PaneStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly periodLabel: string;
  readonly periodAuto: (period: string | null) => string;
  readonly periodHelp: string;
  readonly validate: string;
  readonly recalc: string;
  readonly summaries: string;
  readonly summariesHelp: string;
  readonly summariesDone: (sheets: readonly string[]) => string;
  readonly regler: string;
  readonly reglerHelp: string;
  readonly reglerCreated: string;
  readonly reglerExists: string;
  readonly moreHeading: string;
  readonly working: {
    readonly validate: string;
    readonly recalc: string;
    readonly summaries: string;
    readonly regler: string;
  };
  readonly resultHeading: string;
  readonly problemsHeading: string;
  readonly noRunYet: string;
  readonly noProblems: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly goToCell: (where: string) => string;
  readonly rowHeading: string;
  readonly rowHint: string;
  readonly rowNotPlan: (sheet: string, row: number) => string;
  readonly level: Readonly<Record<Level, string>>;
  readonly target: string;
  readonly actual: string;
  readonly direction: string;
  readonly higher: string;
  readonly lower: string;
  readonly directionSource: Readonly<Record<string, string>>;
  readonly statusSource: Readonly<Record<StatusSource, string>>;
  readonly why: string;
  readonly empty: string;
  readonly readAs: string;
  readonly kind: Readonly<Record<ReadValueKind, string>>;
  /** Why a value could not be read, after "kunde inte tolkas"; "" says nothing more (plain text). */
  readonly unreadable: Readonly<Record<UnparseableReason, string>>;
  readonly yesNo: Readonly<Record<"yes" | "ongoing" | "no", string>>;
  readonly children: string;
  readonly plan: string;
  readonly perspective: string;
  readonly notInExcel: string;
  readonly staleNote: (time: string) => string;
}

/** What "Spara tolkningen" reports having saved. */
export interface SavedReading {
  /** Whether the Regler sheet was created (with its defaults) for the table. */
  readonly created: boolean;
  /** The table's address on Regler, e.g. "A39:F47". */
  readonly address: string;
  /** How many plan sheets the table describes. */
  readonly sheets: number;
}

/** "Så lästes bladen" and its button. */
export interface LayoutStrings {
  readonly heading: string;
  readonly none: string;
  readonly hint: string;
  readonly save: string;
  readonly saveHelp: string;
  readonly saving: string;
  readonly nothingToSave: string;
  readonly saved: (saved: SavedReading) => string;
}

/** The report button. */
export interface ReportStrings {
  readonly button: string;
  readonly help: string;
  readonly working: string;
  readonly done: (file: string, title: string) => string;
  readonly saveLink: (file: string) => string;
  readonly unsupported: string;
  readonly notInExcel: string;
  readonly failed: (detail: string) => string;
}

/** A run's outcome, in the ribbon's result dialog and at the top of the task pane. */
export interface OutcomeStrings {
  /** "Uppfyllt", "Delvis uppfyllt", … as table labels. */
  readonly status: Readonly<Record<Status, string>>;
  /** "Planer", "Mål", "Mätetal" as column headers. */
  readonly levels: Readonly<Record<Level, string>>;
  readonly failed: string;
  readonly statusWritten: (rows: number) => string;
  readonly validated: (assessable: number) => string;
  readonly period: (period: string | null) => string;
  /** `others`: summary sheets besides Översikt. */
  readonly summaries: (others: number) => string;
  readonly noProblems: string;
  readonly problems: (errors: number, warnings: number, infos: number) => string;
  /** The result dialog's button. */
  readonly close: string;
}

/** Before the first run that writes: Excel's undo history will be gone (SPEC §8). */
export interface UndoNoticeStrings {
  readonly title: string;
  readonly text: string;
  readonly proceed: string;
  readonly cancel: string;
}

/** Office error codes that get a sentence of their own. */
export const OFFICE_FAILURE_CODES = [
  "InvalidOperationInCellEditMode",
  "EditModeCellEditing",
  "AccessDenied",
  "ItemNotFound",
  "ItemAlreadyExists",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "InsertDeleteConflict",
  "MergedRangeConflict",
  "FilteredRangeConflict",
  "InvalidOperation",
  "UnsupportedSheet",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
  "ApiNotFound",
  "NotImplemented",
  "RequestAborted",
  "InactiveWorkbook",
  "Conflict",
] as const;
export type OfficeFailureCode = (typeof OFFICE_FAILURE_CODES)[number];

/** A failed run as a sentence that says what to do; never Office's own text. */
export interface FailureStrings {
  /** What the run left behind: nothing, or a part to repair by running again. */
  readonly afterwards: (wroteSomething: boolean) => string;
  readonly byCode: Readonly<Record<OfficeFailureCode, string>>;
  /** A sheet's or period's name in the language's quotation marks (”Plan” in Swedish, “Plan” in English). */
  readonly quote: (name: string) => string;
  /** `sheets`: the quoted names, listed. */
  readonly protectedSummarySheet: (sheets: string) => string;
  readonly protectedSheets: (sheets: string, many: boolean) => string;
  readonly protectedWorkbook: string;
  readonly tooManyCells: (sheet: string, cells: number) => string;
  readonly unknownPeriod: (requested: string, periods: readonly string[]) => string;
  /** Anything else; `code` is Office's error code when it has one, `afterwards` the sentence above. */
  readonly unexpected: (code: string | null, afterwards: string) => string;
}
