/** Large summaries stay quick to save: cells that look alike share one ExcelJS style object (ExcelJS caches by object). */
import ExcelJS from "exceljs";
import { renderSheet } from "../../../../../src/adapters/xlsx/exceljs/summary/render-sheet";
import { SheetComposer } from "../../../../../src/domain/summary/composer";
import { finishSheet } from "../../../../../src/domain/summary/finish-sheet";
import { writeGoalTable } from "../../../../../src/domain/summary/goal-table";
import { buildEvaluation } from "../../../../domain/summary/model";

function tableSheet(): ExcelJS.Worksheet {
  const indicators = Array.from({ length: 40 }, (_, i) => ({
    name: `Mätetal ${i + 1}`,
    status: i % 2 === 0 ? ("green" as const) : ("red" as const),
    target: "90 %",
    actual: "92 %",
  }));
  const evaluation = buildEvaluation([
    {
      sheet: "Plan",
      plans: [{ name: "Plan", status: "yellow", goals: [{ name: "Mål", status: "yellow", indicators }] }],
    },
  ]);
  const c = new SheetComposer();
  const rows = evaluation.rows.filter((r) => r.level !== "plan");
  const table = writeGoalTable(c, 0, rows, "T_1");
  const ws = new ExcelJS.Workbook().addWorksheet("Sammanställning");
  renderSheet(ws, finishSheet(c, { name: "Sammanställning", kind: "plan", key: "Plan" }, table, null));
  return ws;
}

describe("rendered summary styles", () => {
  it("gives cells with the same look one shared style object", () => {
    const ws = tableSheet();
    const looks = new Map<string, Set<Partial<ExcelJS.Style>>>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const key = JSON.stringify(cell.style);
        const objects = looks.get(key) ?? new Set();
        objects.add(cell.style);
        looks.set(key, objects);
      }),
    );
    // Every indicator's name cell looks alike, and so does every green Status cell.
    expect(ws.getCell("C3").style).toBe(ws.getCell("C4").style);
    expect(ws.getCell("F3").style).toBe(ws.getCell("F5").style);
    expect(ws.getCell("F3").style).not.toBe(ws.getCell("F4").style);
    for (const objects of looks.values()) expect(objects.size).toBe(1);
  });

  it("keeps the look each layer adds: wrapped text, and the status colour over it", () => {
    const ws = tableSheet();
    expect(ws.getCell("C3").alignment).toEqual({ vertical: "top", wrapText: true });
    expect(ws.getCell("F3").font).toMatchObject({ bold: true });
    expect(ws.getCell("F3").alignment).toMatchObject({ horizontal: "center", vertical: "top", wrapText: true });
    expect(ws.getCell("C3").numFmt).toBe("@");
  });
});
