/**
 * One plan sheet: its outline evaluated bottom-up (indicators, goals, plans), in sheet order, and the cells of
 * its Status column. The Status column is only ever written, never read.
 */
import type { EvaluatedPlan, EvaluatedRow, StatusColumnWrite } from "../evaluation";
import { createCellReader, isCellError, type SheetGrid } from "../grid";
import { columnLetters, formatA1, rowNumber } from "../address/a1";
import { sortByPosition } from "../address/order";
import { makeProblem, type Problem } from "../problems";
import { defaultRule } from "../rules/lookup";
import type { Rules } from "../rules/types";
import { normalizeLabel } from "../sheet/text";
import { parseOutline } from "../sheet/outline";
import { periodColumn } from "../sheet/periods";
import { describeLayout } from "../sheet/describe-layout";
import type { PlanLayout } from "../sheet/layout";
import type { ColumnKey, GoalNode, IndicatorNode, PlanNode } from "../sheet/types";
import { freeStatusColumn } from "../sheet/status-column";
import { emptyCounts, type Status, type StatusCounts } from "../status/statuses";
import { type Direction, type DirectionSource } from "../vocabulary";
import { parseAssessment } from "../status/assessment";
import { rollup } from "../status/rollup";
import { readValue } from "../values/read-value";
import type { ReadValue } from "../values/types";
import { at, cellOf, createRawReader, textOf, type SheetContext } from "./context";
import { NameRegistry } from "./duplicates";
import { chooseLevelWord } from "../level-words";
import { applyManual, typedAssessment, type Judged, type TypedAssessment } from "./manual";
import { measureRow, type Measured } from "./measure";
import type { PerspectiveTally } from "./perspectives";

/** What is shared across the sheets of one workbook. */
export interface WorkbookState {
  readonly rules: Rules;
  readonly period: string | null;
  readonly perspectives: PerspectiveTally;
  readonly planNames: NameRegistry;
  readonly problems: Problem[];
  readonly rows: EvaluatedRow[];
  readonly plans: EvaluatedPlan[];
  readonly statusWrites: StatusColumnWrite[];
}

export const STATUS_HEADER = "Status";

export function evaluatePlanSheet(grid: SheetGrid, layout: PlanLayout, state: WorkbookState): void {
  const outline = parseOutline(grid, layout);
  const problems = outline.problems;
  if (layout.origin !== "header") problems.push(layoutInferred(layout));
  const actualCol = periodColumn(layout, state.period);
  const read = createCellReader(grid);
  const ctx: SheetContext = {
    sheet: grid.name,
    layout,
    read,
    readRaw: createRawReader(grid, read),
    actualCol,
    actualHeader: layout.periods.find((p) => p.col === actualCol)?.header ?? null,
    rules: state.rules,
    defaultRule: defaultRule(state.rules),
    problems,
  };
  const cells: StatusCells = [];
  const warnedPerspectives = new Set<string>();
  const rowsBefore = state.rows.length;
  for (const plan of outline.plans) {
    evaluatePlan(ctx, plan, state, cells, warnedPerspectives);
  }
  if (state.rows.length === rowsBefore) problems.push(nothingEvaluated(ctx, outline.problems));
  state.statusWrites.push(statusWrite(ctx, cells, grid));
  // In sheet order, so the task pane lists them top to bottom; a goal's own problems come after its
  // indicators' otherwise. Loops, not push(...spread): 100k arguments overflow the call stack.
  for (const p of sortByPosition(problems, (q) => q.cell)) state.problems.push(p);
}

type StatusCells = { row: number; status: Status }[];

function evaluatePlan(
  ctx: SheetContext,
  plan: PlanNode,
  state: WorkbookState,
  cells: StatusCells,
  warnedPerspectives: Set<string>,
): void {
  if (plan.row !== null) reportDuplicate(ctx, state.planNames, plan.name, plan.row);
  const goalNames = new NameRegistry();
  const rows: EvaluatedRow[] = [];
  const inlineRows = new Set<EvaluatedRow>();
  const indicatorCounts = emptyCounts();
  const goalStatuses: Status[] = [];
  for (const goal of plan.goals) {
    reportDuplicate(ctx, goalNames, goal.name, goal.row);
    const perspective = perspectiveOf(ctx, plan, goal, state, warnedPerspectives);
    const { row, indicators } = evaluateGoal(ctx, plan, goal, perspective);
    rows.push(row);
    if (goal.inline === true) inlineRows.add(row);
    goalStatuses.push(row.status);
    state.perspectives.addGoal(perspective, row.status);
    const goalIndicators = emptyCounts();
    for (const ind of indicators) {
      rows.push(ind);
      indicatorCounts[ind.status]++;
      goalIndicators[ind.status]++;
    }
    // Once per goal, not per indicator: finding the perspective's tally normalises its name.
    if (indicators.length > 0) state.perspectives.addIndicators(perspective, goalIndicators);
  }

  // An inline plan shares its row with a goal: what is typed on that row is the goal's.
  const ownRow = plan.row !== null && plan.inline !== true ? plan.row : null;
  const typed = ownRow === null ? null : typedAssessment(ctx, ownRow);
  const computed = planStatus(
    ctx,
    plan,
    goalStatuses,
    state.rules,
    ownRow !== null && judgedByHand(ctx, ownRow, typed),
  );
  const judged = ownRow === null ? computed.judged : applyManual(ctx, ownRow, computed.judged, typed);
  const comment = ownRow === null ? null : commentOf(ctx, ownRow, typed);
  const owner = (plan.row === null ? null : textOf(ctx, plan.row, "owner")) ?? plan.owner ?? null;
  state.plans.push({
    name: plan.name,
    dnr: plan.dnr,
    sheet: ctx.sheet,
    row: plan.row,
    status: judged.status,
    source: judged.source === "manual" ? "manual" : "rollup",
    explanation: judged.explanation,
    goals: computed.goals,
    indicators: indicatorCounts,
    comment,
    owner,
  });
  const emit = (r: EvaluatedRow, inline = false): void => {
    state.rows.push(r);
    // An inline node's row is its first child's, whose status goes in that cell.
    if (!inline) cells.push({ row: r.row, status: r.status });
  };
  if (plan.row !== null) {
    const perspective =
      plan.perspective === null ? null : (state.perspectives.listedName(plan.perspective) ?? plan.perspective);
    emit(
      {
        sheet: ctx.sheet,
        row: plan.row,
        level: "plan",
        levelText: plan.levelText,
        name: plan.name,
        plan: plan.name,
        goal: null,
        perspective,
        dnr: plan.dnr,
        target: null,
        actual: null,
        direction: null,
        directionSource: null,
        status: judged.status,
        source: judged.source,
        explanation: judged.explanation,
        comment,
        owner,
        children: computed.goals,
      },
      plan.inline === true,
    );
  }
  for (const r of rows) emit(r, inlineRows.has(r));
}

/**
 * SPEC §1a: how a sheet in the staff's own layout (or as set in Bladtolkning) was read, at its header row. A sheet
 * with a Nivå column is read as SPEC §1 says; Evaluation.layouts still describes it for the reports.
 */
function layoutInferred(layout: PlanLayout): Problem {
  return makeProblem(
    "LAYOUT_INFERRED",
    { sheet: layout.sheet, row: layout.headerRow, col: 0 },
    { sv: describeLayout(layout, "sv"), en: describeLayout(layout, "en") },
  );
}

/** SPEC §1a: a plan sheet on which no row could be evaluated is an error, never a clean run. */
function nothingEvaluated(ctx: SheetContext, outlineProblems: readonly Problem[]): Problem {
  const skipped = outlineProblems.filter((p) => p.code === "UNKNOWN_LEVEL" || p.code === "ORPHAN_INDICATOR").length;
  return makeProblem(
    "NOTHING_EVALUATED",
    { sheet: ctx.sheet, row: ctx.layout.headerRow, col: 0 },
    skipped > 0 ? { row: rowNumber(ctx.layout.headerRow), skipped } : { row: rowNumber(ctx.layout.headerRow) },
  );
}

function reportDuplicate(ctx: SheetContext, names: NameRegistry, name: string, row: number): void {
  const here = at(ctx, row, "name");
  const first = names.firstSeen(name, `${ctx.sheet}!${formatA1(here)}`);
  if (first !== null) ctx.problems.push(makeProblem("DUPLICATE_NAME", here, { name, other: first }));
}

/** Whether a row carries a valid manual assessment (typed, or in a strict Bedömning column). */
function judgedByHand(ctx: SheetContext, row: number, typed: TypedAssessment | null): boolean {
  if (typed?.status) return true;
  const col = ctx.layout.columns.assessment;
  if (col === undefined || ctx.layout.typedAssessments.includes(col)) return false;
  const value = ctx.readRaw(row, col);
  const parsed = isCellError(value) ? null : parseAssessment(value);
  return parsed !== null && parsed !== "invalid";
}

/** The comment of a row: the text after a typed arrow first, then the Kommentar cell. */
function commentOf(ctx: SheetContext, row: number, typed: TypedAssessment | null): string | null {
  const own = textOf(ctx, row, "comment");
  const lead = typed?.comment ?? null;
  if (lead === null) return own;
  return own === null ? lead : `${lead}\n${own}`;
}

function planStatus(
  ctx: SheetContext,
  plan: PlanNode,
  goalStatuses: readonly Status[],
  rules: Rules,
  judgedByHand: boolean,
): { judged: Judged; goals: StatusCounts } {
  if (goalStatuses.length === 0 && plan.row !== null && judgedByHand) {
    // A plan judged by hand is followed up by that judgement (SPEC §1a.3): not an empty plan.
    return {
      judged: { status: "missing", source: "none", explanation: { kind: "missing", reason: "plan-judged-by-hand" } },
      goals: emptyCounts(),
    };
  }
  if (goalStatuses.length === 0 && plan.row !== null && ctx.layout.levels.kind === "plan-list") {
    // A plan list holds no goals by design: a plan in it without an assessment is not judged yet, not empty.
    return {
      judged: { status: "missing", source: "none", explanation: { kind: "missing", reason: "plan-not-assessed" } },
      goals: emptyCounts(),
    };
  }
  if (goalStatuses.length === 0 && plan.row !== null) {
    ctx.problems.push(makeProblem("EMPTY_PLAN", at(ctx, plan.row, "name"), { name: plan.name }));
    return {
      judged: { status: "red", source: "rollup", explanation: { kind: "empty-plan", status: "red" } },
      goals: emptyCounts(),
    };
  }
  const word = chooseLevelWord(
    plan.goals.map((g) => g.levelText),
    "goal",
  );
  const r = rollup(goalStatuses, rules.planRollup, word, "goal");
  return { judged: { status: r.status, source: "rollup", explanation: r.explanation }, goals: r.counts };
}

function evaluateGoal(
  ctx: SheetContext,
  plan: PlanNode,
  goal: GoalNode,
  perspective: string | null,
): { row: EvaluatedRow; indicators: EvaluatedRow[] } {
  const indicators = goal.indicators.map((ind) => evaluateIndicatorRow(ctx, plan, goal, ind, perspective));
  const statuses = indicators.map((r) => r.status);
  const counts = emptyCounts();
  for (const s of statuses) counts[s]++;

  const typed = goal.inline === true ? null : typedAssessment(ctx, goal.row);
  const mctx = measuringContext(ctx, typed);
  // An inline goal's row is its first indicator's: the target and actual there are the indicator's.
  const ownCells = goal.inline !== true;
  const hasTarget = ownCells && hasValue(ctx, goal.row, "target");
  // "Ej mätt" on a goal row is no actual of its own: a goal with indicators then rolls up from them.
  const ownActual = ownCells && mctx.actualCol !== null ? readValue(ctx.read(goal.row, mctx.actualCol)) : null;
  const hasActual = ownActual !== null && ownActual.kind !== "not-measured";
  let computed: Judged;
  let measured: Measured | null = null;
  if ((hasTarget && hasActual) || (indicators.length === 0 && (hasTarget || hasActual))) {
    // An aktivt mål: its own target and actual decide, the way an indicator's do.
    measured = measureRow(mctx, goal.row, goal.name);
    computed = measured;
  } else if (indicators.length > 0) {
    const word = chooseLevelWord(
      goal.indicators.map((i) => i.levelText),
      "indicator",
    );
    const r = rollup(statuses, ctx.rules.goalRollup, word, "indicator");
    computed = { status: r.status, source: "rollup", explanation: r.explanation };
  } else {
    // A goal judged by hand needs no measures: the note would only be noise next to its Bedömning.
    if (!hasValue(ctx, goal.row, "assessment") && !typed?.status && goal.inline !== true) {
      ctx.problems.push(makeProblem("GOAL_WITHOUT_MEASURES", at(ctx, goal.row, "name"), { name: goal.name }));
    }
    computed = {
      status: "missing",
      source: "none",
      explanation: { kind: "missing", reason: "goal-without-measures" },
    };
  }
  const judged = goal.inline === true ? computed : applyManual(ctx, goal.row, computed, typed);
  const row = makeRow(ctx, goal.row, plan, {
    level: "goal",
    levelText: goal.levelText,
    name: goal.name,
    goal: null,
    perspective,
    target: measured?.target ?? (ownCells ? readCell(ctx, goal.row, "target") : null),
    actual:
      measured?.actual ?? (!ownCells || mctx.actualCol === null ? null : readValue(ctx.read(goal.row, mctx.actualCol))),
    direction: measured?.direction ?? null,
    directionSource: measured?.directionSource ?? null,
    judged,
    children: counts,
    comment: goal.inline === true ? null : commentOf(ctx, goal.row, typed),
    owner: (goal.inline === true ? null : textOf(ctx, goal.row, "owner")) ?? goal.owner ?? null,
  });
  return { row, indicators };
}

function evaluateIndicatorRow(
  ctx: SheetContext,
  plan: PlanNode,
  goal: GoalNode,
  ind: IndicatorNode,
  perspective: string | null,
): EvaluatedRow {
  const typed = typedAssessment(ctx, ind.row);
  const measured = measureRow(measuringContext(ctx, typed), ind.row, ind.name);
  const judged = applyManual(ctx, ind.row, measured, typed);
  return makeRow(ctx, ind.row, plan, {
    level: "indicator",
    levelText: ind.levelText,
    name: ind.name,
    goal: goal.name,
    perspective,
    target: measured.target,
    actual: measured.actual,
    direction: measured.direction,
    directionSource: measured.directionSource,
    judged,
    children: null,
    comment: commentOf(ctx, ind.row, typed),
    owner: textOf(ctx, ind.row, "owner") ?? ind.owner ?? null,
  });
}

/** An arrow typed in the active Utfall column is an assessment, not an actual: the row is measured without one. */
function measuringContext(ctx: SheetContext, typed: TypedAssessment | null): SheetContext {
  return typed?.status && typed.col === ctx.actualCol ? { ...ctx, actualCol: null } : ctx;
}

interface RowFacts {
  readonly level: "goal" | "indicator";
  readonly levelText: string;
  readonly name: string;
  readonly goal: string | null;
  readonly perspective: string | null;
  readonly target: ReadValue | null;
  readonly actual: ReadValue | null;
  readonly direction: Direction | null;
  readonly directionSource: DirectionSource | null;
  readonly judged: Judged;
  readonly children: StatusCounts | null;
  readonly comment: string | null;
  readonly owner: string | null;
}

/** One literal with every field: spreading partial rows into it made V8 build 100k slow objects. */
function makeRow(ctx: SheetContext, row: number, plan: PlanNode, f: RowFacts): EvaluatedRow {
  return {
    sheet: ctx.sheet,
    row,
    level: f.level,
    levelText: f.levelText,
    name: f.name,
    plan: plan.name,
    goal: f.goal,
    perspective: f.perspective,
    dnr: textOf(ctx, row, "dnr") ?? plan.dnr,
    target: f.target,
    actual: f.actual,
    direction: f.direction,
    directionSource: f.directionSource,
    status: f.judged.status,
    source: f.judged.source,
    explanation: f.judged.explanation,
    comment: f.comment,
    owner: f.owner,
    children: f.children,
  };
}

/**
 * The goal's perspective in the Regler spelling. An unlisted one is reported once per sheet, at the first
 * cell that names it: the goal's own Perspektiv cell, or the plan row's when the goal inherits it.
 */
function perspectiveOf(
  ctx: SheetContext,
  plan: PlanNode,
  goal: GoalNode,
  state: WorkbookState,
  warned: Set<string>,
): string | null {
  if (goal.perspective === null) return null;
  const name = state.perspectives.canonical(goal.perspective);
  if (name === null || !state.perspectives.hasList || state.perspectives.listedName(name) !== null) return name;
  const key = normalizeLabel(name);
  if (!warned.has(key)) {
    warned.add(key);
    const ownCell = hasText(ctx, goal.row, "perspective");
    const row = ownCell || plan.row === null ? goal.row : plan.row;
    ctx.problems.push(makeProblem("UNKNOWN_PERSPECTIVE", at(ctx, row, "perspective"), { value: name }));
  }
  return name;
}

function statusWrite(ctx: SheetContext, cells: StatusCells, grid: SheetGrid): StatusColumnWrite {
  const existing = ctx.layout.columns.status;
  if (existing !== undefined) return { sheet: ctx.sheet, col: existing, addHeader: null, cells };
  const col = freeStatusColumn(grid, ctx.layout.lastHeaderCol);
  const headerRow = ctx.layout.headerRow;
  ctx.problems.push(
    makeProblem("STATUS_COLUMN_ADDED", { sheet: ctx.sheet, row: headerRow, col }, { column: columnLetters(col) }),
  );
  return { sheet: ctx.sheet, col, addHeader: { row: headerRow, text: STATUS_HEADER }, cells };
}

function readCell(ctx: SheetContext, row: number, key: ColumnKey): ReadValue | null {
  const cell = cellOf(ctx, row, key);
  return cell === null ? null : readValue(cell);
}

function hasValue(ctx: SheetContext, row: number, key: ColumnKey): boolean {
  return readCell(ctx, row, key) !== null;
}

function hasText(ctx: SheetContext, row: number, key: ColumnKey): boolean {
  return textOf(ctx, row, key) !== null;
}
