/** The SPEC §7 JSON report: what `malstyrning --json` prints, built from an Evaluation with nothing else in it. */
import { formatA1, rowNumber } from "./address/a1";
import type { Evaluation } from "./evaluation";
import { renderExplanation } from "./i18n/explanations";
import type { Problem } from "./problems";
import type { StatusCounts } from "./status/statuses";
import type { ReadValue } from "./values/types";
import type { Report, ReportValue } from "./report/schema";
import { reportLayout } from "./report/layouts";

export { reportSchema } from "./report/schema";
export type { Report, ReportValue } from "./report/schema";

export function buildReport(evaluation: Evaluation): Report {
  return {
    schemaVersion: 1,
    period: evaluation.period,
    problems: evaluation.problems.map(reportProblem),
    rows: evaluation.rows.map((r) => ({
      sheet: r.sheet,
      row: rowNumber(r.row),
      level: r.level,
      name: r.name,
      plan: r.plan,
      perspective: r.perspective,
      target: reportValue(r.target),
      actual: reportValue(r.actual),
      direction: r.direction,
      directionSource: r.directionSource,
      status: r.status,
      source: r.source,
      // The report travels with the workbook, so it speaks the workbook's language (SPEC §3).
      explanation: renderExplanation(r.explanation, "sv"),
    })),
    perspectives: evaluation.perspectives.map((p) => ({
      name: p.name,
      goals: copy(p.goals),
      indicators: copy(p.indicators),
    })),
    plans: evaluation.plans.map((p) => ({
      name: p.name,
      dnr: p.dnr,
      sheet: p.sheet,
      row: p.row === null ? null : rowNumber(p.row),
      status: p.status,
      source: p.source,
      goals: copy(p.goals),
    })),
    layouts: evaluation.layouts.map(reportLayout),
  };
}

/** A problem as SPEC §7 prints it: the cell as A1 text ("E7"). */
export function reportProblem(p: Problem): Report["problems"][number] {
  return {
    severity: p.severity,
    code: p.code,
    sheet: p.sheet,
    cell: p.cell === null ? null : formatA1(p.cell),
    message: p.message,
  };
}

/** Explicit per kind, so internal fields (comparison, reason, state) never leak into the contract. */
export function reportValue(v: ReadValue | null): ReportValue | null {
  if (v === null) return null;
  switch (v.kind) {
    case "number":
      return { kind: "number", value: v.value, unit: v.unit, text: v.text };
    case "percent":
      return { kind: "percent", value: v.value, unit: null, text: v.text };
    case "boolean":
      return { kind: "boolean", value: v.value, state: v.state, unit: null, text: v.text };
    case "baseline":
      return { kind: "baseline", value: null, unit: null, text: v.text, ref: v.ref };
    case "range":
      return { kind: "range", value: v.value, high: v.high, percent: v.percent, unit: v.unit, text: v.text };
    case "not-measured":
      return { kind: "not-measured", value: null, text: v.text };
    // The JSON names an internal failure by its problem (INTERNAL_ERROR); the value itself could not be read.
    case "unparseable":
    case "internal-error":
      return { kind: "unparseable", value: null, text: v.text };
  }
}

function copy(c: StatusCounts): StatusCounts {
  return { green: c.green, yellow: c.yellow, red: c.red, missing: c.missing };
}
