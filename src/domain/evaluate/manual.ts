/** A manual Bedömning always wins (SPEC §3); when it differs from what the data says, an info names both. */
import { isCellError } from "../grid";
import type { CellAddress } from "../address/cell-address";
import { makeProblem } from "../problems";
import type { Status } from "../status/statuses";
import type { StatusSource } from "../vocabulary";
import type { Explanation } from "../status/explanation";
import { leadingAssessment, parseAssessment } from "../status/assessment";
import { cellText } from "../sheet/text";
import { at, rawOf, type SheetContext } from "./context";

export interface Judged {
  readonly status: Status;
  readonly source: StatusSource;
  readonly explanation: Explanation;
}

/**
 * What staff typed into a column where the layout allows an assessment with text (SPEC §1a.4): the arrow or status
 * word at its start (status null when there is none) and the rest of the text as a comment.
 */
export interface TypedAssessment {
  readonly status: Status | null;
  readonly comment: string | null;
  readonly col: number;
}

/**
 * The typed assessment of a row: the first of the layout's typed columns that holds one. A result column counts
 * only as the active period's; prose without an arrow in a Bedömning/Summering column is a comment.
 */
export function typedAssessment(ctx: SheetContext, row: number): TypedAssessment | null {
  const typed = ctx.layout.typedAssessments;
  if (typed.length === 0) return null;
  let prose: TypedAssessment | null = null;
  for (const col of typed) {
    const isPeriod = ctx.layout.periods.some((p) => p.col === col);
    if (isPeriod && col !== ctx.actualCol) continue;
    const raw = ctx.readRaw(row, col);
    const lead = leadingAssessment(raw);
    if (lead !== null) return { status: lead.status, comment: lead.comment, col };
    if (!isPeriod && prose === null && typeof raw === "string") {
      const text = cellText(raw);
      if (text !== "" && parseAssessment(raw) === "invalid") prose = { status: null, comment: text, col };
    }
  }
  return prose;
}

/**
 * `computed` is what the row would have without Bedömning; it is still worked out so a difference can be told.
 * `typed` is the row's typed assessment where the layout allows them; it takes the place of the strict Bedömning.
 */
export function applyManual(
  ctx: SheetContext,
  row: number,
  computed: Judged,
  typed: TypedAssessment | null = null,
): Judged {
  if (typed?.status) return judgeManual(ctx, { sheet: ctx.sheet, row, col: typed.col }, typed.status, computed);
  const assessmentCol = ctx.layout.columns.assessment;
  if (assessmentCol !== undefined && ctx.layout.typedAssessments.includes(assessmentCol)) return computed;
  const value = rawOf(ctx, row, "assessment");
  if (value === undefined) return computed;
  if (isCellError(value)) {
    ctx.problems.push(makeProblem("CELL_ERROR", at(ctx, row, "assessment"), { value: value.error }));
    return computed;
  }
  const manual = parseAssessment(value);
  if (manual === null) return computed;
  if (manual === "invalid") {
    ctx.problems.push(makeProblem("INVALID_ASSESSMENT", at(ctx, row, "assessment"), { value: String(value) }));
    return computed;
  }
  return judgeManual(ctx, at(ctx, row, "assessment"), manual, computed);
}

function judgeManual(ctx: SheetContext, where: CellAddress, manual: Status, computed: Judged): Judged {
  const differs = computed.status !== "missing" && computed.status !== manual;
  if (differs) {
    ctx.problems.push(makeProblem("MANUAL_DIFFERS", where, { manual, computed: computed.status }));
  }
  const explanation: Explanation = { kind: "manual", status: manual, computed: differs ? computed.status : null };
  return { status: manual, source: "manual", explanation };
}
