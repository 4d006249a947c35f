/**
 * The status engine: a workbook's grid in, every status, problem, summary count and Status-column write out.
 * Pure and total: any grid gives an Evaluation, problems are data, and the work is linear in rows.
 *
 * A requested period that does not exist is reported (UNKNOWN_PERIOD) and the run falls back to the automatic
 * choice, so the statuses still describe a period the report names; callers that must not write in that case
 * can look for the error.
 */
import type { Evaluation } from "./evaluation";
import type { SheetGrid, WorkbookGrid } from "./grid";
import { makeProblem, type Problem } from "./problems";
import { DEFAULT_RULES } from "./rules/defaults";
import { parseReglerSheet, REGLER_SHEET_NAME } from "./rules/regler-sheet";
import type { Rules } from "./rules/types";
import type { PlanLayout } from "./sheet/layout";
import { isKeptSummarySheet } from "./sheet/kept-summary";
import { choosePeriod } from "./sheet/periods";
import { NameRegistry } from "./evaluate/duplicates";
import { PerspectiveTally } from "./evaluate/perspectives";
import { evaluatePlanSheet, type WorkbookState } from "./evaluate/plan-sheet";
import { unreadSheetProblems } from "./evaluate/unread-sheets";
import { layoutChooser } from "./evaluate/overrides";

export interface EvaluateOptions {
  /** Requested period header (case-insensitive; a unique part such as "augusti" is enough); null: automatic. */
  readonly period: string | null;
  /**
   * Names of the sheets the summaries feature generated (Översikt, per perspective, per plan). They are never
   * read as plan sheets, even though their tables have plan-like headers. Compared case-insensitively.
   */
  readonly generatedSheets?: ReadonlySet<string>;
}

export function evaluateWorkbook(grid: WorkbookGrid, options: EvaluateOptions): Evaluation {
  const problems: Problem[] = [];
  const rules = readRules(grid, problems);
  const chooser = layoutChooser(grid, reglerSheet(grid), problems);
  const { found: planSheets, unread } = findPlanSheets(grid, options.generatedSheets, problems, (sheet) =>
    chooser.layoutOf(sheet, rules, problems),
  );
  for (const p of unreadSheetProblems(unread, planSheets.length)) problems.push(p);
  if (planSheets.length === 0) {
    return {
      period: null,
      periods: [],
      rules,
      problems,
      rows: [],
      perspectives: [],
      plans: [],
      statusWrites: [],
      layouts: [],
    };
  }

  const layouts = planSheets.map((s) => s.layout);
  const chosen = choosePeriod(layouts, options.period);
  for (const p of chosen.problems) problems.push(p);
  const period = chosen.period ?? (chosen.problems.length > 0 ? choosePeriod(layouts, null).period : null);

  const state: WorkbookState = {
    rules,
    period,
    perspectives: new PerspectiveTally(rules.perspectives),
    planNames: new NameRegistry(),
    problems,
    rows: [],
    plans: [],
    statusWrites: [],
  };
  for (const { sheet, layout } of planSheets) evaluatePlanSheet(sheet, layout, state);

  return {
    period,
    periods: chosen.periods,
    rules,
    problems,
    rows: state.rows,
    perspectives: state.perspectives.summaries(),
    plans: state.plans,
    statusWrites: state.statusWrites,
    layouts,
  };
}

function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}

function reglerSheet(grid: WorkbookGrid): SheetGrid | undefined {
  return grid.sheets.find((s) => sheetKey(s.name) === sheetKey(REGLER_SHEET_NAME));
}

function readRules(grid: WorkbookGrid, problems: Problem[]): Rules {
  const regler = reglerSheet(grid);
  if (regler === undefined) return DEFAULT_RULES;
  const parsed = parseReglerSheet(regler);
  for (const p of parsed.problems) problems.push(p);
  return parsed.rules;
}

/** Every sheet with a plan header, except Regler, helper sheets named `_…` and generated summaries. */
function findPlanSheets(
  grid: WorkbookGrid,
  generated: ReadonlySet<string> | undefined,
  problems: Problem[],
  layoutOf: (sheet: SheetGrid) => PlanLayout | null,
): { found: { sheet: SheetGrid; layout: PlanLayout }[]; unread: SheetGrid[] } {
  const skip = new Set<string>([sheetKey(REGLER_SHEET_NAME)]);
  for (const name of generated ?? []) skip.add(sheetKey(name));
  const found: { sheet: SheetGrid; layout: PlanLayout }[] = [];
  const unread: SheetGrid[] = [];
  for (const sheet of grid.sheets) {
    if (skip.has(sheetKey(sheet.name)) || sheet.name.startsWith("_")) continue;
    if (isKeptSummarySheet(sheet)) {
      problems.push(makeProblem("KEPT_SUMMARY_SHEET", { sheet: sheet.name, cell: null }, { name: sheet.name }));
      continue;
    }
    const layout = layoutOf(sheet);
    if (layout !== null) found.push({ sheet, layout });
    else unread.push(sheet);
  }
  return { found, unread };
}
