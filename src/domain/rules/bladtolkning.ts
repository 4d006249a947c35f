/**
 * The `Bladtolkning` table on Regler (SPEC §1a): the user's correction of how a sheet is read. A controller types
 * rows of `Blad | Rubrikrad | Kolumn | Roll | Rad | Nivå`; a row may give the header row, a column's role, a heading
 * row's level, or several of them. Validated with zod; every entry that cannot be used is a RULES_INVALID naming
 * its cell, and a sheet whose entries do not make a reading keeps the automatic one.
 */
import { z } from "zod";
import { columnIndex } from "../address/a1";
import { rowNumber } from "../address/a1";
import type { CellPosition } from "../address/cell-address";
import { createCellReader, gridWidth, type SheetGrid } from "../grid";
import { makeProblem, type Problem } from "../problems";
import { matchHeader } from "../sheet/column-names";
import type { HeadingLevel } from "../sheet/layout";
import { parseLevel } from "../sheet/levels";
import { compactLabel, normalizeLabel } from "../sheet/text";
import type { ColumnKey } from "../sheet/types";
import type { Level } from "../vocabulary";
import { SHEET_LAYOUT_COLUMNS, type SheetLayoutField } from "./regler-layout";
import { reglerIssueOf, type ReglerIssue } from "./regler-issues";
import { findSections, readTable, type Located } from "./regler-read";
import type { CellInput } from "./schema";

/** What a column does, as the Roll cell says it. */
export type OverrideRole =
  | { readonly kind: "level-column" }
  | { readonly kind: "level"; readonly level: Level; readonly word: string }
  | { readonly kind: "column"; readonly key: ColumnKey }
  | { readonly kind: "period" }
  | { readonly kind: "typed" }
  | { readonly kind: "ignore" };

export interface SheetOverride {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: readonly { readonly col: number; readonly role: OverrideRole; readonly cell: CellPosition }[];
  readonly headings: readonly { readonly row: number; readonly level: HeadingLevel }[];
  /** The Blad cell of the sheet's first entry: where a problem with the whole reading is reported. */
  readonly cell: CellPosition;
}

const TYPED_WORDS = ["pilar", "bedömning i text", "bedömning (pilar)", "pil", "arrows"];
const IGNORE_WORDS = ["ignorera", "ignoreras", "används inte", "ignore", "-", "–"];
const OWNER_WORDS = ["ansvarig", "nämnd", "ägare", "förvaltning", "owner"];
const PERSPECTIVE_WORDS = ["perspektiv", "perspective"];

/** The Roll cell's word as a role; null when it is none of them. */
export function parseRole(text: string): OverrideRole | null {
  const label = normalizeLabel(text);
  if (label === "") return null;
  if (label === "nivå" || label === "level") return { kind: "level-column" };
  if (TYPED_WORDS.includes(label)) return { kind: "typed" };
  if (IGNORE_WORDS.includes(label)) return { kind: "ignore" };
  const match = matchHeader(text);
  if (match?.exact) return match.kind === "period" ? { kind: "period" } : { kind: "column", key: match.key };
  const level = parseLevel(text);
  if (level !== null) return { kind: "level", level, word: text.trim() };
  if (match) return match.kind === "period" ? { kind: "period" } : { kind: "column", key: match.key };
  return null;
}

/** The Nivå cell of a heading row. */
export function parseHeadingLevel(text: string): HeadingLevel | null {
  const label = normalizeLabel(text);
  if (PERSPECTIVE_WORDS.includes(label)) return "perspective";
  if (OWNER_WORDS.includes(label)) return "owner";
  const level = parseLevel(text);
  return level === "plan" || level === "goal" ? level : null;
}

/** A cell's text; "" for an empty cell or an error value (#N/A is no sheet name, row or role). */
const text = (v: unknown): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());

/** A zod custom check's options that raise the Regler issue (worded by i18n/sv|en/regler.ts). */
const raise = (issue: ReglerIssue) => ({ message: issue.issue, params: issue });

const positiveRow = (field: "headerRow" | "row") =>
  z.custom<CellInput>(
    (v) => v === null || (/^\d+$/.test(text(v)) && Number(text(v)) >= 1 && Number(text(v)) <= 1048576),
    raise({ issue: "bladtolkning-not-a-row", field }),
  );

const entrySchema = z
  .object({
    sheet: z.custom<CellInput>((v) => text(v) !== "", raise({ issue: "bladtolkning-missing-sheet" })),
    headerRow: positiveRow("headerRow"),
    column: z.custom<CellInput>(
      (v) => v === null || /^[A-Za-z]{1,3}$/.test(text(v)),
      raise({ issue: "bladtolkning-not-a-column" }),
    ),
    role: z.custom<CellInput>(
      (v) => v === null || parseRole(text(v)) !== null,
      raise({ issue: "bladtolkning-unknown-role" }),
    ),
    row: positiveRow("row"),
    level: z.custom<CellInput>(
      (v) => v === null || parseHeadingLevel(text(v)) !== null,
      raise({ issue: "bladtolkning-unknown-heading-level" }),
    ),
  })
  .superRefine((e, ctx) => {
    if ((e.column === null) !== (e.role === null)) {
      ctx.addIssue({
        code: "custom",
        path: [e.column === null ? "column" : "role"],
        ...raise({ issue: "bladtolkning-column-without-role" }),
      });
    }
    if ((e.row === null) !== (e.level === null)) {
      ctx.addIssue({
        code: "custom",
        path: [e.row === null ? "row" : "level"],
        ...raise({ issue: "bladtolkning-row-without-level" }),
      });
    }
  });

interface Draft {
  sheet: string;
  headerRow: number | null;
  columns: { col: number; role: OverrideRole; cell: CellPosition }[];
  headings: { row: number; level: HeadingLevel }[];
  cell: CellPosition;
}

/**
 * The overrides of the Regler sheet's Bladtolkning section, one per sheet named in it; an empty list when the
 * section is missing or empty. `sheetNames` are the workbook's sheets: a Blad that names none is reported.
 */
export function parseBladtolkning(
  regler: SheetGrid,
  sheetNames: readonly string[],
): { overrides: SheetOverride[]; problems: Problem<"RULES_INVALID">[] } {
  const read = createCellReader(regler);
  const width = Math.max(gridWidth(regler), SHEET_LAYOUT_COLUMNS.length);
  const problems: Problem<"RULES_INVALID">[] = [];
  const invalid = (cell: CellPosition | null, issue: ReglerIssue): void => {
    problems.push(
      makeProblem("RULES_INVALID", cell === null ? { sheet: regler.name } : { sheet: regler.name, ...cell }, issue),
    );
  };
  // findSections reports repeated sections itself; those problems belong to parseReglerSheet, which reports them too.
  const section = findSections(regler, read, width, () => undefined).get("sheetLayouts");
  if (section === undefined) return { overrides: [], problems };
  const rows = readTable(section, SHEET_LAYOUT_COLUMNS, read, width, invalid) ?? [];

  const drafts = new Map<string, Draft>();
  const known = new Map(sheetNames.map((n) => [compactLabel(n), n]));
  for (const entry of rows) {
    const values = {} as Record<SheetLayoutField, CellInput>;
    for (const key of Object.keys(entry) as SheetLayoutField[]) values[key] = entry[key].value;
    const result = entrySchema.safeParse(values);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path[0];
        const located: Located<CellInput> | undefined =
          typeof field === "string" ? entry[field as SheetLayoutField] : undefined;
        invalid(located?.cell ?? entry.sheet.cell, reglerIssueOf(issue));
      }
      continue;
    }
    const name = known.get(compactLabel(text(values.sheet)));
    if (name === undefined) {
      invalid(entry.sheet.cell, { issue: "bladtolkning-unknown-sheet", text: text(values.sheet) });
      continue;
    }
    let draft = drafts.get(name);
    if (draft === undefined) {
      draft = { sheet: name, headerRow: null, columns: [], headings: [], cell: entry.sheet.cell };
      drafts.set(name, draft);
    }
    if (values.headerRow !== null) {
      const headerRow = Number(text(values.headerRow)) - 1;
      if (draft.headerRow !== null && draft.headerRow !== headerRow) {
        invalid(entry.headerRow.cell, {
          issue: "bladtolkning-second-header-row",
          sheet: name,
          headerRow: rowNumber(draft.headerRow),
        });
      } else {
        draft.headerRow = headerRow;
      }
    }
    if (values.column !== null && values.role !== null) {
      const col = columnIndex(text(values.column));
      const role = parseRole(text(values.role));
      if (role && draft.columns.some((c) => c.col === col)) {
        invalid(entry.column.cell, {
          issue: "bladtolkning-second-role",
          column: text(values.column).toUpperCase(),
        });
      } else if (role) {
        draft.columns.push({ col, role, cell: entry.role.cell });
      }
    }
    if (values.row !== null && values.level !== null) {
      const level = parseHeadingLevel(text(values.level));
      if (level) draft.headings.push({ row: Number(text(values.row)) - 1, level });
    }
  }

  const overrides: SheetOverride[] = [];
  for (const d of drafts.values()) {
    if (d.headerRow === null) {
      invalid(d.cell, { issue: "bladtolkning-no-header-row", sheet: d.sheet });
      continue;
    }
    overrides.push({
      sheet: d.sheet,
      headerRow: d.headerRow,
      columns: d.columns,
      headings: [...d.headings].sort((a, b) => a.row - b.row),
      cell: d.cell,
    });
  }
  return { overrides, problems };
}
