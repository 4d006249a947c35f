/** Addresses and cell values as Office.js reports them. */
import { excelRow } from "../support/adr";
import { parseAreas, parseRange, quoteSheetName, splitAreas } from "../../src/adapters/office/a1";
import { toNumberFormat, toRawCell } from "../../src/adapters/office/cell-values";
import { planBlocks } from "../../src/adapters/office/read-grid";
import { parseSelection } from "../../src/adapters/office/selection";
import { localeOf } from "../../src/adapters/office/locale";

describe("A1 addresses", () => {
  it("reads merged areas, also when the sheet name has commas, quotes or an exclamation mark", () => {
    expect(parseAreas("Plan!A1:B2, Plan!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    const odd = "'Plan, 2021 (RS!)'!C3:C5, 'Plan, 2021 (RS!)'!E1:F1";
    expect(splitAreas(odd)).toHaveLength(2);
    expect(parseAreas(odd)).toEqual([
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 0, left: 4, bottom: 0, right: 5 },
    ]);
    expect(parseRange("A:A")).toBeNull();
    expect(quoteSheetName("Lisa's plan")).toBe("'Lisa''s plan'");
  });

  it("reads the selection's sheet and top row", () => {
    expect(parseSelection("'Plan 2021'!B7:D9")).toEqual({ sheet: "Plan 2021", row: excelRow(7) });
    expect(parseSelection("'Lisa''s plan'!A3")).toEqual({ sheet: "Lisa's plan", row: excelRow(3) });
    expect(parseSelection("Blad1!C12")).toEqual({ sheet: "Blad1", row: excelRow(12) });
    expect(parseSelection("C12")).toBeNull();
  });
});

describe("cell values", () => {
  it("keeps numbers, text and booleans, and makes errors and empties explicit", () => {
    expect(toRawCell(0.9, "Double")).toBe(0.9);
    expect(toRawCell("90 %", "String")).toBe("90 %");
    expect(toRawCell(true, "Boolean")).toBe(true);
    expect(toRawCell("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toRawCell("#N/A", "String")).toBe("#N/A");
    expect(toRawCell("", "Empty")).toBeNull();
    expect(toRawCell("", "String")).toBeNull();
  });

  it("spells the General number format as null", () => {
    expect(toNumberFormat("General")).toBeNull();
    expect(toNumberFormat("0%")).toBe("0%");
    expect(toNumberFormat(undefined)).toBeNull();
  });
});

describe("read blocks", () => {
  it("cuts used ranges into row blocks and batches whose estimated response stays under the budget", () => {
    // 10 bytes per cell and a 400-byte budget: 40 cells per batch.
    const batches = planBlocks(
      [
        { rowIndex: 2, columnIndex: 1, rowCount: 25, columnCount: 4 },
        null,
        { rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 10 },
      ],
      [10, 10, 10],
      400,
    );
    const bytes = batches.map((b) => b.reduce((sum, block) => sum + block.bytes, 0));
    expect(Math.max(...bytes)).toBeLessThanOrEqual(400);
    const sheet0Rows = batches
      .flat()
      .filter((b) => b.sheet === 0)
      .reduce((sum, b) => sum + b.rows, 0);
    expect(sheet0Rows).toBe(25);
    expect(batches.flat()[0]).toEqual({ sheet: 0, top: 2, left: 1, rows: 10, columns: 4, bytes: 400 });
  });

  it("sizes blocks by the bytes per cell measured on the probe", () => {
    const wide = planBlocks([{ rowIndex: 0, columnIndex: 0, rowCount: 100, columnCount: 10 }], [100], 10_000);
    expect(wide.flat()[0]?.rows).toBe(10);
    const narrow = planBlocks([{ rowIndex: 0, columnIndex: 0, rowCount: 100, columnCount: 10 }], [25], 10_000);
    expect(narrow.flat()[0]?.rows).toBe(40);
  });
});

describe("display language", () => {
  it("is English only when Office reports English", () => {
    expect(localeOf("en-US")).toBe("en");
    expect(localeOf("EN-gb")).toBe("en");
    expect(localeOf("sv-SE")).toBe("sv");
    expect(localeOf("fi-FI")).toBe("sv");
    expect(localeOf(undefined)).toBe("sv");
  });
});
