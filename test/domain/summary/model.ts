/**
 * Small hand-written evaluated workbooks for the summary tests: plan sheets described as nested plans, goals and
 * indicators with their statuses; rows take the sheet's rows in order, counts are tallied from the statuses.
 */
import type { EvaluatedPlan, EvaluatedRow, Evaluation, PerspectiveSummary } from "../../../src/domain/evaluation";
import { DEFAULT_RULES } from "../../../src/domain/rules/defaults";
import { emptyCounts, type Status, type StatusCounts } from "../../../src/domain/status/statuses";
import { NO_PERSPECTIVE } from "../../../src/domain/summary/scope";
import type { ReadValue } from "../../../src/domain/values/types";
import { excelRow } from "../../support/adr";

export interface IndicatorSpec {
  readonly name: string;
  readonly status: Status;
  readonly levelText?: string;
  readonly target?: string;
  readonly actual?: string;
  readonly comment?: string;
  readonly owner?: string;
}

export interface GoalSpec {
  readonly name: string;
  readonly status: Status;
  readonly perspective?: string | null;
  readonly levelText?: string;
  readonly comment?: string;
  readonly indicators?: readonly IndicatorSpec[];
}

export interface PlanSpec {
  readonly name: string;
  readonly status: Status;
  /** false: the implicit plan named after the sheet (goals above any plan row). */
  readonly hasRow?: boolean;
  readonly levelText?: string;
  readonly dnr?: string;
  readonly comment?: string;
  readonly goals: readonly GoalSpec[];
}

export interface SheetSpec {
  readonly sheet: string;
  readonly plans: readonly PlanSpec[];
}

export const text = (t: string): ReadValue => ({
  kind: "unparseable",
  value: null,
  unit: null,
  reason: "text",
  text: t,
  comparison: null,
});

const count = (statuses: readonly Status[]): StatusCounts => {
  const c = emptyCounts();
  for (const s of statuses) c[s] += 1;
  return c;
};

function baseRow(
  sheet: string,
  row: number,
  plan: string,
): Omit<EvaluatedRow, "level" | "levelText" | "name" | "status"> {
  return {
    sheet,
    row,
    plan,
    goal: null,
    perspective: null,
    dnr: null,
    target: null,
    actual: null,
    direction: null,
    directionSource: null,
    source: "computed",
    explanation: { kind: "missing", reason: "no-target" },
    comment: null,
    owner: null,
    children: null,
  };
}

export function buildEvaluation(
  sheets: readonly SheetSpec[],
  options: { perspectives?: readonly string[]; period?: string | null; legend?: Record<Status, string> } = {},
): Evaluation {
  const rows: EvaluatedRow[] = [];
  const plans: EvaluatedPlan[] = [];
  for (const { sheet, plans: planSpecs } of sheets) {
    let r = excelRow(2); // below the header in row 1
    for (const p of planSpecs) {
      const planRow = p.hasRow === false ? null : r++;
      if (planRow !== null) {
        rows.push({
          ...baseRow(sheet, planRow, p.name),
          level: "plan",
          levelText: p.levelText ?? "Plan",
          name: p.name,
          status: p.status,
          dnr: p.dnr ?? null,
          comment: p.comment ?? null,
        });
      }
      for (const g of p.goals) {
        rows.push({
          ...baseRow(sheet, r++, p.name),
          level: "goal",
          levelText: g.levelText ?? "Mål",
          name: g.name,
          status: g.status,
          perspective: g.perspective ?? null,
          comment: g.comment ?? null,
        });
        for (const i of g.indicators ?? []) {
          rows.push({
            ...baseRow(sheet, r++, p.name),
            level: "indicator",
            levelText: i.levelText ?? "Mätetal",
            name: i.name,
            goal: g.name,
            status: i.status,
            perspective: g.perspective ?? null,
            target: i.target === undefined ? null : text(i.target),
            actual: i.actual === undefined ? null : text(i.actual),
            comment: i.comment ?? null,
            owner: i.owner ?? null,
          });
        }
      }
      plans.push({
        name: p.name,
        dnr: p.dnr ?? null,
        sheet,
        row: planRow,
        status: p.status,
        source: "rollup",
        explanation: { kind: "empty-plan", status: "red" },
        goals: count(p.goals.map((g) => g.status)),
        indicators: count(p.goals.flatMap((g) => (g.indicators ?? []).map((i) => i.status))),
        comment: p.comment ?? null,
        owner: null,
      });
    }
  }

  const names = [...(options.perspectives ?? [])];
  for (const row of rows) {
    if (row.level === "goal" && row.perspective !== null && !names.includes(row.perspective))
      names.push(row.perspective);
  }
  if (rows.some((r) => r.level === "goal" && r.perspective === null)) names.push(NO_PERSPECTIVE);
  const perspectives: PerspectiveSummary[] = names.map((name) => {
    const inScope = rows.filter((r) => (r.perspective ?? NO_PERSPECTIVE) === name);
    return {
      name,
      goals: count(inScope.filter((r) => r.level === "goal").map((r) => r.status)),
      indicators: count(inScope.filter((r) => r.level === "indicator").map((r) => r.status)),
    };
  });

  return {
    period: options.period === undefined ? "Utfall april" : options.period,
    periods: ["Utfall april"],
    rules: options.legend ? { ...DEFAULT_RULES, legend: options.legend } : DEFAULT_RULES,
    problems: [],
    rows,
    perspectives,
    plans,
    statusWrites: [],
    layouts: [],
  };
}
