/** Reads the `Regler` sheet (SPEC §4): every entry that cannot be used is reported with its cell and replaced by its default. */
import { createCellReader, gridWidth, isCellError, type SheetGrid } from "../grid";
import type { CellPosition } from "../address/cell-address";
import { makeProblem, type Problem } from "../problems";
import { cellText, compactLabel } from "../sheet/text";
import { formatNumberText } from "./number-text";
import {
  LEGEND_COLUMNS,
  ROLLUP_COLUMNS,
  RULE_COLUMNS,
  SECTIONS,
  type ColumnSpec,
  type SectionKey,
} from "./regler-layout";
import { reglerIssueOf, type ReglerIssue } from "./regler-issues";
import { reglerInputSchema, type CellInput, type RawRules } from "./schema";
import { DEFAULT_RULES } from "./defaults";
import type { Rules } from "./types";

export type Reader = ReturnType<typeof createCellReader>;

export interface Located<T> {
  readonly value: T;
  readonly cell: CellPosition;
}

/** One row of a section's table: each field's value and the cell it came from. */
export type TableRow<K extends string> = Readonly<Record<K, Located<CellInput>>>;

export interface Section {
  readonly key: SectionKey;
  readonly headingRow: number;
  /** Non-blank rows below the heading, up to the next heading. */
  readonly rows: readonly number[];
}

/** Cell content for validation: a percent-formatted number becomes the text the user sees ("10 %"). */
function cellInput(read: Reader, row: number, col: number): CellInput {
  const { value, format } = read(row, col);
  if (value === null || isCellError(value) || typeof value === "boolean") return value;
  if (typeof value === "number") return format?.includes("%") ? `${formatNumberText(value * 100)} %` : value;
  const text = value.trim();
  return text === "" ? null : text;
}

function plainRow<K extends string>(row: TableRow<K>): Record<K, CellInput> {
  const out = {} as Record<K, CellInput>;
  for (const key of Object.keys(row) as K[]) out[key] = row[key].value;
  return out;
}

function sectionOf(text: string): SectionKey | null {
  const key = compactLabel(text);
  if (key === "") return null;
  for (const [section, spec] of Object.entries(SECTIONS) as [SectionKey, (typeof SECTIONS)[SectionKey]][]) {
    if (spec.aliases.some((a) => compactLabel(a) === key)) return section;
  }
  return null;
}

/**
 * Parses the Regler sheet into Rules. Sections are found by their heading in column A, in any order; a missing
 * section keeps its defaults, a repeated one is reported and ignored. Never throws.
 */
export function parseReglerSheet(grid: SheetGrid): { rules: Rules; problems: Problem<"RULES_INVALID">[] } {
  const read = createCellReader(grid);
  const width = Math.max(gridWidth(grid), RULE_COLUMNS.length);
  const sheet = grid.name;
  const problems: Problem<"RULES_INVALID">[] = [];
  const invalid = (cell: CellPosition | null, issue: ReglerIssue): void => {
    problems.push(makeProblem("RULES_INVALID", cell === null ? { sheet } : { sheet, ...cell }, issue));
  };

  const sections = findSections(grid, read, width, invalid);
  const table = <K extends string>(section: Section | undefined, columns: readonly ColumnSpec<K>[]) =>
    section ? readTable(section, columns, read, width, invalid) : null;

  const ruleRows = table(sections.get("indicatorRules"), RULE_COLUMNS);
  const rollupRows = table(sections.get("rollups"), ROLLUP_COLUMNS) ?? [];
  const legendRows = table(sections.get("legend"), LEGEND_COLUMNS) ?? [];
  const perspectiveCells = (sections.get("perspectives")?.rows ?? []).flatMap((row) => {
    const value = cellInput(read, row, 0);
    return value === null ? [] : [{ value, cell: { row, col: 0 } }];
  });
  const lowerIsBetterCells = (sections.get("lowerIsBetter")?.rows ?? []).flatMap((row) => {
    const value = cellInput(read, row, 0);
    return value === null ? [] : [{ value, cell: { row, col: 0 } }];
  });
  const defaultRow = sections.get("defaultRule")?.rows.find((row) => cellInput(read, row, 0) !== null);
  const defaultCell =
    defaultRow === undefined ? null : { value: cellInput(read, defaultRow, 0), cell: { row: defaultRow, col: 0 } };

  const values = <K extends string>(rows: readonly TableRow<K>[]): Record<K, CellInput>[] => rows.map(plainRow);
  let input: RawRules = {
    perspectives: perspectiveCells.map((p) => p.value),
    indicatorRules: ruleRows === null ? null : values(ruleRows),
    rollups: values(rollupRows),
    defaultRule: defaultCell?.value ?? null,
    legend: values(legendRows),
    lowerIsBetter: lowerIsBetterCells.map((m) => m.value),
  };

  const cellAt = (path: readonly PropertyKey[]): CellPosition | null => {
    const [section, index, field] = path;
    if (section === "defaultRule") return defaultCell?.cell ?? sectionCell(sections, "indicatorRules");
    if (typeof index !== "number") return null;
    if (section === "perspectives") return perspectiveCells[index]?.cell ?? null;
    if (section === "lowerIsBetter") return lowerIsBetterCells[index]?.cell ?? null;
    const tables: Readonly<Record<string, readonly TableRow<string>[] | null>> = {
      indicatorRules: ruleRows,
      rollups: rollupRows,
      legend: legendRows,
    };
    const rows = typeof section === "string" ? tables[section] : null;
    const row = rows?.[index];
    if (!row) return null;
    const located = typeof field === "string" ? row[field] : undefined;
    return (located ?? Object.values(row)[0])?.cell ?? null;
  };

  // Each round reports what zod found and replaces it by its default; entries only ever get simpler, so this ends.
  const reported = new Set<string>();
  for (let round = 0; round < 10; round++) {
    const result = reglerInputSchema.safeParse(input);
    if (result.success) return { rules: result.data, problems };
    for (const zodIssue of result.error.issues) {
      const issue = reglerIssueOf(zodIssue);
      const key = `${zodIssue.path.join("/")}:${JSON.stringify(issue)}`;
      if (!reported.has(key)) {
        reported.add(key);
        invalid(cellAt(zodIssue.path), issue);
      }
      input = withFallback(input, zodIssue.path);
    }
  }
  return { rules: DEFAULT_RULES, problems };
}

/** The key field of a table row: without it the row means nothing and is dropped. */
const KEY_FIELDS = new Set(["name", "level", "status"]);

/** The input with the entry at `path` reset to its default: a field becomes empty, an unusable row is dropped. */
function withFallback(input: RawRules, path: readonly PropertyKey[]): RawRules {
  const [section, index, field] = path;
  if (section === "defaultRule") return { ...input, defaultRule: null };
  if (typeof index !== "number") return input;
  if (section === "perspectives")
    return { ...input, perspectives: input.perspectives.map((p, i) => (i === index ? null : p)) };
  if (section === "lowerIsBetter")
    return { ...input, lowerIsBetter: input.lowerIsBetter.map((m, i) => (i === index ? null : m)) };
  const reset = <R extends Readonly<Record<string, CellInput>>>(rows: readonly (R | null)[]): (R | null)[] =>
    rows.map((row, i) => {
      if (i !== index || row === null) return row;
      if (typeof field !== "string" || KEY_FIELDS.has(field) || row[field] === null || !(field in row)) return null;
      return { ...row, [field]: null };
    });
  if (section === "indicatorRules" && input.indicatorRules)
    return { ...input, indicatorRules: reset(input.indicatorRules) };
  if (section === "rollups") return { ...input, rollups: reset(input.rollups) };
  if (section === "legend") return { ...input, legend: reset(input.legend) };
  return input;
}

function sectionCell(sections: ReadonlyMap<SectionKey, Section>, key: SectionKey): CellPosition | null {
  const s = sections.get(key);
  return s ? { row: s.headingRow, col: 0 } : null;
}

export function findSections(
  grid: SheetGrid,
  read: Reader,
  width: number,
  invalid: (cell: CellPosition | null, issue: ReglerIssue) => void,
): Map<SectionKey, Section> {
  const headings: { row: number; key: SectionKey }[] = [];
  for (let row = 0; row < grid.values.length; row++) {
    const key = sectionOf(cellText(read(row, 0).value));
    if (key) headings.push({ row, key });
  }
  const sections = new Map<SectionKey, Section>();
  headings.forEach(({ row, key }, i) => {
    if (sections.has(key)) {
      invalid({ row, col: 0 }, { issue: "duplicate-section", section: key });
      return;
    }
    const end = headings[i + 1]?.row ?? grid.values.length;
    const rows: number[] = [];
    for (let r = row + 1; r < end; r++) {
      for (let c = 0; c < width; c++) {
        if (cellText(read(r, c).value) !== "") {
          rows.push(r);
          break;
        }
      }
    }
    sections.set(key, { key, headingRow: row, rows });
  });
  return sections;
}

/**
 * A section's table. Its first row is the header when it names any known column; columns are then found by name,
 * in any order. Without a header row the columns are taken in the builder's order (A, B, C…).
 * A header without the table's key column (Namn, Nivå, Status) makes the table unreadable: reported, defaults kept.
 */
export function readTable<K extends string>(
  section: Section,
  columns: readonly ColumnSpec<K>[],
  read: Reader,
  width: number,
  invalid: (cell: CellPosition | null, issue: ReglerIssue) => void,
): TableRow<K>[] | null {
  const [first, ...rest] = section.rows;
  if (first === undefined) return [];
  const found = new Map<K, number>();
  for (let col = 0; col < width; col++) {
    const key = compactLabel(cellText(read(first, col).value));
    const spec = columns.find((c) => c.aliases.some((a) => compactLabel(a) === key));
    if (key !== "" && spec && !found.has(spec.key)) found.set(spec.key, col);
  }
  let dataRows = section.rows;
  if (found.size > 0) {
    dataRows = rest;
    const keyColumn = columns[0];
    if (keyColumn && !found.has(keyColumn.key)) {
      invalid(
        { row: first, col: 0 },
        {
          issue: "table-without-key-column",
          section: section.key,
          column: keyColumn.header,
        },
      );
      return null;
    }
  } else {
    columns.forEach((c, i) => found.set(c.key, i));
  }
  return dataRows.flatMap((row) => {
    const entry = {} as Record<K, Located<CellInput>>;
    let filled = false;
    for (const c of columns) {
      const col = found.get(c.key);
      const value = col === undefined ? null : cellInput(read, row, col);
      filled ||= value !== null;
      entry[c.key] = { value, cell: { row, col: col ?? 0 } };
    }
    // Text beside the table (a note in column H) is not an entry.
    return filled ? [entry] : [];
  });
}
