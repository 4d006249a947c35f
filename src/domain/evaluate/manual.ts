/** A manual Bedömning always wins (SPEC §3); when it differs from what the data says, an info names both. */
import { isCellError } from "../grid";
import { makeProblem } from "../problems";
import { STATUS_NAME_SV, type Status, type StatusSource } from "../status";
import { parseAssessment } from "../status/assessment";
import { at, rawOf, type SheetContext } from "./context";

export interface Judged {
  readonly status: Status;
  readonly source: StatusSource;
  readonly explanation: string;
}

/** `computed` is what the row would have without Bedömning; it is still worked out so a difference can be told. */
export function applyManual(ctx: SheetContext, row: number, computed: Judged): Judged {
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
  const differs = computed.status !== "missing" && computed.status !== manual;
  if (differs) {
    ctx.problems.push(makeProblem("MANUAL_DIFFERS", at(ctx, row, "assessment"), { manual, computed: computed.status }));
  }
  const note = differs ? ` (beräknat: ${STATUS_NAME_SV[computed.status]})` : "";
  return { status: manual, source: "manual", explanation: `Manuell bedömning: ${STATUS_NAME_SV[manual]}${note}.` };
}
