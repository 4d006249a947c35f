/** The active period (SPEC §5): one Utfall column per run, chosen by the user or the rightmost one with values. */
import { makeProblem, type Problem } from "../problems";
import { normalizeLabel } from "./text";
import type { PeriodColumn, SheetLayout } from "./types";

/** Period headers compare without case or spaces: "Utfall  April" is "utfall april" is "UtfallApril". */
export function periodKey(header: string): string {
  return normalizeLabel(header).replace(/\s+/g, "");
}

function rightmost(columns: readonly PeriodColumn[], withValues: boolean): PeriodColumn | null {
  for (let i = columns.length - 1; i >= 0; i--) {
    const c = columns[i];
    if (c && (!withValues || c.hasValues)) return c;
  }
  return null;
}

/** The period chosen without a request: the first sheet with entered actuals decides. */
function automaticPeriod(layouts: readonly SheetLayout[]): string | null {
  for (const layout of layouts) {
    const filled = rightmost(layout.periods, true);
    if (filled) return filled.header;
  }
  for (const layout of layouts) {
    const last = rightmost(layout.periods, false);
    if (last) return last.header;
  }
  return null;
}

/**
 * Chooses the run's period among the Utfall headers of all plan sheets (distinct, in order of appearance).
 * A request matches a whole header first, else the one header that contains it ("augusti" → "Utfall augusti");
 * no match or several matches give UNKNOWN_PERIOD (error) and period null. Without a request (null or blank):
 * the rightmost Utfall column with a value on the first sheet that has any; when no sheet has values, the
 * rightmost Utfall column of the first sheet that has one.
 */
export function choosePeriod(
  layouts: readonly SheetLayout[],
  requested: string | null,
): { period: string | null; periods: string[]; problems: Problem[] } {
  const byKey = new Map<string, string>();
  for (const layout of layouts) {
    for (const p of layout.periods) {
      const key = periodKey(p.header);
      if (!byKey.has(key)) byKey.set(key, p.header);
    }
  }
  const periods = [...byKey.values()];
  const wanted = requested === null ? "" : periodKey(requested);
  if (wanted === "") return { period: automaticPeriod(layouts), periods, problems: [] };

  const exact = byKey.get(wanted);
  if (exact !== undefined) return { period: exact, periods, problems: [] };
  const partial = [...byKey].filter(([key]) => key.includes(wanted)).map(([, header]) => header);
  if (partial.length === 1 && partial[0] !== undefined) return { period: partial[0], periods, problems: [] };

  const problem = makeProblem(
    "UNKNOWN_PERIOD",
    { sheet: null },
    {
      value: (requested ?? "").trim(),
      available: periods.length > 0 ? periods.join(", ") : "–",
      ...(partial.length > 1 ? { matches: partial.join(", ") } : {}),
    },
  );
  return { period: null, periods, problems: [problem] };
}

/**
 * The column of one sheet that holds the period. A sheet without that header falls back to its own rightmost
 * Utfall column with values, else its rightmost Utfall column, else null (no Utfall column at all).
 */
export function periodColumn(layout: SheetLayout, period: string | null): number | null {
  if (period !== null) {
    const key = periodKey(period);
    const same = layout.periods.find((p) => periodKey(p.header) === key);
    if (same) return same.col;
  }
  return (rightmost(layout.periods, true) ?? rightmost(layout.periods, false))?.col ?? null;
}
