/**
 * A Bladtolkning override turned into the same PlanLayout recognition produces (origin "override"), so the outline,
 * the evaluation and the reports follow the user's reading exactly as they would an inferred one.
 */
import { createCellReader, gridWidth, type SheetGrid } from "../grid";
import { columnLetters } from "../address/a1";
import { makeProblem, type Problem } from "../problems";
import type { SheetOverride } from "../rules/bladtolkning";
import { hasValue } from "./header-row";
import type { HeadingRow, LevelColumn, LevelSource, PerspectiveSource, PlanLayout } from "./layout";
import { ownerName, perspectiveName } from "./layout-words";
import { leadingAssessment } from "../status/assessment";
import { cellText, displayLabel } from "./text";
import type { ColumnKey, PeriodColumn } from "./types";

/**
 * The layout the override describes, or null (with a RULES_INVALID at the override's first cell) when it names no
 * way to find the rows' levels and names. `inferred` is what recognition made of the sheet: where the override is
 * silent on perspective sources and name+Dnr cells, those are kept.
 */
export function layoutFromOverride(
  grid: SheetGrid,
  override: SheetOverride,
  inferred: PlanLayout | null,
  reglerSheet: string,
  perspectives: readonly string[],
): { layout: PlanLayout | null; problems: Problem[] } {
  const read = createCellReader(grid);
  const headerRow = override.headerRow;
  const header = (col: number): string => displayLabel(cellText(read(headerRow, col).value));
  const columns: Partial<Record<ColumnKey, number>> = {};
  const periodCols: number[] = [];
  const levelColumns: LevelColumn[] = [];
  const typed: number[] = [];
  let levelCol: number | null = null;
  for (const { col, role } of [...override.columns].sort((a, b) => a.col - b.col)) {
    switch (role.kind) {
      case "level-column":
        levelCol = col;
        break;
      case "level":
        // The word the user typed: the header may say more ("Strategiskt mål Patient").
        levelColumns.push({ col, level: role.level, word: role.word });
        break;
      case "column":
        columns[role.key] ??= col;
        break;
      case "period":
        periodCols.push(col);
        break;
      case "typed":
        typed.push(col);
        break;
      case "ignore":
        break;
    }
  }

  const nameCol = columns.name;
  let levels: LevelSource;
  if (levelCol !== null && nameCol !== undefined) {
    columns.level = levelCol;
    levels = { kind: "level-column", col: levelCol };
  } else if (levelColumns.length > 0 && levelColumns.every((c) => c.level === "plan")) {
    const first = levelColumns[0] as LevelColumn;
    levels = { kind: "plan-list", nameCol: first.col, word: header(first.col) || first.word };
    columns.name ??= first.col;
  } else if (levelColumns.length > 0) {
    levels = { kind: "level-columns", columns: levelColumns };
    // Problems about a row's name point at its innermost level column, as recognition's layouts do.
    columns.name ??= (levelColumns[levelColumns.length - 1] as LevelColumn).col;
  } else if (nameCol !== undefined) {
    const goalHeadings = override.headings.some((h) => h.level === "goal");
    levels = {
      kind: "heading-rows",
      nameCol,
      rowLevel: goalHeadings || !override.headings.some((h) => h.level === "plan") ? "indicator" : "goal",
      word: header(nameCol) || "Mätetal",
    };
  } else {
    const problem = makeProblem(
      "RULES_INVALID",
      { sheet: reglerSheet, ...override.cell },
      { issue: "bladtolkning-no-name-column", sheet: override.sheet },
    );
    return { layout: null, problems: [problem] };
  }

  // Assessments typed with text beside them are the staff's way outside the strict Nivå layout.
  // Outside the Nivå layout staff type arrows where the result goes (SPEC §1a.4): in Bedömning, and in an Utfall
  // column that holds one (as recognition decides, so a saved reading reads back the same; an Utfall column's
  // arrows count only as the active period's).
  if (levels.kind !== "level-column") {
    if (columns.assessment !== undefined && !typed.includes(columns.assessment)) typed.push(columns.assessment);
    for (const col of periodCols) {
      if (typed.includes(col)) continue;
      for (let row = headerRow + 1; row < grid.values.length; row++) {
        if (leadingAssessment(grid.values[row]?.[col] ?? null) !== null) {
          typed.push(col);
          break;
        }
      }
    }
  }

  const textCol =
    levels.kind === "level-columns" ? (levels.columns[0]?.col ?? 0) : "nameCol" in levels ? levels.nameCol : levels.col;
  const headings: HeadingRow[] = override.headings.map(({ row, level }) => {
    // The cell that names the heading: an owner's or perspective's name where the row has one (an owner heading in
    // a level column stands beside the goal text continuing from above), else the row's first text.
    const cells = rowTexts(grid, read, row);
    const named = (name: (text: string) => string | null) => {
      for (const c of cells) {
        const n = name(c.text);
        if (n !== null) return { col: c.col, text: n };
      }
      return null;
    };
    const found =
      level === "owner"
        ? named(ownerName)
        : level === "perspective"
          ? named((t) => perspectiveName(t, perspectives))
          : null;
    const first = cells.find((c) => c.col === textCol) ?? cells[0];
    return { row, level, ...(found ?? { col: first?.col ?? textCol, text: first?.text ?? "" }) };
  });

  const perspectiveSources: PerspectiveSource[] = [];
  if (columns.perspective !== undefined) perspectiveSources.push({ kind: "column", col: columns.perspective });
  if (headings.some((h) => h.level === "perspective")) perspectiveSources.push({ kind: "heading-rows" });
  for (const s of inferred?.perspectives ?? []) {
    if (s.kind === "title-row" || s.kind === "sheet-name") perspectiveSources.push(s);
  }

  const width = gridWidth(grid);
  let lastHeaderCol = -1;
  for (let col = 0; col < width; col++) if (header(col) !== "") lastHeaderCol = col;
  for (const { col } of override.columns) lastHeaderCol = Math.max(lastHeaderCol, col);

  const periods: PeriodColumn[] = periodCols.map((col) => {
    let filled = false;
    for (let row = headerRow + 1; row < grid.values.length && !filled; row++) filled = hasValue(read(row, col).value);
    return {
      header: header(col) || `Utfall ${columnLetters(col)}`,
      col,
      hasValues: filled,
    };
  });

  return {
    layout: {
      sheet: grid.name,
      headerRow,
      columns,
      periods,
      lastHeaderCol,
      origin: "override",
      levels,
      headings,
      perspectives: perspectiveSources,
      typedAssessments: typed,
      nameWithDnr: inferred?.nameWithDnr ?? false,
    },
    problems: [],
  };
}

/** The texts of a heading row, left to right. */
function rowTexts(
  grid: SheetGrid,
  read: ReturnType<typeof createCellReader>,
  row: number,
): { col: number; text: string }[] {
  const width = gridWidth(grid);
  const texts: { col: number; text: string }[] = [];
  for (let col = 0; col < width; col++) {
    const text = displayLabel(cellText(read(row, col).value));
    if (text !== "") texts.push({ col, text });
  }
  return texts;
}
