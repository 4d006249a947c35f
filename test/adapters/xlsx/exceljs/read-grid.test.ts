import ExcelJS from "exceljs";
import { excelSerialFromDate, dateFromExcelSerial } from "../../../../src/adapters/xlsx/exceljs/excel-date";
import { readSheetGrid, readWorkbookGrid } from "../../../../src/adapters/xlsx/exceljs/read-grid";
import type { SheetGrid } from "../../../../src/domain/grid";
import { buildWorkbook, roundTrip, type FixtureSheet } from "../../../support/xlsx-fixtures";

async function gridOf(rows: ExcelJS.CellValue[][], extra: Partial<FixtureSheet> = {}): Promise<SheetGrid> {
  const workbook = await roundTrip(buildWorkbook([{ name: "Plan", rows, ...extra }]));
  const sheet = workbook.getWorksheet("Plan");
  if (!sheet) throw new Error("no sheet");
  return readSheetGrid(sheet);
}

describe("reading values", () => {
  it("keeps numbers, text and booleans as they are, row by row from A1", async () => {
    const grid = await gridOf([
      ["Nivå", "Namn", "Målvärde"],
      ["Mätetal", "Besök", 203.5],
      ["Mätetal", "Klart", true],
    ]);
    expect(grid.values).toEqual([
      ["Nivå", "Namn", "Målvärde"],
      ["Mätetal", "Besök", 203.5],
      ["Mätetal", "Klart", true],
    ]);
  });

  it("gives a percent-formatted number as the fraction with its format", async () => {
    const grid = await gridOf([["Målvärde"], [0.9]], { formats: { A2: "0 %" } });
    expect(grid.values[1]?.[0]).toBe(0.9);
    expect(grid.numberFormats[1]?.[0]).toBe("0 %");
  });

  it("treats General as no format", async () => {
    const grid = await gridOf([[12]], { formats: { A1: "General" } });
    expect(grid.numberFormats[0]?.[0] ?? null).toBeNull();
  });

  it("gives a date as its Excel serial number and keeps the date format, so the domain sees a date", async () => {
    const grid = await gridOf([["Utfall"], [new Date(Date.UTC(2021, 7, 31))]], { formats: { A2: "yyyy-mm-dd" } });
    expect(grid.values[1]?.[0]).toBe(44439);
    expect(grid.numberFormats[1]?.[0]).toBe("yyyy-mm-dd");
  });

  it("gives a formula's cached result, also for shared formulas, and empty for a formula never calculated", async () => {
    const workbook = buildWorkbook([{ name: "Plan", rows: [[1, 2]] }]);
    const sheet = workbook.getWorksheet("Plan");
    if (!sheet) throw new Error("no sheet");
    sheet.getCell("A2").value = { formula: "A1*0.9", result: 0.9 };
    sheet.getCell("B2").value = { sharedFormula: "A2", result: 1.8 };
    sheet.getCell("C2").value = { formula: "NOW()" };
    sheet.getCell("D2").value = { formula: 'IF(A1>0,"Ja","Nej")', result: "Ja" };
    sheet.getCell("E2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("A3").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "A3:B3" } as ExcelJS.CellValue;
    sheet.getCell("B3").value = { sharedFormula: "A3", result: 4 };
    const grid = readSheetGrid((await roundTrip(workbook)).getWorksheet("Plan") ?? sheet);
    expect(grid.values[1]).toEqual([0.9, 1.8, null, "Ja", { error: "#DIV/0!" }]);
    expect(grid.values[2]).toEqual([2, 4]);
  });

  it("concatenates rich text and reads a hyperlink as its text", async () => {
    const grid = await gridOf([
      [{ richText: [{ text: "90 " }, { text: "%", font: { bold: true } }] }],
      [{ text: "Länk till rapporten", hyperlink: "https://example.org/rapport" }],
    ]);
    expect(grid.values[0]?.[0]).toBe("90 %");
    expect(grid.values[1]?.[0]).toBe("Länk till rapporten");
  });

  it("tags cell errors so they are not mistaken for text", async () => {
    const grid = await gridOf([[{ error: "#N/A" }, "#N/A"]]);
    expect(grid.values[0]).toEqual([{ error: "#N/A" }, "#N/A"]);
  });

  it("fills gaps with empty cells and keeps empty rows, so row and column indexes match the sheet", async () => {
    const grid = await gridOf([["Nivå", null, "Namn"], [], [null, null, null, "D4"]]);
    expect(grid.values[0]).toEqual(["Nivå", null, "Namn"]);
    expect(grid.values[1]).toEqual([]);
    expect(grid.values[2]).toEqual([null, null, null, "D4"]);
  });
});

describe("merged areas", () => {
  it("reports merges 0-based and inclusive, with the value only in the top-left cell", async () => {
    const grid = await gridOf(
      [
        ["Perspektiv", "Namn"],
        ["Patient", "Väntetider"],
        [null, "Bemötande"],
        [null, "Delaktighet"],
      ],
      { merges: ["A2:A4"] },
    );
    expect(grid.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
    expect(grid.values.map((r) => r[0])).toEqual(["Perspektiv", "Patient", null, null]);
  });

  it("finds a horizontal title merge too", async () => {
    const grid = await gridOf([["Verksamhetsplan 2021"]], { merges: ["A1:N1"] });
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 13 }]);
  });
});

describe("the workbook", () => {
  it("reads every worksheet in tab order, hidden ones included", async () => {
    const workbook = await roundTrip(
      buildWorkbook([
        { name: "Plan 2021", rows: [["a"]] },
        { name: "Listor", rows: [["b"]], state: "hidden" },
        { name: "Regler", rows: [["c"]], state: "veryHidden" },
      ]),
    );
    expect(readWorkbookGrid(workbook).sheets.map((s) => [s.name, s.values[0]?.[0]])).toEqual([
      ["Plan 2021", "a"],
      ["Listor", "b"],
      ["Regler", "c"],
    ]);
  });
});

describe("Excel serial numbers", () => {
  it.each([
    ["2021-08-31", 44439],
    ["1900-03-01", 61],
    ["2000-01-01", 36526],
  ])("%s is serial %i", (iso, serial) => {
    expect(excelSerialFromDate(new Date(`${iso}T00:00:00Z`))).toBe(serial);
  });

  it("gives back the serial stored in the file, also below 61 where Excel's 1900 leap-year bug lives", () => {
    for (const serial of [1, 30, 59, 60, 61, 44439.5]) {
      expect(excelSerialFromDate(dateFromExcelSerial(serial))).toBeCloseTo(serial, 9);
    }
  });

  it("converts a 1904-system workbook's dates to the 1900 system", async () => {
    const workbook = buildWorkbook([
      { name: "Plan", rows: [[new Date(Date.UTC(2021, 7, 31))]], formats: { A1: "yyyy-mm-dd" } },
    ]);
    workbook.properties.date1904 = true;
    const sheet = (await roundTrip(workbook)).getWorksheet("Plan");
    if (!sheet) throw new Error("no sheet");
    expect(readSheetGrid(sheet).values[0]?.[0]).toBe(44439);
  });
});
