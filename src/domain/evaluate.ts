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

/**
 * What a run is configured with, resolved before a single row is evaluated (issue 13): the rules from the Regler
 * sheet, the plan sheets and their layouts, and the active period. A use case that writes looks at
 * `periodProblems` first and stops before anything is written when the requested period is unknown; validate
 * reports it and falls back.
 */
export interface RunConfig {
  readonly rules: Rules;
  /** Invalid Regler entries (each naming its cell), layout overrides, kept summaries, sheets that cannot be read. */
  readonly configProblems: readonly Problem[];
  readonly planSheets: readonly { readonly sheet: SheetGrid; readonly layout: PlanLayout }[];
  /** The active period; for an unknown request, the automatic choice (so a report still names a period). */
  readonly period: string | null;
  readonly periods: readonly string[];
  /** UNKNOWN_PERIOD (error) when the requested period matches no Utfall header, or several. */
  readonly periodProblems: readonly Problem[];
}

export function resolveRunConfig(grid: WorkbookGrid, options: EvaluateOptions): RunConfig {
  const configProblems: Problem[] = [];
  const rules = readRules(grid, configProblems);
  const chooser = layoutChooser(grid, reglerSheet(grid), configProblems);
  const { found: planSheets, unread } = findPlanSheets(grid, options.generatedSheets, configProblems, (sheet) =>
    chooser.layoutOf(sheet, rules, configProblems),
  );
  for (const p of unreadSheetProblems(unread, planSheets.length)) configProblems.push(p);
  if (planSheets.length === 0) {
    return { rules, configProblems, planSheets, period: null, periods: [], periodProblems: [] };
  }
  const layouts = planSheets.map((s) => s.layout);
  const chosen = choosePeriod(layouts, options.period);
  const period = chosen.period ?? (chosen.problems.length > 0 ? choosePeriod(layouts, null).period : null);
  return { rules, configProblems, planSheets, period, periods: chosen.periods, periodProblems: chosen.problems };
}

export function evaluateWorkbook(grid: WorkbookGrid, options: EvaluateOptions): Evaluation {
  return evaluateWithConfig(resolveRunConfig(grid, options));
}

/** The evaluation of a resolved configuration: the engine proper. */
export function evaluateWithConfig(config: RunConfig): Evaluation {
  const { rules, planSheets, period } = config;
  const problems: Problem[] = [...config.configProblems];
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
  for (const p of config.periodProblems) problems.push(p);

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
    periods: config.periods,
    rules,
    problems,
    rows: state.rows,
    perspectives: state.perspectives.summaries(),
    plans: state.plans,
    statusWrites: state.statusWrites,
    layouts: planSheets.map((s) => s.layout),
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
      problems.push(makeProblem("KEPT_SUMMARY_SHEET", { sheet: sheet.name }, { name: sheet.name }));
      continue;
    }
    const layout = layoutOf(sheet);
    if (layout !== null) found.push({ sheet, layout });
    else unread.push(sheet);
  }
  return { found, unread };
}
