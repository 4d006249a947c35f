/** Which evaluated rows a summary sheet covers, and the counting around them. */
import type { EvaluatedPlan, EvaluatedRow, Evaluation } from "../evaluation";
import { emptyCounts, STATUSES, type StatusCounts } from "../status/statuses";
import { type Level } from "../vocabulary";

/** The report's name for goals without a perspective (evaluation.perspectives lists it last). */
export const NO_PERSPECTIVE = "Utan perspektiv";

const key = (name: string | null): string => (name ?? NO_PERSPECTIVE).trim().toLowerCase();

/**
 * Goal and indicator rows of each perspective, in sheet order, in one pass over the rows; rows without a perspective go
 * to "Utan perspektiv" (names compared trimmed and case-insensitively).
 */
export function rowsByPerspective(rows: readonly EvaluatedRow[], perspectives: readonly string[]): EvaluatedRow[][] {
  const byKey = new Map<string, EvaluatedRow[]>();
  for (const p of perspectives) byKey.set(key(p), []);
  for (const r of rows) {
    if (r.level === "plan") continue;
    byKey.get(key(r.perspective))?.push(r);
  }
  return perspectives.map((p) => [...(byKey.get(key(p)) ?? [])]);
}

/**
 * Goal and indicator rows of one plan, by position as the outline was read (SPEC §1: a goal belongs to the last plan
 * row above it), so two plans of the same name on one sheet stay apart.
 */
export function rowsOfPlan(evaluation: Evaluation, plan: EvaluatedPlan): EvaluatedRow[] {
  const start = plan.row ?? -1;
  const end = evaluation.plans
    .filter((p) => p.sheet === plan.sheet && p.row !== null && p.row > start)
    .reduce((min, p) => Math.min(min, p.row ?? Infinity), Infinity);
  return evaluation.rows.filter((r) => r.sheet === plan.sheet && r.level !== "plan" && r.row > start && r.row < end);
}

/** rowsOfPlan() for every plan at once, without a pass over all rows per plan: same rows, same order. */
export function rowsByPlan(evaluation: Evaluation): EvaluatedRow[][] {
  interface SheetRows {
    readonly rows: EvaluatedRow[];
    readonly planRows: number[];
    /** rows' rows, when ascending (as read); null when not, and the rows are filtered instead. */
    numbers: number[] | null;
  }
  const sheets = new Map<string, SheetRows>();
  for (const p of evaluation.plans) {
    let sheet = sheets.get(p.sheet);
    if (!sheet) sheets.set(p.sheet, (sheet = { rows: [], planRows: [], numbers: null }));
    if (p.row !== null) sheet.planRows.push(p.row);
  }
  for (const r of evaluation.rows) if (r.level !== "plan") sheets.get(r.sheet)?.rows.push(r);
  for (const sheet of sheets.values()) {
    sheet.planRows.sort((a, b) => a - b);
    const numbers = sheet.rows.map((r) => r.row);
    sheet.numbers = numbers.every((n, i) => i === 0 || (numbers[i - 1] ?? -Infinity) <= n) ? numbers : null;
  }

  return evaluation.plans.map((plan) => {
    const sheet = sheets.get(plan.sheet);
    if (!sheet) return rowsOfPlan(evaluation, plan);
    const start = plan.row ?? -1;
    const end = sheet.planRows[firstAbove(sheet.planRows, start)] ?? Infinity;
    const { rows, numbers } = sheet;
    if (!numbers) return rows.filter((r) => r.row > start && r.row < end);
    const from = firstAbove(numbers, start);
    const out: EvaluatedRow[] = [];
    for (let i = from; i < rows.length; i++) {
      const r = rows[i];
      if (!r || r.row >= end) break;
      out.push(r);
    }
    return out;
  });
}

/** Index of the first value above `value` in ascending `values` (values.length when none is). */
function firstAbove(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Infinity) > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function sumCounts(counts: readonly StatusCounts[]): StatusCounts {
  const sum = emptyCounts();
  for (const c of counts) for (const s of STATUSES) sum[s] += c[s];
  return sum;
}

export function countTotal(counts: StatusCounts): number {
  return counts.green + counts.yellow + counts.red + counts.missing;
}

export function levelTexts(rows: readonly EvaluatedRow[], level: Level): string[] {
  return rows.filter((r) => r.level === level).map((r) => r.levelText);
}
