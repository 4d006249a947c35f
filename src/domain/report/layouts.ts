/**
 * `layouts` in the JSON report (SPEC §1a, §7): how each plan sheet was read, for programs. Rows are Excel's 1-based
 * numbers and columns their letters, like `row` and `cell` elsewhere in the report; `description` is the Swedish
 * sentence the CLI and the task pane show.
 */
import { z } from "zod";
import { columnLetters, rowNumber } from "../address/a1";
import { describeLayout } from "../sheet/describe-layout";
import type { PlanLayout } from "../sheet/layout";
import { COLUMN_ALIASES } from "../sheet/column-names";
import type { ColumnKey } from "../sheet/types";

const COLUMN_KEYS = Object.keys(COLUMN_ALIASES) as [ColumnKey, ...ColumnKey[]];

const column = z.string().regex(/^[A-Z]{1,3}$/);
const row = z.number().int().positive();
const level = z.enum(["plan", "goal", "indicator"]);

export const layoutSchema = z.strictObject({
  sheet: z.string(),
  /** header: a SPEC §1 Nivå column; inferred: recognised from the staff's layout; override: Bladtolkning on Regler. */
  origin: z.enum(["header", "inferred", "override"]),
  headerRow: row,
  /** Only the columns the sheet has, by role. */
  columns: z.partialRecord(z.enum(COLUMN_KEYS), column),
  periods: z.array(z.strictObject({ header: z.string(), column, hasValues: z.boolean() })),
  levels: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("level-column"), column }),
    z.strictObject({
      kind: z.literal("level-columns"),
      columns: z.array(z.strictObject({ column, level, word: z.string() })),
    }),
    z.strictObject({
      kind: z.literal("heading-rows"),
      column,
      rowLevel: z.enum(["goal", "indicator"]),
      word: z.string(),
    }),
    z.strictObject({ kind: z.literal("plan-list"), column, word: z.string() }),
  ]),
  headings: z.array(
    z.strictObject({ row, column, level: z.enum(["plan", "goal", "perspective", "owner"]), text: z.string() }),
  ),
  perspectives: z.array(
    z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("column"), column }),
      z.strictObject({ kind: z.literal("heading-rows") }),
      z.strictObject({ kind: z.literal("title-row"), row, name: z.string() }),
      z.strictObject({ kind: z.literal("sheet-name"), name: z.string() }),
    ]),
  ),
  typedAssessments: z.array(column),
  nameWithDnr: z.boolean(),
  description: z.string(),
});

export type ReportLayout = z.infer<typeof layoutSchema>;

export function reportLayout(layout: PlanLayout): ReportLayout {
  const columns: Partial<Record<ColumnKey, string>> = {};
  for (const key of COLUMN_KEYS) {
    const col = layout.columns[key];
    if (col !== undefined) columns[key] = columnLetters(col);
  }
  return {
    sheet: layout.sheet,
    origin: layout.origin,
    headerRow: rowNumber(layout.headerRow),
    columns,
    periods: layout.periods.map((p) => ({ header: p.header, column: columnLetters(p.col), hasValues: p.hasValues })),
    levels: reportLevels(layout.levels),
    headings: layout.headings.map((h) => ({
      row: rowNumber(h.row),
      column: columnLetters(h.col),
      level: h.level,
      text: h.text,
    })),
    perspectives: layout.perspectives.map((p) => {
      switch (p.kind) {
        case "column":
          return { kind: "column" as const, column: columnLetters(p.col) };
        case "heading-rows":
          return { kind: "heading-rows" as const };
        case "title-row":
          return { kind: "title-row" as const, row: rowNumber(p.row), name: p.name };
        case "sheet-name":
          return { kind: "sheet-name" as const, name: p.name };
      }
    }),
    typedAssessments: layout.typedAssessments.map(columnLetters),
    nameWithDnr: layout.nameWithDnr,
    description: describeLayout(layout, "sv"),
  };
}

function reportLevels(levels: PlanLayout["levels"]): ReportLayout["levels"] {
  switch (levels.kind) {
    case "level-column":
      return { kind: "level-column", column: columnLetters(levels.col) };
    case "level-columns":
      return {
        kind: "level-columns",
        columns: levels.columns.map((c) => ({ column: columnLetters(c.col), level: c.level, word: c.word })),
      };
    case "heading-rows":
      return {
        kind: "heading-rows",
        column: columnLetters(levels.nameCol),
        rowLevel: levels.rowLevel,
        word: levels.word,
      };
    case "plan-list":
      return { kind: "plan-list", column: columnLetters(levels.nameCol), word: levels.word };
  }
}
