/** `layouts` in the JSON report: how each plan sheet was read, with Excel's row numbers and column letters. */
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import { buildReport, reportSchema } from "../../../src/domain/report";
import { layoutSchema, reportLayout } from "../../../src/domain/report/layouts";
import type { PlanLayout } from "../../../src/domain/sheet/layout";
import { sheet, workbook } from "../evaluate/sheets";

describe("layouts in the JSON report", () => {
  // prettier-ignore
  const grid = workbook(sheet("Plan 2021", [
    ["Verksamhetsplan 2021", null,         null,                  null,       null],
    ["Nivå",                 "Perspektiv", "Namn",                "Målvärde", "Utfall augusti"],
    ["Mål",                  "Patient",    "God tillgänglighet",  null,       null],
    ["Mätetal",              null,         "Besök inom 30 dagar", "90 %",     "93 %"],
  ]));
  const report = buildReport(evaluateWorkbook(grid, { period: null }));

  it("describes every plan sheet, also one with a Nivå column, and passes the schema", () => {
    expect(report.layouts).toEqual([
      {
        sheet: "Plan 2021",
        origin: "header",
        headerRow: 2,
        columns: { level: "A", perspective: "B", name: "C", target: "D" },
        periods: [{ header: "Utfall augusti", column: "E", hasValues: true }],
        levels: { kind: "level-column", column: "A" },
        headings: [],
        perspectives: [{ kind: "column", column: "B" }],
        typedAssessments: [],
        nameWithDnr: false,
        description:
          "Bladet Plan 2021: rubrikrad 2; nivå i kolumn A; namn i kolumn C, målvärde i kolumn D, utfall i kolumn E " +
          "(Utfall augusti); perspektiv i kolumn B.",
      },
    ]);
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it("keeps the sheet's reading out of the problems when nothing was inferred", () => {
    expect(report.problems.filter((p) => p.code === "LAYOUT_INFERRED")).toEqual([]);
  });

  it("writes an inferred layout's levels, headings and sources in the report's terms", () => {
    const layout: PlanLayout = {
      sheet: "Patient",
      headerRow: 3,
      columns: { comment: 3 },
      periods: [{ header: "Resultat per augusti", col: 2, hasValues: true }],
      lastHeaderCol: 3,
      origin: "inferred",
      levels: {
        kind: "level-columns",
        columns: [
          { col: 0, level: "goal", word: "Strategiskt mål" },
          { col: 1, level: "indicator", word: "Framgångsfaktor" },
        ],
      },
      headings: [{ row: 4, col: 1, level: "owner", text: "Regionstyrelsen" }],
      perspectives: [
        { kind: "title-row", row: 0, name: "Patient" },
        { kind: "sheet-name", name: "Patient" },
      ],
      typedAssessments: [2],
      nameWithDnr: true,
    };
    const json = reportLayout(layout);
    expect(layoutSchema.parse(json)).toMatchObject({
      headerRow: 4,
      columns: { comment: "D" },
      levels: {
        kind: "level-columns",
        columns: [
          { column: "A", level: "goal", word: "Strategiskt mål" },
          { column: "B", level: "indicator", word: "Framgångsfaktor" },
        ],
      },
      headings: [{ row: 5, column: "B", level: "owner", text: "Regionstyrelsen" }],
      perspectives: [
        { kind: "title-row", row: 1, name: "Patient" },
        { kind: "sheet-name", name: "Patient" },
      ],
      typedAssessments: ["C"],
      nameWithDnr: true,
    });
    expect(json.description).toMatch(/^Bladet Patient: rubrikrad 4; strategiska mål i kolumn A/);
  });

  it("rejects a field it does not document", () => {
    const extra = { ...report, layouts: [{ ...report.layouts[0], guess: true }] };
    expect(reportSchema.safeParse(extra).success).toBe(false);
  });
});
