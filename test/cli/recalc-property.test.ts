/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS cells are plain objects in memory, not Office.js proxies */
/**
 * Property: on any plan workbook, recalc changes no cell of the user's sheet except the Status column (and its header
 * when it adds one), adds only the sheets it registers as generated, and a second recalc of its output changes nothing
 * at all (the summaries carry the run date, which is the same day within the test).
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { runCli } from "../../src/cli/run-cli";
import { readRegistry, REGISTRY_SHEET_NAME } from "../../src/domain/summary/registry";
import { readWorkbookGrid } from "../../src/adapters/xlsx/exceljs/read-grid";
import { captureIo } from "../support/capture-io";
import { snapshotCells, snapshotSheets, type CellSnapshot } from "../support/cell-snapshot";
import { buildWorkbook, loadFile, tempDir, toBuffer } from "../support/xlsx-fixtures";

jest.setTimeout(180_000);

const LEVELS = ["Plan", "Handlingsplan", "Mål", "Resultatmål", "Mätetal", "Indikator", "Aktivitet", null];
const VALUES = [
  "90 %",
  "minst 75 %",
  "Högst 203,5 kWh/m2",
  "1 600",
  "Ja",
  "Pågår",
  "Nej",
  "Lägre än 2020",
  "Enligt plan",
  "4,65",
  "–",
  "",
];
const ASSESSMENTS = [null, null, null, "↑", "Gul", "Röd", "kanske"];

const cellValue = fc.oneof(
  fc.constantFrom<ExcelJS.CellValue>(...VALUES, null),
  fc.double({ min: 0, max: 2000, noNaN: true }),
  fc.constant<ExcelJS.CellValue>({ error: "#N/A" }),
);

const planRow = fc.record({
  level: fc.constantFrom(...LEVELS),
  name: fc.constantFrom("Tillgänglighet", "Sjukfrånvaro ska minska", "Energi", "Delaktighet", null),
  target: cellValue,
  april: cellValue,
  august: cellValue,
  assessment: fc.constantFrom(...ASSESSMENTS),
  comment: fc.constantFrom("=inte en formel", "Bra", null),
  percentFormat: fc.boolean(),
  shaded: fc.boolean(),
});

const planSheet = fc.record({
  titleRows: fc.integer({ min: 0, max: 2 }),
  /** Where the Status column goes among the other columns; null: the sheet has none and recalc adds it. */
  statusAt: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
  rows: fc.array(planRow, { minLength: 1, maxLength: 14 }),
  mergePerspective: fc.boolean(),
  /**
   * The user's own cells right of the last header: notes with or without a header above them, above the header, in
   * the table and far below it (row 1-based, column counted from the first column after the last header).
   */
  notes: fc.array(fc.record({ row: fc.integer({ min: 1, max: 60 }), after: fc.integer({ min: 0, max: 3 }) }), {
    maxLength: 5,
  }),
  /** A merged area right of the table that a Status column must not land in. */
  mergeRight: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
});

type PlanSheet = typeof planSheet extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  readonly workbook: ExcelJS.Workbook;
  /** 1-based header row and 1-based Status column, existing or to be added. */
  readonly headerRow: number;
  readonly statusCol: number;
  readonly added: boolean;
}

function build(spec: PlanSheet): Built {
  const columns = [
    "Nivå",
    "Perspektiv",
    "Namn",
    "Målvärde",
    "Utfall april",
    "Utfall augusti",
    "Bedömning",
    "Kommentar",
  ];
  if (spec.statusAt !== null) columns.splice(spec.statusAt, 0, "Status");
  const headerRow = spec.titleRows + 1;
  const rows: ExcelJS.CellValue[][] = Array.from({ length: spec.titleRows }, (_, i) => [`Rubrik ${i + 1}`]);
  rows.push(columns);
  for (const r of spec.rows) {
    const byHeader: Record<string, ExcelJS.CellValue> = {
      Nivå: r.level,
      Perspektiv: r.level !== null && /mål/i.test(r.level) ? "Patient" : null,
      Namn: r.name,
      Målvärde: r.target,
      "Utfall april": r.april,
      "Utfall augusti": r.august,
      Bedömning: r.assessment,
      Kommentar: r.comment,
      Status: "gammal status",
    };
    rows.push(columns.map((c) => byHeader[c] ?? null));
  }
  const workbook = buildWorkbook([{ name: "Plan", rows }]);
  const sheet = workbook.getWorksheet("Plan");
  if (!sheet) throw new Error("no sheet");
  const shade: Partial<ExcelJS.Style> = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFEAF1DD" } } };
  spec.rows.forEach((r, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    columns.forEach((_, c) => {
      if (r.shaded) row.getCell(c + 1).style = shade;
      if (r.percentFormat && typeof row.getCell(c + 1).value === "number") row.getCell(c + 1).numFmt = "0 %";
    });
  });
  if (spec.mergePerspective && spec.rows.length >= 2) {
    const col = columns.indexOf("Perspektiv") + 1;
    sheet.mergeCells(headerRow + 1, col, headerRow + 2, col);
  }
  sheet.getColumn(3).width = 30;
  for (const note of spec.notes)
    sheet.getCell(note.row, columns.length + 1 + note.after).value = `notering ${note.row}`;
  if (spec.mergeRight !== null) {
    const col = columns.length + 1 + spec.mergeRight;
    sheet.mergeCells(headerRow + 1, col, headerRow + 3, col + 1);
  }
  return {
    workbook,
    headerRow,
    statusCol: spec.statusAt === null ? 0 : spec.statusAt + 1,
    added: spec.statusAt === null,
  };
}

function columnOf(address: string): number {
  let col = 0;
  for (const ch of /^[A-Z]+/.exec(address)?.[0] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0]);
}

/** The 1-based column whose header cell became "Status" in the output; 0 when there is none. */
function addedStatusColumn(before: ExcelJS.Workbook, after: ExcelJS.Workbook, headerRow: number): number {
  const a = before.getWorksheet("Plan")?.getRow(headerRow);
  const b = after.getWorksheet("Plan")?.getRow(headerRow);
  for (let c = 1; c <= (b?.cellCount ?? 0); c++) {
    if (b?.getCell(c).value === "Status" && a?.getCell(c).value !== "Status") return c;
  }
  return 0;
}

/** Rows (1-based) where the column holds a value or lies in a merged area: the user's cells. */
function usedRowsInColumn(workbook: ExcelJS.Workbook, col: number): number[] {
  const sheet = workbook.getWorksheet("Plan");
  const rows: number[] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, r) => {
    const cell = row.getCell(col);
    if ((cell.value !== null && cell.value !== undefined) || cell.isMerged) rows.push(r);
  });
  return rows;
}

/** Cells of the two workbooks that differ, as "Plan!D7". */
function changedCells(a: ExcelJS.Workbook, b: ExcelJS.Workbook): string[] {
  const before = snapshotCells(a);
  const after = snapshotCells(b);
  const changed: string[] = [];
  const empty: CellSnapshot = { value: null, style: {}, note: null };
  for (const [sheet, cells] of new Map([...before, ...after])) {
    const addresses = new Set([
      ...(before.get(sheet)?.keys() ?? []),
      ...(after.get(sheet)?.keys() ?? []),
      ...cells.keys(),
    ]);
    for (const address of addresses) {
      const x = before.get(sheet)?.get(address) ?? empty;
      const y = after.get(sheet)?.get(address) ?? empty;
      if (JSON.stringify(x) !== JSON.stringify(y)) changed.push(`${sheet}!${address}`);
    }
  }
  return changed;
}

// With summaries the output is written by ExcelJS; with --no-summaries the Status cells are patched into the package.
describe.each([[[] as string[]], [["--no-summaries"]]])("recalc %j on random plan workbooks", (flags) => {
  it("changes only Status cells, and a second run changes nothing", async () => {
    const { dir, cleanup } = tempDir();
    try {
      await fc.assert(
        fc.asyncProperty(planSheet, async (spec) => {
          const built = build(spec);
          const input = path.join(dir, "plan.xlsx");
          writeFileSync(input, await toBuffer(built.workbook));

          const first = await runCli(["recalc", "plan.xlsx", "-o", "ut1.xlsx", ...flags], captureIo(dir));
          expect([0, 1]).toContain(first);
          const original = await loadFile(input);
          const once = await loadFile(path.join(dir, "ut1.xlsx"));
          const generated = new Set([REGISTRY_SHEET_NAME, ...readRegistry(readWorkbookGrid(once)).map((e) => e.name)]);
          expect(once.worksheets.map((w) => w.name).filter((n) => n !== "Plan" && !generated.has(n))).toEqual([]);
          expect(generated.has("Översikt")).toBe(flags.length === 0);
          // An added Status column is where the output's header row says "Status"; it held nothing of the user's.
          const statusCol = built.added ? addedStatusColumn(original, once, built.headerRow) : built.statusCol;
          if (built.added && statusCol > 0) expect(usedRowsInColumn(original, statusCol)).toEqual([]);
          for (const cell of changedCells(original, once).filter((c) => c.startsWith("Plan!"))) {
            const address = cell.slice("Plan!".length);
            const inStatusColumn = columnOf(address) === statusCol && rowOf(address) > built.headerRow;
            const addedHeader = built.added && columnOf(address) === statusCol && rowOf(address) === built.headerRow;
            expect({ cell, allowed: inStatusColumn || addedHeader }).toEqual({ cell, allowed: true });
          }
          const userSheet = (snapshot: unknown): unknown =>
            (snapshot as { name: string }[]).filter((x) => x.name === "Plan");
          expect(userSheet(snapshotSheets(once))).toEqual(userSheet(snapshotSheets(original)));

          const second = await runCli(["recalc", "ut1.xlsx", "-o", "ut2.xlsx", ...flags], captureIo(dir));
          expect(second).toBe(first);
          const twice = await loadFile(path.join(dir, "ut2.xlsx"));
          expect(changedCells(once, twice)).toEqual([]);
          expect(snapshotSheets(twice)).toEqual(snapshotSheets(once));
        }),
        { numRuns: 25 },
      );
    } finally {
      cleanup();
    }
  });
});
