import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../../src/adapters/xlsx/exceljs/read-grid";
import { writeStatusCells } from "../../../../src/adapters/xlsx/exceljs/write-statuses";
import type { StatusColumnWrite } from "../../../../src/domain/evaluation";
import { STATUS_COLOR } from "../../../../src/domain/status/statuses";
import { snapshotCells, snapshotSheets } from "../../../support/cell-snapshot";
import { buildWorkbook, loadBuffer, roundTrip, smallPlanWorkbook, toBuffer } from "../../../support/xlsx-fixtures";

/** Status column H (0-based 7) of the small plan sheet, rows 4–10 (0-based 3–9). */
const WRITE: StatusColumnWrite = {
  sheet: "Plan 2021",
  col: 7,
  addHeader: null,
  cells: [
    { row: 3, status: "yellow" },
    { row: 4, status: "green" },
    { row: 5, status: "green" },
    { row: 6, status: "red" },
    { row: 7, status: "yellow" },
    { row: 8, status: "missing" },
    { row: 9, status: "red" },
  ],
};

async function writtenAndReloaded(
  workbook: ExcelJS.Workbook,
  writes: readonly StatusColumnWrite[],
): Promise<{ before: ExcelJS.Workbook; after: ExcelJS.Workbook }> {
  // Both sides come from a file, the way the CLI sees them: loaded cells share style objects.
  const before = await roundTrip(workbook);
  const target = await loadBuffer(await toBuffer(workbook));
  writeStatusCells(target, writes);
  return { before, after: await roundTrip(target) };
}

describe("writing the Status column", () => {
  it("writes the glyph, bold in the status colour, centred", async () => {
    const { after } = await writtenAndReloaded(smallPlanWorkbook(), [WRITE]);
    const sheet = after.getWorksheet("Plan 2021");
    const cell = sheet?.getCell("H6");
    expect(cell?.value).toBe("↑");
    expect(cell?.font).toMatchObject({ bold: true, color: { argb: STATUS_COLOR.green } });
    expect(cell?.alignment?.horizontal).toBe("center");
    expect(sheet?.getCell("H8").value).toBe("→");
    expect(sheet?.getCell("H8").font?.color?.argb).toBe(STATUS_COLOR.yellow);
    expect(sheet?.getCell("H9").value).toBe("–");
    expect(sheet?.getCell("H10").value).toBe("↓");
    expect(sheet?.getCell("H10").font?.color?.argb).toBe(STATUS_COLOR.red);
  });

  it("keeps the Status cell's fill, border and font face", async () => {
    const { before, after } = await writtenAndReloaded(smallPlanWorkbook(), [WRITE]);
    const was = before.getWorksheet("Plan 2021")?.getCell("H6");
    const is = after.getWorksheet("Plan 2021")?.getCell("H6");
    expect(is?.fill).toEqual(was?.fill);
    expect(is?.border).toEqual(was?.border);
    expect(is?.font).toMatchObject({ name: "Arial", size: 10 });
  });

  it("changes no other cell's value or style, even cells that shared the Status cells' style", async () => {
    const { before, after } = await writtenAndReloaded(smallPlanWorkbook(), [WRITE]);
    const was = snapshotCells(before);
    const is = snapshotCells(after);
    const statusCells = new Set(WRITE.cells.map((c) => `H${c.row + 1}`));
    for (const [sheet, cells] of was) {
      for (const [address, snapshot] of cells) {
        if (sheet === WRITE.sheet && statusCells.has(address)) continue;
        expect({ address, ...is.get(sheet)?.get(address) }).toEqual({ address, ...snapshot });
      }
    }
    expect(snapshotSheets(after)).toEqual(snapshotSheets(before));
  });

  it("adds the Status header after the last header, bold like its neighbour, when the sheet had none", async () => {
    const workbook = buildWorkbook([
      {
        name: "Uppdrag",
        rows: [
          ["Nivå", "Namn", "Målvärde", "Utfall"],
          ["Mål", "Nära vård", null, null],
          ["Mätetal", "Fast vårdkontakt", "50 %", "38 %"],
        ],
      },
    ]);
    const header = workbook.getWorksheet("Uppdrag")?.getCell("D1");
    if (header)
      header.style = {
        font: { name: "Arial", size: 9, italic: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
      };
    const { after } = await writtenAndReloaded(workbook, [
      { sheet: "Uppdrag", col: 4, addHeader: { row: 0, text: "Status" }, cells: [{ row: 2, status: "red" }] },
    ]);
    const sheet = after.getWorksheet("Uppdrag");
    expect(sheet?.getCell("E1").value).toBe("Status");
    expect(sheet?.getCell("E1").font).toMatchObject({ bold: true, name: "Arial", size: 9 });
    expect(sheet?.getCell("E1").fill).toEqual(sheet?.getCell("D1").fill);
    expect(sheet?.getCell("E3").value).toBe("↓");
  });

  it("leaves the inner cells of a merged Status area alone instead of overwriting its top-left cell", async () => {
    const workbook = buildWorkbook([{ name: "Plan", rows: [["Status"], [null], [null]], merges: ["A2:A3"] }]);
    const { after } = await writtenAndReloaded(workbook, [
      {
        sheet: "Plan",
        col: 0,
        addHeader: null,
        cells: [
          { row: 1, status: "green" },
          { row: 2, status: "red" },
        ],
      },
    ]);
    expect(after.getWorksheet("Plan")?.getCell("A2").value).toBe("↑");
  });

  it("ignores a write for a sheet the workbook does not have", async () => {
    const { before, after } = await writtenAndReloaded(smallPlanWorkbook(), [{ ...WRITE, sheet: "Finns inte" }]);
    expect(snapshotCells(after)).toEqual(snapshotCells(before));
  });
});

describe("reading through the port", () => {
  it("gives the same grid the adapter reads", async () => {
    const workbook = await roundTrip(smallPlanWorkbook());
    const grid = readWorkbookGrid(workbook);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Plan 2021"]);
    expect(grid.sheets[0]?.values[5]).toEqual([
      "Mätetal",
      null,
      "Besök inom 30 dagar",
      0.9,
      0.85,
      0.93,
      null,
      null,
      "Bra",
    ]);
  });
});
