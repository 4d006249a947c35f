/**
 * Recognising how a sheet is laid out (SPEC §1, §1a): the one place that decides; everything downstream reads the
 * PlanLayout it returns.
 *
 * A sheet with a Nivå column is read exactly as SPEC §1 says. Otherwise the first of its first 20 rows whose
 * headers name levels (`Strategiskt mål | Framgångsfaktor`), a plan list (`Handlingsplan | Diarienummer`) or a
 * name column beside targets, actuals or assessments is the header, and one pass over the rows below finds the
 * heading rows, owner names, typed assessments and names with a Dnr. Text and position decide; a table of
 * something else (a budget, a staff list, a pivot) names no level and no target and is left alone.
 */
import {
  createCellReader,
  gridWidth,
  type CellLook,
  type CellRange,
  type SheetFormatting,
  type SheetGrid,
} from "../grid";
import type { Level } from "../vocabulary";
import { leadingAssessment } from "../status/assessment";
import { findLayout, firstDataRow, firstHeaderRow, hasValue } from "./header-row";
import { matchHeader } from "./column-names";
import {
  headerLevelWord,
  isNote,
  isPlanHeading,
  isTargetLikeHeader,
  ownerName,
  perspectiveName,
  sheetPerspective,
  splitNameAndDnr,
} from "./layout-words";
import {
  nivaLayout,
  type HeadingRow,
  type LevelColumn,
  type LevelSource,
  type PerspectiveSource,
  type PlanLayout,
} from "./layout";
import { cellText, displayLabel, normalizeLabel } from "./text";
import type { ColumnKey, PeriodColumn } from "./types";

export interface RecognizeOptions {
  /** The Regler sheet's perspective names: a heading or sheet named after one gives that perspective. */
  readonly perspectives: readonly string[];
}

/** The sheet's layout, or null when it is not a plan sheet (a budget, a staff list, a pivot of numbers). */
export function recognizeLayout(grid: SheetGrid, options: RecognizeOptions): PlanLayout | null {
  const header = findLayout(grid);
  if (header !== null) return nivaLayout(header);
  const candidate = findOwnHeader(grid);
  return candidate === null ? null : readOwnLayout(grid, candidate, options);
}

type Reader = (row: number, col: number) => string;

/** A header row of a sheet in the staff's own layout, before the rows below it are looked at. */
export interface OwnHeader {
  readonly row: number;
  readonly columns: Partial<Record<ColumnKey, number>>;
  readonly periods: readonly { readonly header: string; readonly col: number }[];
  /** Columns named with a level word, left to right, with the level their position gives them. */
  readonly levelColumns: readonly LevelColumn[];
  readonly kind: "level-columns" | "heading-rows" | "plan-list";
  /** The name column for heading rows and plan lists. */
  readonly nameCol: number;
  readonly nameWord: string;
  readonly lastHeaderCol: number;
  /** Every column headed Status, left to right: staff sometimes type their own arrows under that word. */
  readonly statusCols: readonly number[];
}

/** The first of the first 20 rows that reads as the header of a plan in the staff's own layout. */
export function findOwnHeader(grid: SheetGrid): OwnHeader | null {
  const read = textReader(grid);
  const width = gridWidth(grid);
  return firstHeaderRow(grid, (row) => ownHeaderAt(grid, read, width, row));
}

function textReader(grid: SheetGrid): Reader {
  const read = createCellReader(grid);
  return (row, col) => cellText(read(row, col).value);
}

function mergeContinuations(merges: readonly CellRange[], row: number): Set<number> {
  const cols = new Set<number>();
  for (const m of merges) {
    if (m.top > row || m.bottom < row) continue;
    for (let c = m.left + 1; c <= m.right; c++) cols.add(c);
  }
  return cols;
}

/** Where staff write their comments in their own tables, besides the Kommentar words of SPEC §1. */
const OWN_COMMENT_WORDS: ReadonlySet<string> = new Set([
  "beskrivning",
  "förklaring",
  "kommentar/analys",
  "analys/kommentar",
]);

const LEVEL_ORDER: Readonly<Record<Level, number>> = { plan: 0, goal: 1, indicator: 2 };
const BY_ORDER: readonly Level[] = ["plan", "goal", "indicator"];

function ownHeaderAt(grid: SheetGrid, read: Reader, width: number, row: number): OwnHeader | null {
  const continuations = mergeContinuations(grid.merges, row);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const periods: { header: string; col: number }[] = [];
  const levels: { col: number; level: Level; word: string }[] = [];
  const statusCols: number[] = [];
  let lastHeaderCol = -1;
  for (let col = 0; col < width; col++) {
    const text = read(row, col);
    if (text === "") continue;
    lastHeaderCol = col;
    if (continuations.has(col)) continue;
    if (isTargetLikeHeader(text)) {
      columns.target ??= col;
      continue;
    }
    const match = matchHeader(text);
    if (match?.kind === "period") {
      periods.push({ header: displayLabel(text), col });
      continue;
    }
    if (match?.kind === "column") {
      if (match.key === "status") statusCols.push(col);
      if (match.key !== "level") columns[match.key] ??= col;
      continue;
    }
    if (columns.comment === undefined && OWN_COMMENT_WORDS.has(normalizeLabel(text))) {
      columns.comment = col;
      continue;
    }
    const level = headerLevelWord(text);
    if (level !== null) levels.push({ col, level: level.level, word: level.word });
  }

  // "Nyckeltal | Mål | Resultat": a plain Mål right of the indicators is their target, not a level.
  if (columns.target === undefined) {
    const firstIndicator = levels.find((l) => l.level === "indicator")?.col ?? Number.POSITIVE_INFINITY;
    const at = levels.findIndex((l) => l.col > firstIndicator && normalizeLabel(l.word) === "mål");
    const asTarget = levels[at];
    if (asTarget !== undefined) {
      columns.target = asTarget.col;
      levels.splice(at, 1);
    }
  }
  const valueCols = [columns.target, columns.assessment, ...periods.map((p) => p.col)].filter(
    (c): c is number => c !== undefined,
  );
  const hasData = valueCols.length > 0;
  const firstValueCol = Math.min(...valueCols, Number.POSITIVE_INFINITY);
  // A level or name column right of the numbers is a label of something else ("Budget | Utfall | Mål").
  const leftOfValues = levels.filter((l) => l.col < firstValueCol);
  const base = { row, columns, periods, lastHeaderCol, statusCols };

  if (leftOfValues.length >= 2) {
    const levelColumns = positionalLevels(leftOfValues);
    const anyInfo = hasData || columns.comment !== undefined || columns.status !== undefined;
    if (levelColumns.length >= 2 && anyInfo) {
      const inner = levelColumns[levelColumns.length - 1] as LevelColumn;
      return { ...base, levelColumns, kind: "level-columns", nameCol: inner.col, nameWord: inner.word };
    }
  }
  const single = leftOfValues.length === 1 ? leftOfValues[0] : undefined;
  if (single?.level === "plan") {
    const info = [columns.dnr, columns.assessment, columns.comment, ...periods.map((p) => p.col)];
    if (info.some((c) => c !== undefined)) {
      return { ...base, levelColumns: [], kind: "plan-list", nameCol: single.col, nameWord: single.word };
    }
    return null;
  }
  if (single !== undefined && hasData) {
    return { ...base, levelColumns: [single], kind: "heading-rows", nameCol: single.col, nameWord: single.word };
  }
  // A plain Namn column needs a target or an assessment beside it: a name with actuals alone is a budget.
  const name = columns.name;
  if (leftOfValues.length === 0 && name !== undefined && name < firstValueCol) {
    if (columns.target !== undefined || columns.assessment !== undefined) {
      return { ...base, levelColumns: [], kind: "heading-rows", nameCol: name, nameWord: "" };
    }
  }
  return null;
}

/**
 * Levels by position (SPEC §1a.1): each level column to the left of another is an outer level. The rightmost keeps
 * its word's level; a column whose word names the same level as the one to its right, or an inner one, steps out
 * (`Strategiskt mål | Framgångsfaktor | Mätetal` is plan, goal, indicator). A column with no level left outside
 * is ignored.
 */
function positionalLevels(levels: readonly { col: number; level: Level; word: string }[]): LevelColumn[] {
  const out: LevelColumn[] = [];
  // Two goal words and no indicator (`Fokusområde | Insatsområde`): the inner column holds what is judged row by
  // row, as indicators do; the outer one is the goal. A plan word on the left keeps its plan.
  const noIndicator = levels.every((l) => l.level !== "indicator");
  const planOutside = levels[0]?.level === "plan";
  let innerOrder =
    noIndicator && !planOutside && levels.length >= 2 ? LEVEL_ORDER.indicator + 1 : Number.POSITIVE_INFINITY;
  for (let i = levels.length - 1; i >= 0; i--) {
    const l = levels[i];
    if (!l) continue;
    const order =
      i === levels.length - 1 && innerOrder <= LEVEL_ORDER.indicator + 1
        ? innerOrder - 1
        : Math.min(LEVEL_ORDER[l.level], innerOrder - 1);
    if (order < 0) continue;
    const level = BY_ORDER[order] as Level;
    out.unshift({ col: l.col, level, word: l.word });
    innerOrder = order;
  }
  return out;
}

/** The rows below a header, read once: headings, typed assessments, Dnr in names, and the perspective sources. */
function readOwnLayout(grid: SheetGrid, header: OwnHeader, options: RecognizeOptions): PlanLayout | null {
  const read = textReader(grid);
  const start = firstDataRow(grid, header.row);
  const columns = ownColumns(grid, header, start);
  const statusCol = columns.status;
  const width = Math.max(header.lastHeaderCol + 1, 1);
  const typedCandidates = [columns.assessment, ...header.periods.map((p) => p.col)].filter(
    (c): c is number => c !== undefined,
  );
  const typed = new Set<number>();
  if (columns.assessment !== undefined) typed.add(columns.assessment);
  let nameWithDnr = false;
  const headings: HeadingRow[] = [];
  const scan = header.kind === "level-columns" ? scanLevelColumns : header.kind === "plan-list" ? scanPlanList : null;
  const generic = new GenericHeadings();
  const looks = grid.formatting;
  const valueCols = new Set(
    [columns.target, columns.assessment, columns.baseline, ...header.periods.map((p) => p.col)].filter(
      (c): c is number => c !== undefined,
    ),
  );

  const noteTyped = (row: number): void => {
    for (const col of typedCandidates) {
      if (!typed.has(col) && leadingAssessment(grid.values[row]?.[col] ?? null) !== null) typed.add(col);
    }
  };
  const noteDnr = (text: string): void => {
    if (!nameWithDnr && text.includes("\n") && splitNameAndDnr(text).dnr !== null) nameWithDnr = true;
  };

  const state: ScanState = { previous: new Map<number, string>(), headings, options };
  for (let row = start; row < grid.values.length; row++) {
    if (scan !== null) {
      const isData = scan(read, header, row, width, statusCol, state, noteDnr);
      if (isData) noteTyped(row);
      continue;
    }
    // Heading rows: text only at or left of the name column, nothing in the columns to its right.
    let text = "";
    let textCol = -1;
    for (let col = 0; col <= header.nameCol; col++) {
      const t = read(row, col);
      if (t !== "") {
        text = t;
        textCol = col;
        break;
      }
    }
    let right = false;
    let values = false;
    for (let col = header.nameCol + 1; col < width && !values; col++) {
      if (col !== statusCol && read(row, col) !== "") {
        right = true;
        values = valueCols.has(col);
      }
    }
    // Formatting breaks the tie for a row with a note but no target, actual or assessment: bold, italic or filled
    // like a heading, it is one.
    if (right && !values && textCol >= 0 && isMarked(looks?.cells[row]?.[textCol])) right = false;
    if (right) {
      generic.data();
      noteTyped(row);
      if (read(row, header.nameCol) !== "") noteDnr(read(row, header.nameCol));
      continue;
    }
    if (text === "" || isNote(text)) continue;
    noteDnr(text);
    const explicit = explicitHeading(text, options);
    if (explicit !== null) headings.push({ row, col: textCol, ...explicit });
    else generic.heading({ row, col: textCol, text: displayLabel(text), style: styleKey(looks, row, textCol) });
  }

  let levels: LevelSource;
  if (header.kind === "level-columns") {
    levels = { kind: "level-columns", columns: header.levelColumns };
  } else if (header.kind === "plan-list") {
    levels = { kind: "plan-list", nameCol: header.nameCol, word: header.nameWord || "Handlingsplan" };
  } else {
    const wordLevel = header.levelColumns[0]?.level;
    const rowLevel = wordLevel === "goal" || generic.count === 0 ? "goal" : "indicator";
    const hasPlan = headings.some((h) => h.level === "plan");
    const hasPerspective = headings.some((h) => h.level === "perspective");
    for (const h of generic.resolve(rowLevel, hasPlan, hasPerspective)) headings.push(h);
    headings.sort((a, b) => a.row - b.row);
    levels = {
      kind: "heading-rows",
      nameCol: header.nameCol,
      rowLevel,
      word: header.nameWord || (rowLevel === "goal" ? "Mål" : "Mätetal"),
    };
  }

  const periods: PeriodColumn[] = header.periods.map(({ header: text, col }) => {
    let filled = false;
    for (let row = start; row < grid.values.length && !filled; row++)
      filled = hasValue(grid.values[row]?.[col] ?? null);
    return { header: text, col, hasValues: filled };
  });
  return {
    sheet: grid.name,
    headerRow: header.row,
    columns,
    periods,
    lastHeaderCol: header.lastHeaderCol,
    origin: "inferred",
    levels,
    headings,
    perspectives: perspectiveSources(grid, read, header, headings, options),
    typedAssessments: [...typed].sort((a, b) => a - b),
    nameWithDnr,
  };
}

interface ScanState {
  /** The last text seen in each level column: the same text again continues it. */
  readonly previous: Map<number, string>;
  readonly headings: HeadingRow[];
  readonly options: RecognizeOptions;
}

/** An owner, perspective or plan named by its words; null for an ordinary heading. */
function explicitHeading(
  text: string,
  options: RecognizeOptions,
): { level: "owner" | "perspective" | "plan"; text: string } | null {
  const owner = ownerName(text);
  if (owner !== null) return { level: "owner", text: owner };
  const perspective = perspectiveName(text, options.perspectives);
  if (perspective !== null) return { level: "perspective", text: perspective };
  if (isPlanHeading(text)) return { level: "plan", text: displayLabel(text) };
  return null;
}

/**
 * Levels as columns: an owner's name alone in a level column is an owner heading; a row with text only in its first
 * cell naming a perspective (`Perspektivet Samhälle`) is a perspective heading. Returns whether the row holds data.
 */
function scanLevelColumns(
  read: Reader,
  header: OwnHeader,
  row: number,
  width: number,
  statusCol: number | undefined,
  state: ScanState,
  noteDnr: (text: string) => void,
): boolean {
  const first = header.levelColumns[0]?.col ?? 0;
  const lead = read(row, 0);
  if (lead !== "" && first >= 0 && onlyCell(read, row, 0, width, statusCol)) {
    const perspective = /^(perspektiv|strategi)/i.test(lead) ? perspectiveName(lead, state.options.perspectives) : null;
    if (perspective !== null) {
      state.headings.push({ row, col: 0, level: "perspective", text: perspective });
      state.previous.clear();
      return false;
    }
  }
  let any = false;
  for (const level of header.levelColumns) {
    const text = read(row, level.col);
    if (text === "") continue;
    const key = displayLabel(text);
    if (state.previous.get(level.col) === key) continue;
    state.previous.set(level.col, key);
    // A new value in a column ends what the columns to its right held.
    for (const inner of header.levelColumns) if (inner.col > level.col) state.previous.delete(inner.col);
    const owner = ownerName(text);
    if (owner !== null) {
      state.headings.push({ row, col: level.col, level: "owner", text: owner });
      state.previous.set(level.col, key);
      continue;
    }
    if (level.level === "plan") noteDnr(text);
    any = true;
  }
  return any;
}

/** Plan lists: a row naming a perspective or an owner, and nothing else, is a heading; every other named row a plan. */
function scanPlanList(
  read: Reader,
  header: OwnHeader,
  row: number,
  width: number,
  statusCol: number | undefined,
  state: ScanState,
  noteDnr: (text: string) => void,
): boolean {
  const name = read(row, header.nameCol);
  if (name === "") return false;
  if (onlyCell(read, row, header.nameCol, width, statusCol)) {
    const owner = ownerName(name);
    const perspective = owner === null ? perspectiveName(name, state.options.perspectives) : null;
    if (owner !== null || perspective !== null) {
      const level = owner !== null ? "owner" : "perspective";
      state.headings.push({ row, col: header.nameCol, level, text: owner ?? perspective ?? name });
      return false;
    }
  }
  noteDnr(name);
  return true;
}

/** Whether the row has text in `col` and nowhere else (the Status column aside). */
function onlyCell(read: Reader, row: number, col: number, width: number, statusCol: number | undefined): boolean {
  for (let c = 0; c < width; c++) {
    if (c !== col && c !== statusCol && read(row, c) !== "") return false;
  }
  return true;
}

interface PendingHeading {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** How the heading looks (bold, fill, indent, outline level); null when the sheet has no formatting. */
  readonly style: string | null;
}

function isMarked(look: CellLook | undefined): boolean {
  return look !== undefined && (look.bold === true || look.italic === true || look.fill === true);
}

function styleKey(formatting: SheetFormatting | undefined, row: number, col: number): string | null {
  if (formatting === undefined) return null;
  const look = formatting.cells[row]?.[col];
  const marks = `${look?.bold ? "b" : ""}${look?.italic ? "i" : ""}${look?.fill ? "f" : ""}`;
  return `${marks}|${look?.indent ?? 0}|${formatting.outlineLevels[row] ?? 0}`;
}

/**
 * Ordinary headings (no owner, perspective or plan word) by their place: in a run of headings with no data row
 * between them, the innermost (last) is the level above the rows, the one before it the level above that, and so
 * on (SPEC §1a.2: the innermost heading above an indicator is its goal).
 */
class GenericHeadings {
  private readonly runs: PendingHeading[][] = [];
  private current: PendingHeading[] = [];
  count = 0;

  heading(h: PendingHeading): void {
    this.current.push(h);
    this.count++;
  }

  data(): void {
    if (this.current.length > 0) this.runs.push(this.current);
    this.current = [];
  }

  resolve(rowLevel: "goal" | "indicator", hasPlan: boolean, hasPerspective: boolean): HeadingRow[] {
    this.data();
    const ladder: ("goal" | "plan" | "perspective")[] =
      rowLevel === "indicator" ? ["goal", "plan", "perspective"] : ["plan", "perspective"];
    const out: HeadingRow[] = [];
    const planStyles = new Set<string>();
    const nestedGoalStyles = new Set<string>();
    for (const run of this.runs) {
      for (let i = run.length - 1, step = 0; i >= 0; i--, step++) {
        const h = run[i];
        const level = ladder[step];
        if (!h || level === undefined) break;
        if ((level === "plan" && hasPlan) || (level === "perspective" && hasPerspective)) break;
        out.push({ row: h.row, col: h.col, level, text: h.text });
        if (h.style !== null && level === "plan") planStyles.add(h.style);
        if (h.style !== null && level === "goal" && run.length > 1) nestedGoalStyles.add(h.style);
      }
    }
    if (rowLevel === "goal" || planStyles.size === 0) return out;
    // Formatting breaks the tie for a lone heading above indicators: styled like the målområden that hold goals
    // (and unlike those goals), it is a målområde of its own whose indicators it also heads, not a goal inside the
    // målområde above it.
    const withSiblings: HeadingRow[] = [];
    const byRow = new Map<number, PendingHeading>();
    for (const run of this.runs) if (run.length === 1 && run[0]) byRow.set(run[0].row, run[0]);
    for (const h of out) {
      const lone = h.level === "goal" ? byRow.get(h.row) : undefined;
      const style = lone?.style ?? null;
      if (style !== null && planStyles.has(style) && !nestedGoalStyles.has(style)) {
        withSiblings.push({ ...h, level: "plan" });
      }
      withSiblings.push(h);
    }
    return withSiblings;
  }
}

/** What the add-in writes into a Status column: one glyph per cell. */
const STATUS_GLYPHS = new Set(["↑", "→", "↓", "–"]);

/**
 * The header's roles with the Status column settled. Staff who keep no Bedömning column often type their own
 * arrows and words under "Status" (`→ Flera insatser är försenade`, `Ej uppfyllt`): that column is their
 * assessment, never written over, and the add-in's Status column is the next one headed Status (or a new one).
 * A plan list has nothing to compute, so its Status column is always the staff's.
 */
function ownColumns(grid: SheetGrid, header: OwnHeader, start: number): Partial<Record<ColumnKey, number>> {
  const columns: Partial<Record<ColumnKey, number>> = { ...header.columns, name: header.nameCol };
  const first = header.statusCols[0];
  if (first === undefined || columns.assessment !== undefined) return columns;
  let typedByStaff = header.kind === "plan-list";
  for (let row = start; row < grid.values.length && !typedByStaff; row++) {
    const text = cellText(grid.values[row]?.[first] ?? null);
    if (text !== "" && !STATUS_GLYPHS.has(text)) typedByStaff = true;
  }
  if (!typedByStaff) return columns;
  columns.assessment = first;
  const next = header.statusCols[1];
  if (next === undefined) delete columns.status;
  else columns.status = next;
  return columns;
}

/** Where the rows' perspectives come from, in order of precedence. */
function perspectiveSources(
  grid: SheetGrid,
  read: Reader,
  header: OwnHeader,
  headings: readonly HeadingRow[],
  options: RecognizeOptions,
): PerspectiveSource[] {
  const sources: PerspectiveSource[] = [];
  const perspective = header.columns.perspective;
  if (perspective !== undefined) sources.push({ kind: "column", col: perspective });
  if (headings.some((h) => h.level === "perspective")) sources.push({ kind: "heading-rows" });
  const width = Math.max(header.lastHeaderCol + 1, 1);
  for (let row = 0; row < header.row; row++) {
    for (let col = 0; col < width; col++) {
      const text = read(row, col);
      if (text === "" || !/^perspektiv/i.test(text)) continue;
      const name = perspectiveName(text, options.perspectives);
      if (name !== null) {
        sources.push({ kind: "title-row", row, name });
        row = header.row;
        break;
      }
    }
  }
  const fromSheet = sheetPerspective(grid.name, options.perspectives);
  if (fromSheet !== null) sources.push({ kind: "sheet-name", name: fromSheet });
  return sources;
}
