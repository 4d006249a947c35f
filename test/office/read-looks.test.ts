/**
 * Formatting as SPEC §1a's tie-breaker in the add-in: the Office adapter reads the look of the rows that could be
 * headings only (one extra sync at most) and recognises a sheet as the xlsx adapter does.
 */
import { rowNumber } from "../../src/domain/address/a1";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/adapters/office/read-grid";
import { readWorkbookGrid } from "../../src/adapters/xlsx/exceljs/read-grid";
import { evaluateWorkbook } from "../../src/domain/evaluate";
import type { SheetGrid, WorkbookGrid } from "../../src/domain/grid";
import { recognizeLayout } from "../../src/domain/sheet/recognize";
import { FakeExcel, type FakeLook, type FakeSheetSpec, type FakeValue } from "./fake-excel";

const ROWS: FakeValue[][] = [
  ["Mätetal", "Målvärde", "Utfall helår", "Kommentar"],
  ["God och nära vård"],
  ["Regionens vård ska redovisa effektivitet och kvalitet"],
  ["Andel områden med förbättringsteam", 1, 0.83, null],
  // Text alone: a comment and no values reads as an indicator; bold like the målområde above, it is a heading.
  ["Hög tillgänglighet", null, null, "Nytt fokus från 2021"],
  ["Andel besök inom 90 dagar", 0.9, 0.88, null],
];
const FORMATS = ROWS.map((row, r) => row.map((_, c) => (r > 0 && (c === 1 || c === 2) ? "0 %" : undefined)));
const BOLD: FakeLook = { bold: true };
const LOOKS: (FakeLook[] | undefined)[] = [
  [BOLD, BOLD, BOLD, BOLD],
  [{ bold: true, fill: "#DDEBF7" }],
  [{ italic: true }],
  [{ indent: 1 }],
  [BOLD],
];

async function officeGrid(spec: FakeSheetSpec): Promise<{ grid: WorkbookGrid; syncs: number }> {
  const excel = new FakeExcel([spec]);
  const { grid } = await readWorkbook(excel.context);
  return { grid, syncs: excel.syncCount };
}

async function xlsxGrid(): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Uppföljning");
  ROWS.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value as ExcelJS.CellValue;
      const format = FORMATS[r]?.[c];
      if (format) cell.numFmt = format;
      const look = LOOKS[r]?.[c];
      if (look?.bold || look?.italic) cell.font = { bold: look.bold ?? false, italic: look.italic ?? false };
      if (look?.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      if (look?.indent) cell.alignment = { indent: look.indent };
    }),
  );
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer as unknown as ArrayBuffer);
  return readWorkbookGrid(read);
}

function outline(grid: WorkbookGrid): unknown[] {
  return evaluateWorkbook(grid, { period: null }).rows.map((r) => [rowNumber(r.row), r.level, r.name, r.plan, r.goal]);
}

function layoutOf(grid: WorkbookGrid): unknown {
  const sheet = grid.sheets[0] as SheetGrid;
  return recognizeLayout(sheet, { perspectives: [] });
}

describe("formatting read for candidate heading rows only (SPEC §1a)", () => {
  it("reads a lone heading that only bold tells apart the same as the xlsx adapter, in one extra sync", async () => {
    const formatted = await officeGrid({ name: "Uppföljning", rows: ROWS, formats: FORMATS, looks: LOOKS });
    const plain = await officeGrid({ name: "Uppföljning", rows: ROWS, formats: FORMATS });
    const xlsx = await xlsxGrid();

    expect(layoutOf(formatted.grid)).toEqual(layoutOf(xlsx));
    expect(outline(formatted.grid)).toEqual(outline(xlsx));
    // A heading: the goal above the next indicator.
    expect(outline(formatted.grid)).toContainEqual([5, "goal", "Hög tillgänglighet", "God och nära vård", null]);
    // Without the bold it is an indicator: the formatting read is what decides.
    expect(outline(plain.grid)).toContainEqual([
      5,
      "indicator",
      "Hög tillgänglighet",
      "God och nära vård",
      expect.anything(),
    ]);

    // Only the candidate rows' first cells, not the header or the rows with values.
    expect(formatted.grid.sheets[0]?.formatting).toEqual({
      cells: [undefined, [{ bold: true, fill: true }], [{ italic: true }], undefined, [{ bold: true }]],
      outlineLevels: [],
    });
    // Names and protection, the probe, then the looks: the sheet is within the probe rows, so no full read.
    expect(formatted.syncs).toBe(3);
  });

  it("costs no extra sync on a sheet without candidate heading rows", async () => {
    const withValues = ROWS.filter((row) => typeof row[1] === "number" || row[0] === "Mätetal");
    const headingsLayout = await officeGrid({ name: "Uppföljning", rows: withValues, looks: LOOKS });
    const niva = await officeGrid({
      name: "Plan",
      rows: [
        ["Nivå", "Namn", "Målvärde", "Utfall"],
        ["Mål", "Kortare väntetider", null, null],
        ["Mätetal", "Andel inom 90 dagar", 0.9, 0.88],
      ],
      looks: [[BOLD], [BOLD, BOLD]],
    });
    for (const read of [headingsLayout, niva]) {
      expect(read.syncs).toBe(2);
      expect(read.grid.sheets[0]).not.toHaveProperty("formatting");
    }
  });
});
