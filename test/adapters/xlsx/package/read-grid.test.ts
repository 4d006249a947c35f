/**
 * The XML grid reader against the ExcelJS one, on the same files: they must report the same grid, because the
 * engine was built and tested on what ExcelJS reports.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readGridFromPackage } from "../../../../src/adapters/xlsx/package/read-grid";
import { readWorkbookGrid } from "../../../../src/adapters/xlsx/exceljs/read-grid";
import { openZipPackage } from "../../../../src/adapters/xlsx/zip/reader";
import { buildExampleWorkbook } from "../../../../src/adapters/xlsx/exceljs/example-workbook";
import type { WorkbookGrid } from "../../../../src/domain/grid";
import { loadBuffer, smallPlanWorkbook, supportedFeaturesWorkbook, toBuffer } from "../../../support/xlsx-fixtures";
import * as parts from "../../../support/xlsx-parts";

/** Equal grids compare equal: trailing empty cells and rows dropped, formats only where there is a value. */
function normalized(grid: WorkbookGrid): unknown {
  return grid.sheets.map((sheet) => {
    const rows = sheet.values.map((row, r) => {
      const cells = row.map((value, c) => ({ value, format: sheet.numberFormats[r]?.[c] ?? null }));
      while (cells.length > 0 && cells[cells.length - 1]?.value === null) cells.pop();
      return cells.map((cell) => (cell.value === null ? null : cell));
    });
    while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
    const merges = [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: sheet.name, rows, merges };
  });
}

/**
 * `expected` with each number that is within ExcelJS's date rounding of the one at the same place in `actual`
 * replaced by it: ExcelJS reads date cells through a Date, which rounds them to the millisecond (~1.2e-8 of a day).
 */
function withinDateRounding(actual: unknown, expected: unknown): unknown {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= 1e-8 * Math.max(1, Math.abs(actual)) ? actual : expected;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return expected.map((e, i) => withinDateRounding(actual[i], e));
  }
  if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    const a = actual as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, withinDateRounding(a[k], v)]));
  }
  return expected;
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === "object" && value !== null && "formula" in value;
}

async function bothReadings(buffer: Buffer): Promise<{ viaXml: unknown; viaExcelJs: unknown }> {
  const viaXml = await readGridFromPackage(await openZipPackage(buffer));
  if (!viaXml) throw new Error("the XML reader declined");
  const xml = normalized(viaXml);
  return { viaXml: xml, viaExcelJs: withinDateRounding(xml, normalized(readWorkbookGrid(await loadBuffer(buffer)))) };
}

describe("the grid read from the XML equals the grid read through ExcelJS", () => {
  it.each([
    ["the bundled example", async () => toBuffer(buildExampleWorkbook())],
    ["a small plan with merges and percent formats", async () => toBuffer(smallPlanWorkbook())],
    [
      "a plan with pictures, validation, a table and hidden sheets",
      async () => toBuffer(await supportedFeaturesWorkbook()),
    ],
    [
      "a plan with a chart, a pivot table and macros",
      async () =>
        parts.withParts(await toBuffer(await supportedFeaturesWorkbook()), parts.chart, parts.pivotTable, parts.macros),
    ],
  ])("on %s", async (_name, make) => {
    const { viaXml, viaExcelJs } = await bothReadings(await make());
    expect(viaXml).toEqual(viaExcelJs);
  });

  const text = fc.oneof(
    fc.string(),
    fc.constantFrom("=SUMMA(A1)", "_x0041_ och _x00e5_", "<b>&amp;</b>", "  kant  ", "rad 1\nrad 2", "90 %", "Ja"),
  );
  const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
    text,
    // Within the range a Date can hold: beyond it ExcelJS reads a date-formatted number as NaN.
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.boolean(),
    fc.constantFrom<ExcelJS.CellValue>(
      { error: "#N/A" } as ExcelJS.CellErrorValue,
      { error: "#DIV/0!" } as ExcelJS.CellErrorValue,
    ),
    fc.date({ min: new Date("1950-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
    text.map((t) => ({ richText: [{ text: t, font: { bold: true } }, { text: "!" }] })),
    // ExcelJS loses a formula's falsy result (false, 0, "") on reading, and decodes entities in a text result twice
    // ("&amp;" becomes "&"); the XML reader keeps both as Office.js reports them.
    fc
      .oneof(fc.integer({ min: -1e6, max: 1e6 }), text, fc.boolean())
      .filter((result) => Boolean(result) && !(typeof result === "string" && result.includes("&")))
      .map((result) => ({ formula: "A1", result }) as ExcelJS.CellFormulaValue),
    fc.constant({ formula: "B2*2" } as ExcelJS.CellFormulaValue),
    text.map((t) => ({ text: t, hyperlink: "https://example.se" })),
    fc.constant(null),
  );
  const format = fc.constantFrom(undefined, "0\\ %", "0 %", "0.0%", "yyyy-mm-dd", '# ##0 "kr"', "@", "General", "0.00");
  const cell = fc
    .record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 8 }), value, format })
    // ExcelJS turns any formula result in a date-formatted cell into a date, text included; Office.js does not.
    .map((c) => (isFormula(c.value) && c.format === "yyyy-mm-dd" ? { ...c, format: undefined } : c));
  const sheet = fc.record({
    // One entry per cell: a format set by an earlier entry would stay under a later value.
    cells: fc.uniqueArray(cell, { maxLength: 40, selector: (c) => `${c.row},${c.col}` }),
    merge: fc.option(fc.record({ row: fc.integer({ min: 1, max: 28 }), col: fc.integer({ min: 1, max: 6 }) })),
    hidden: fc.boolean(),
  });

  it("on random workbooks of every value ExcelJS writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
        const workbook = new ExcelJS.Workbook();
        workbook.properties.date1904 = date1904;
        sheets.forEach((spec, i) => {
          const ws = workbook.addWorksheet(`Blad ${i + 1}`, { state: spec.hidden && i > 0 ? "hidden" : "visible" });
          for (const c of spec.cells) {
            const target = ws.getCell(c.row, c.col);
            target.value = c.value;
            if (c.format) target.numFmt = c.format;
          }
          if (spec.merge) ws.mergeCells(spec.merge.row, spec.merge.col, spec.merge.row + 1, spec.merge.col + 2);
        });
        const { viaXml, viaExcelJs } = await bothReadings(await toBuffer(workbook));
        expect(viaXml).toEqual(viaExcelJs);
      }),
      { numRuns: 60 },
    );
  });
});

describe("cells ExcelJS never writes, as other programs store them", () => {
  it("a value stored in an inner cell of a merge reads as empty, as in Office.js", async () => {
    const innerValue = await parts.withParts(await toBuffer(smallPlanWorkbook()), async (zip) => {
      const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
      const edited = xml.replace(/<c r="C1"([^>]*?)\/>/, '<c r="C1"$1><v>5</v></c>');
      expect(edited).not.toBe(xml);
      zip.file("xl/worksheets/sheet1.xml", edited);
    });
    const { viaXml, viaExcelJs } = await bothReadings(innerValue);
    expect(viaXml).toEqual(viaExcelJs);
    const grid = await readGridFromPackage(await openZipPackage(innerValue));
    expect(grid?.sheets[0]?.values[0]?.[2] ?? null).toBeNull();
  });

  it("rows and cells without their address follow the previous ones", async () => {
    const implied = await parts.withParts(await toBuffer(smallPlanWorkbook()), async (zip) => {
      const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
      const rows =
        '<row><c t="inlineStr"><is><t>Nivå</t></is></c><c><v>2</v></c></row><row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row>';
      zip.file(
        "xl/worksheets/sheet1.xml",
        xml
          .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`)
          .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, ""),
      );
    });
    const values = (await readGridFromPackage(await openZipPackage(implied)))?.sheets[0]?.values;
    expect(values?.map((row) => [...row])).toEqual([["Nivå", 2], [], [], [null, 3, 4]]);
  });
});

describe("parts found by their relationship, not their name", () => {
  it("reads shared strings and styles stored under other names", async () => {
    const original = await toBuffer(smallPlanWorkbook());
    const renamed = await parts.withParts(original, async (zip) => {
      for (const [from, to] of [
        ["sharedStrings.xml", "strängar.xml"],
        ["styles.xml", "format.xml"],
      ] as const) {
        zip.file(`xl/${to}`, (await zip.file(`xl/${from}`)?.async("nodebuffer")) ?? "");
        zip.remove(`xl/${from}`);
        const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
        zip.file("xl/_rels/workbook.xml.rels", rels.replace(`Target="${from}"`, `Target="${to}"`));
        const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
        zip.file("[Content_Types].xml", types.replace(`/xl/${from}`, `/xl/${to}`));
      }
    });
    const read = async (buffer: Buffer): Promise<unknown> => readGridFromPackage(await openZipPackage(buffer));
    expect(await read(renamed)).toEqual(await read(original));
  });
});

describe("what the XML reader declines", () => {
  it("a workbook part somewhere else than xl/workbook.xml", async () => {
    const elsewhere = await parts.withParts(await toBuffer(smallPlanWorkbook()), async (zip) => {
      const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
      zip.file("_rels/.rels", rels.replace("xl/workbook.xml", "xl/bok.xml"));
    });
    expect(await readGridFromPackage(await openZipPackage(elsewhere))).toBeNull();
  });

  it("a package without a workbook part, so that ExcelJS gives its clear error", async () => {
    const notAWorkbook = await parts.withParts(await toBuffer(smallPlanWorkbook()), async (zip) => {
      zip.remove("xl/workbook.xml");
    });
    expect(await readGridFromPackage(await openZipPackage(notAWorkbook))).toBeNull();
  });
});

describe("formatting that marks headings (SPEC §1a tie-breaker)", () => {
  async function headingsWorkbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Uppföljning");
    ws.addRows([
      ["Mätetal", "Målvärde", "Utfall helår"],
      ["Strategi för vård"],
      ["God och nära vård"],
      ["Regionens vård ska redovisa effektivitet och kvalitet"],
      ["Andel områden med förbättringsteam", 1, 0.83],
    ]);
    ws.getCell("A1").font = { bold: true };
    ws.getCell("A2").font = { bold: true };
    ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    ws.getCell("A3").font = { bold: true };
    ws.getCell("A4").font = { italic: true };
    ws.getCell("A5").alignment = { indent: 2 };
    // A bold empty cell and a bold number are no headings' text: not kept.
    ws.getCell("D2").font = { bold: true };
    ws.getCell("C5").font = { bold: true };
    ws.getRow(5).outlineLevel = 1;
    return toBuffer(wb);
  }

  it("reads bold, italic, fill, indent and row outline levels alike through the XML and ExcelJS", async () => {
    const buffer = await headingsWorkbook();
    const viaXml = (await readGridFromPackage(await openZipPackage(buffer)))?.sheets[0]?.formatting;
    const viaExcelJs = readWorkbookGrid(await loadBuffer(buffer)).sheets[0]?.formatting;
    const expected = {
      cells: [[{ bold: true }], [{ bold: true, fill: true }], [{ bold: true }], [{ italic: true }], [{ indent: 2 }]],
      outlineLevels: [undefined, undefined, undefined, undefined, 1],
    };
    expect(viaXml).toEqual(expected);
    expect(viaExcelJs).toEqual(expected);
  });

  it("leaves the grid without formatting when nothing is formatted", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").addRows([
      ["Nivå", "Namn"],
      ["Mål", "Kortare väntetider"],
    ]);
    const grid = await readGridFromPackage(await openZipPackage(await toBuffer(wb)));
    expect(grid?.sheets[0]).not.toHaveProperty("formatting");
  });
});
