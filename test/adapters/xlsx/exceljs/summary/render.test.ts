import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../../../src/adapters/xlsx/exceljs/read-grid";
import { writeSummarySheets } from "../../../../../src/adapters/xlsx/exceljs/summary/write-summary-sheets";
import { STATUS_COLOR, STATUS_FILL } from "../../../../../src/domain/status/statuses";
import { describeSummarySheets } from "../../../../../src/domain/summary/describe-summary-sheets";
import type { SheetDescription, SummarySheetsChange } from "../../../../../src/domain/summary/types";
import { buildEvaluation, type SheetSpec } from "../../../../domain/summary/model";
import { parts, save, load, sheet, sheetNames, userWorkbook } from "./helpers";

const spec: SheetSpec = {
  sheet: "Plan 2021",
  plans: [
    {
      name: "Vårdplan 2021",
      dnr: "RS/1841/2018",
      status: "yellow",
      goals: [
        {
          name: "Kortare väntetider",
          perspective: "Patient",
          status: "yellow",
          indicators: [
            { name: "Andel besök inom 30 dagar", status: "green", target: "90 %", actual: "92 %" },
            { name: "Väntetid operation", status: "red", target: "60 dagar", actual: "75 dagar" },
          ],
        },
      ],
    },
  ],
};

let plan: SummarySheetsChange;
let buffer: Buffer;
let reloaded: ExcelJS.Workbook;

beforeAll(async () => {
  const workbook = userWorkbook({ name: "Anteckningar", cells: { A1: "Mina anteckningar" } });
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  plan = describeSummarySheets(buildEvaluation([spec]), readWorkbookGrid(workbook), { runDate: "2024-05-02" });
  writeSummarySheets(workbook, plan);
  buffer = await save(workbook);
  reloaded = await load(buffer);
});

const described = (name: string): SheetDescription => {
  const found = plan.sheets.find((s) => s.sheet.name === name)?.sheet;
  if (!found) throw new Error(name);
  return found;
};

describe("rendering the summary plan into an .xlsx", () => {
  it("puts the generated sheets after the user's, Översikt first, the registry last", () => {
    expect(sheetNames(reloaded)).toEqual([
      "Plan 2021",
      "Anteckningar",
      "Översikt",
      "Patient",
      "Vårdplan 2021",
      "_Målstyrning",
    ]);
  });

  it("keeps the registry very hidden and readable as plain cells", () => {
    const registry = sheet(reloaded, "_Målstyrning");
    expect(registry.state).toBe("veryHidden");
    expect(registry.getCell("A3").value).toBe("Patient");
    expect(registry.getCell("B3").value).toBe("perspective");
    expect(registry.getCell("C3").value).toBe("Patient");
    expect(reloaded.worksheets.filter((ws) => ws.state !== "visible").map((ws) => ws.name)).toEqual(["_Målstyrning"]);
  });

  it("keeps the sheet the user was on active", () => {
    expect(reloaded.views[0]?.activeTab).toBe(1);
  });

  it("leaves the user's sheets as they were", () => {
    expect(sheet(reloaded, "Anteckningar").getCell("A1").value).toBe("Mina anteckningar");
    expect(sheet(reloaded, "Plan 2021").getCell("B2").value).toBe("Vårdplan 2021");
  });

  it("writes titles, merged across the sheet", () => {
    const overview = sheet(reloaded, "Översikt");
    expect(overview.getCell("A1").value).toBe("Översikt över måluppfyllelse");
    expect(overview.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    const perspective = sheet(reloaded, "Patient");
    expect(perspective.getCell("A1").value).toBe("Patient");
    expect(perspective.getCell("E1").isMerged).toBe(true);
    expect(perspective.getCell("F1").isMerged).toBe(false);
    expect(perspective.getCell("A3").value).toBe("Av 2 mätetal är 1 uppfyllt och 1 ej uppfyllt.");
  });

  it("makes the table an Excel table with filter buttons under the frozen header", async () => {
    const ws = sheet(reloaded, "Patient");
    const table = described("Patient").table;
    if (!table) throw new Error("no table");
    const headerRow = table.range.top + 1;
    expect(["A", "B", "C", "D", "E", "F", "G"].map((col) => ws.getCell(`${col}${headerRow}`).value)).toEqual([
      "Plan",
      "Mål",
      "Mätetal",
      "Målvärde",
      "Utfall",
      "Status",
      "Kommentar",
    ]);
    const tables = await parts(buffer, /^xl\/tables\/.*\.xml$/);
    const xml = [...tables.values()].find((x) => x.includes(`name="${table.name}"`));
    expect(xml).toContain(`ref="A${headerRow}:G${headerRow + 3}"`);
    expect(xml).toContain("<autoFilter");
    expect(xml).not.toContain('hiddenButton="1"');
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
  });

  it("colours the arrows as the Status column does", () => {
    const ws = sheet(reloaded, "Patient");
    const top = (described("Patient").table?.range.top ?? 0) + 1;
    expect(ws.getCell(`F${top + 2}`).value).toBe("↑");
    expect(ws.getCell(`F${top + 2}`).font.color?.argb).toBe(STATUS_COLOR.green);
    expect(ws.getCell(`F${top + 2}`).fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: STATUS_FILL.green },
    });
    expect(ws.getCell(`F${top + 3}`).font.color?.argb).toBe(STATUS_COLOR.red);
  });

  it("sets the column widths from the description", () => {
    for (const name of ["Översikt", "Patient", "Vårdplan 2021"]) {
      const ws = sheet(reloaded, name);
      const widths = described(name).columnWidths;
      widths.forEach((width, c) => expect(ws.getColumn(c + 1).width).toBeCloseTo(width, 1));
    }
  });

  it("prints on A4 landscape, one page wide, repeating the table header", () => {
    const ws = sheet(reloaded, "Vårdplan 2021");
    const header = (described("Vårdplan 2021").table?.range.top ?? 0) + 1;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
    });
  });

  it("draws the status distribution as coloured cell bars", () => {
    const ws = sheet(reloaded, "Patient");
    const chart = described("Patient").chart;
    const first = (chart?.categoriesRange.top ?? 0) + 1;
    expect(ws.getCell(`E${first - 1}`).value).toBe("Fördelning");
    expect(ws.getCell(`E${first}`).value).toBe("█".repeat(10));
    expect(ws.getCell(`E${first}`).font.color?.argb).toBe(STATUS_COLOR.green);
    expect(ws.getCell(`E${first + 1}`).value).toBeNull();
    expect(ws.getCell(`E${first + 2}`).font.color?.argb).toBe(STATUS_COLOR.red);
  });

  it("shows the plan's status with its legend text", () => {
    const ws = sheet(reloaded, "Vårdplan 2021");
    expect(ws.getCell("A2").value).toBe("Dnr RS/1841/2018 · Period: Utfall april · Sammanställt 2024-05-02");
    expect(ws.getCell("B3").value).toBe("→");
    expect(ws.getCell("B3").font.color?.argb).toBe(STATUS_COLOR.yellow);
    expect(ws.getCell("C3").value).toBe("Delvis uppfyllt – nära målvärdet eller på väg");
  });

  it("marks the generated tabs with a colour", () => {
    expect(sheet(reloaded, "Översikt").properties.tabColor).toEqual({ argb: described("Översikt").tabColor });
  });
});

describe("a plan whose name has an apostrophe", () => {
  it("gets a sheet whose print titles Excel can read", async () => {
    const workbook = userWorkbook();
    const evaluation = buildEvaluation([
      {
        sheet: "Plan 2021",
        plans: [{ name: "Barn's plan", status: "green", goals: [{ name: "Mål", status: "green" }] }],
      },
    ]);
    writeSummarySheets(
      workbook,
      describeSummarySheets(evaluation, readWorkbookGrid(workbook), { runDate: "2024-05-02" }),
    );
    const saved = await save(workbook);
    const xml = (await parts(saved, /^xl\/workbook\.xml$/)).get("xl/workbook.xml") ?? "";
    expect(xml).toContain("&apos;Barn’s plan&apos;!$");
    expect(sheetNames(await load(saved))).toContain("Barn’s plan");
  });
});
