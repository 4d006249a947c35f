import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../../../src/adapters/xlsx/exceljs/read-grid";
import { writeSummarySheets } from "../../../../../src/adapters/xlsx/exceljs/summary/write-summary-sheets";
import { describeSummarySheets } from "../../../../../src/domain/summary/describe-summary-sheets";
import { buildEvaluation } from "../../../../domain/summary/model";
import { load, parts, save, sheet, userWorkbook } from "./helpers";

const DANGEROUS = ['=HYPERLINK("http://evil.example","Klicka")', "+46 70 123 45 67", "-5", "@foo", "=1+1"];

describe("text from the plan sheets in the saved .xlsx", () => {
  let buffer: Buffer;
  let reloaded: ExcelJS.Workbook;

  beforeAll(async () => {
    const evaluation = buildEvaluation([
      {
        sheet: "Plan 2021",
        plans: [
          {
            name: "=Plan",
            dnr: "-RS/1",
            status: "green",
            comment: "+Planens kommentar",
            goals: [
              {
                name: "@Mål",
                perspective: "=Patient",
                status: "green",
                indicators: DANGEROUS.map((comment, i) => ({ name: `Mätetal ${i + 1}`, status: "green", comment })),
              },
            ],
          },
        ],
      },
    ]);
    const workbook = userWorkbook();
    writeSummarySheets(
      workbook,
      describeSummarySheets(evaluation, readWorkbookGrid(workbook), { runDate: "2024-05-02" }),
    );
    buffer = await save(workbook);
    reloaded = await load(buffer);
  });

  it.each(DANGEROUS)("keeps the comment %p a text cell, not a formula", (comment) => {
    const ws = sheet(reloaded, "=Patient");
    let found: ExcelJS.Cell | null = null;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === comment) found = cell;
      }),
    );
    expect(found).not.toBeNull();
    const cell = found as unknown as ExcelJS.Cell;
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe("@");
  });

  it("keeps names, Dnr and comments that look like formulas as text everywhere", () => {
    const overview = sheet(reloaded, "Översikt");
    const values: unknown[] = [];
    overview.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toEqual(expect.arrayContaining(["=Plan", "-RS/1", "+Planens kommentar", "=Patient"]));
  });

  it("writes no formula at all into any generated sheet", async () => {
    const sheets = await parts(buffer, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.size).toBeGreaterThan(3);
    for (const xml of sheets.values()) expect(xml).not.toMatch(/<f[ >]/);
  });
});
