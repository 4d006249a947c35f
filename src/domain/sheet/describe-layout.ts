/**
 * How a sheet was read, in words a controller understands (SPEC §1a): "Bladet Patient: rubrikrad 4; mål i kolumn A,
 * framgångsfaktorer i kolumn B (tomma celler fortsätter raden ovan); nämnd-rubriker i kolumn B; bedömningar (pilar)
 * i kolumn C; perspektiv från bladnamnet." Rendered from the PlanLayout alone, in Swedish or English.
 */
import { columnLetters, rowNumber } from "../address/a1";
import { quoteCell } from "../i18n/quote";
import { levelWord } from "../level-words";
import type { Locale } from "../problems";
import type { Level } from "../vocabulary";
import type { HeadingLevel, HeadingRow, LevelSource, PerspectiveSource, PlanLayout } from "./layout";
import type { ColumnKey } from "./types";

/** Heading rows named before "och N till". */
const ROWS_SHOWN = 3;

interface Words {
  readonly sheet: (name: string) => string;
  readonly override: string;
  readonly headerRow: (row: number) => string;
  readonly inColumn: (what: string, col: string) => string;
  readonly inColumns: (what: string, cols: string) => string;
  readonly level: Readonly<Record<Level, string>>;
  readonly levelColumn: string;
  readonly name: string;
  readonly continues: string;
  readonly headingRowsOf: (what: string) => string;
  readonly planList: (word: string, col: string) => string;
  readonly heading: Readonly<Record<HeadingLevel, string>>;
  readonly onRows: (rows: string, count: number) => string;
  readonly more: (n: number) => string;
  readonly and: string;
  readonly column: Readonly<Partial<Record<ColumnKey, string>>>;
  readonly periods: string;
  readonly typed: string;
  readonly periodsAndTyped: string;
  readonly nameWithDnr: string;
  readonly perspective: string;
  readonly noPerspective: string;
  readonly otherwise: string;
  readonly perspectiveFrom: {
    readonly column: (col: string) => string;
    readonly headings: string;
    readonly titleRow: (row: number, name: string) => string;
    readonly sheetName: string;
  };
}

const SV: Words = {
  sheet: (name) => `Bladet ${name}`,
  override: " (enligt Bladtolkning på bladet Regler)",
  headerRow: (row) => `rubrikrad ${row}`,
  inColumn: (what, col) => `${what} i kolumn ${col}`,
  inColumns: (what, cols) => `${what} i kolumnerna ${cols}`,
  level: { plan: "planer", goal: "mål", indicator: "mätetal" },
  levelColumn: "nivå",
  name: "namn",
  continues: "(tomma celler fortsätter raden ovan)",
  headingRowsOf: (what) => `${what} under rubrikrader`,
  planList: (word, col) => `en plan per rad (${word} i kolumn ${col})`,
  heading: {
    plan: "plan-rubriker",
    goal: "mål-rubriker",
    perspective: "perspektiv-rubriker",
    owner: "nämnd-rubriker",
  },
  onRows: (rows) => `på rad ${rows}`,
  more: (n) => `${n} till`,
  and: "och",
  column: {
    dnr: "Dnr",
    target: "målvärde",
    baseline: "jämförelsevärde",
    direction: "riktning",
    rule: "regel",
    assessment: "bedömning",
    status: "status",
    comment: "kommentar",
    owner: "ansvarig",
  },
  periods: "utfall",
  typed: "bedömningar (pilar)",
  periodsAndTyped: "utfall och bedömningar (pilar)",
  nameWithDnr: "namn och Dnr i samma cell på var sin rad",
  perspective: "perspektiv",
  noPerspective: "inget perspektiv",
  otherwise: ", annars ",
  perspectiveFrom: {
    column: (col) => `i kolumn ${col}`,
    headings: "från perspektiv-rubrikerna",
    titleRow: (row, name) => `från rubriken på rad ${row} (${name})`,
    sheetName: "från bladnamnet",
  },
};

const EN: Words = {
  sheet: (name) => `Sheet ${name}`,
  override: " (as set in Bladtolkning on the Regler sheet)",
  headerRow: (row) => `header row ${row}`,
  inColumn: (what, col) => `${what} in column ${col}`,
  inColumns: (what, cols) => `${what} in columns ${cols}`,
  level: { plan: "plans", goal: "goals", indicator: "indicators" },
  levelColumn: "level",
  name: "name",
  continues: "(an empty cell continues the row above)",
  headingRowsOf: (what) => `${what} under heading rows`,
  planList: (word, col) => `one plan per row (${word} in column ${col})`,
  heading: {
    plan: "plan headings",
    goal: "goal headings",
    perspective: "perspective headings",
    owner: "owner headings",
  },
  onRows: (rows, count) => `on ${count === 1 ? "row" : "rows"} ${rows}`,
  more: (n) => `${n} more`,
  and: "and",
  column: {
    dnr: "Dnr",
    target: "target",
    baseline: "baseline",
    direction: "direction",
    rule: "rule",
    assessment: "assessment",
    status: "status",
    comment: "comment",
    owner: "owner",
  },
  periods: "actual",
  typed: "assessments (arrows)",
  periodsAndTyped: "actuals and assessments (arrows)",
  nameWithDnr: "name and Dnr in one cell on separate lines",
  perspective: "perspective",
  noPerspective: "no perspective",
  otherwise: ", else ",
  perspectiveFrom: {
    column: (col) => `in column ${col}`,
    headings: "from the perspective headings",
    titleRow: (row, name) => `from the title on row ${row} (${name})`,
    sheetName: "from the sheet name",
  },
};

const WORDS: Readonly<Record<Locale, Words>> = { sv: SV, en: EN };

/** Columns told in this order after the levels; level, name and perspective are told with the levels and sources. */
const TOLD_COLUMNS: readonly ColumnKey[] = [
  "dnr",
  "target",
  "baseline",
  "direction",
  "rule",
  "assessment",
  "comment",
  "owner",
  "status",
];

const letter = columnLetters;

/** One sentence per sheet, ending with a full stop. */
export function describeLayout(layout: PlanLayout, locale: Locale): string {
  const w = WORDS[locale];
  const parts: string[] = [w.headerRow(rowNumber(layout.headerRow))];
  parts.push(levelsText(layout.levels, w, locale));
  for (const [level, headings] of headingsByLevel(layout.headings)) parts.push(headingsText(level, headings, w));
  const columns = columnsText(layout, w);
  if (columns !== "") parts.push(columns);
  for (const col of layout.typedAssessments) {
    const period = layout.periods.find((p) => p.col === col);
    parts.push(
      period
        ? `${w.inColumn(w.periodsAndTyped, letter(col))} (${quoteCell(period.header, 40)})`
        : w.inColumn(w.typed, letter(col)),
    );
  }
  if (layout.nameWithDnr) parts.push(w.nameWithDnr);
  parts.push(perspectiveText(layout.perspectives, w));
  const who = `${w.sheet(layout.sheet)}${layout.origin === "override" ? w.override : ""}`;
  return `${who}: ${parts.join("; ")}.`;
}

function levelsText(levels: LevelSource, w: Words, locale: Locale): string {
  switch (levels.kind) {
    case "level-column":
      return w.inColumn(w.levelColumn, letter(levels.col));
    case "level-columns":
      return `${levels.columns.map((c) => w.inColumn(plural(c.word, c.level, w, locale), letter(c.col))).join(", ")} ${w.continues}`;
    case "heading-rows":
      return w.inColumn(w.headingRowsOf(plural(levels.word, levels.rowLevel, w, locale)), letter(levels.nameCol));
    case "plan-list":
      return w.planList(quoteCell(levels.word, 40), letter(levels.nameCol));
  }
}

/** The sheet's own word in the plural ("framgångsfaktorer"); the generic word when it is not a known level word. */
function plural(word: string, level: Level, w: Words, locale: Locale): string {
  if (locale === "sv") {
    const known = levelWord(word);
    if (known) return known.plural;
  }
  const generic = w.level[level];
  return word.trim() === "" || normalise(word) === normalise(generic) ? generic : `${generic} (${quoteCell(word, 40)})`;
}

function normalise(text: string): string {
  return text.trim().toLowerCase();
}

function headingsByLevel(headings: readonly HeadingRow[]): [HeadingLevel, HeadingRow[]][] {
  const groups = new Map<HeadingLevel, HeadingRow[]>();
  for (const h of headings) {
    const list = groups.get(h.level);
    if (list === undefined) groups.set(h.level, [h]);
    else list.push(h);
  }
  return [...groups];
}

/** "nämnd-rubriker i kolumn B (rad 5, 9, 14 och 3 till)". */
function headingsText(level: HeadingLevel, headings: readonly HeadingRow[], w: Words): string {
  const cols = [...new Set(headings.map((h) => h.col))];
  const rows = headings.slice(0, ROWS_SHOWN).map((h) => String(rowNumber(h.row)));
  const rest = headings.length - rows.length;
  const rowList = `${rows.join(", ")}${rest > 0 ? ` ${w.and} ${w.more(rest)}` : ""}`;
  const where = cols.length === 1 ? w.inColumn(w.heading[level], letter(cols[0] ?? 0)) : w.heading[level];
  return `${where} (${w.onRows(rowList, headings.length)})`;
}

/** The other columns in sheet order: "namn i kolumn B, målvärde i kolumn C, utfall i kolumn D (Utfall april)". */
function columnsText(layout: PlanLayout, w: Words): string {
  const parts: { col: number; text: string }[] = [];
  if (layout.levels.kind === "level-column" && layout.columns.name !== undefined) {
    parts.push({ col: layout.columns.name, text: w.inColumn(w.name, letter(layout.columns.name)) });
  }
  for (const key of TOLD_COLUMNS) {
    const col = layout.columns[key];
    const word = w.column[key];
    // A typed-assessment column is told once, as such.
    if (col === undefined || word === undefined || (key === "assessment" && layout.typedAssessments.includes(col))) {
      continue;
    }
    parts.push({ col, text: w.inColumn(word, letter(col)) });
  }
  for (const p of layout.periods) {
    // Arrows typed where the result goes are read as assessments: that column is told with them.
    if (layout.typedAssessments.includes(p.col)) continue;
    parts.push({ col: p.col, text: `${w.inColumn(w.periods, letter(p.col))} (${quoteCell(p.header, 40)})` });
  }
  return parts
    .sort((a, b) => a.col - b.col)
    .map((p) => p.text)
    .join(", ");
}

function perspectiveText(sources: readonly PerspectiveSource[], w: Words): string {
  if (sources.length === 0) return w.noPerspective;
  const told = sources.map((s) => {
    switch (s.kind) {
      case "column":
        return w.perspectiveFrom.column(letter(s.col));
      case "heading-rows":
        return w.perspectiveFrom.headings;
      case "title-row":
        return w.perspectiveFrom.titleRow(rowNumber(s.row), quoteCell(s.name, 40));
      case "sheet-name":
        return w.perspectiveFrom.sheetName;
    }
  });
  return `${w.perspective} ${told.join(w.otherwise)}`;
}
