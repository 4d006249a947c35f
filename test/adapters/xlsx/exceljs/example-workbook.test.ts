import type ExcelJS from "exceljs";
import { buildExampleWorkbook } from "../../../../src/adapters/xlsx/exceljs/example-workbook";
import { readWorkbookGrid } from "../../../../src/adapters/xlsx/exceljs/read-grid";
import { evaluateWorkbook } from "../../../../src/domain/evaluate";
import type { Evaluation } from "../../../../src/domain/evaluation";
import { isCellError, type SheetGrid, type WorkbookGrid } from "../../../../src/domain/grid";
import { parseReglerSheet } from "../../../../src/domain/rules/regler-sheet";
import { STATUSES } from "../../../../src/domain/status/statuses";
import { roundTrip } from "../../../support/xlsx-fixtures";

let workbook: ExcelJS.Workbook;
let grid: WorkbookGrid;
let evaluation: Evaluation;

beforeAll(async () => {
  workbook = await roundTrip(buildExampleWorkbook());
  grid = readWorkbookGrid(workbook);
  evaluation = evaluateWorkbook(grid, { period: null });
});

function sheet(name: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function texts(name: string): string[] {
  return sheet(name)
    .values.flat()
    .filter((v): v is string => typeof v === "string");
}

describe("the example workbook's layout", () => {
  it("has two plan sheets and a Regler sheet", () => {
    expect(grid.sheets.map((s) => s.name)).toEqual(["Plan 2021", "Nämndens uppdrag", "Regler"]);
  });

  it("puts a merged title above the header, like a region's plan sheet", () => {
    const plan = sheet("Plan 2021");
    expect(plan.values[0]?.[0]).toBe("Verksamhetsplan 2021 – Hälso- och sjukvårdsnämnden");
    expect(plan.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 13 });
    expect(plan.values[3]).toEqual([
      "Nivå",
      "Perspektiv",
      "Namn",
      "Dnr",
      "Målvärde",
      "Jämförelsevärde",
      "Riktning",
      "Regel",
      "Utfall april",
      "Utfall augusti",
      "Bedömning",
      "Status",
      "Kommentar",
      "Ansvarig",
    ]);
  });

  it("merges a Perspektiv cell vertically over its goal's rows", () => {
    const vertical = sheet("Plan 2021").merges.filter((m) => m.left === 1 && m.right === 1 && m.bottom > m.top);
    expect(vertical.length).toBeGreaterThan(0);
  });

  it("freezes the panes under the header and sets column widths", () => {
    const plan = workbook.getWorksheet("Plan 2021");
    expect(plan?.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(plan?.getColumn(3).width).toBeGreaterThan(40);
  });
});

describe("the example's values cover SPEC §2", () => {
  it.each([
    ["a decimal comma", /\d,\d/],
    ["a decimal point", /^4\.6 dagar$/],
    ["a space as thousands separator", /^1 600$/],
    ["a no-break space (U+00A0)", /\u00a0/],
    ["a narrow no-break space (U+202F)", /\u202f/],
    ["a percent without a space", /^\d+%$/],
    ["a minus sign (U+2212)", /\u2212/],
    ["the word Minus", /^Minus 2,5%$/],
    ["a comparator", /^(≥|>) /],
    ["a comparator word", /^(minst|Högst|Max|Under) /],
    ["mkr", / mkr$/],
    ["kWh/m2", / kWh\/m2$/],
    ["dagar", / dagar$/],
    ["ton", / ton$/],
    ["extra words around the number", /^90 % inom 30 dagar$/],
    ["a yes/no target", /^Genomfört ja\/nej$/],
    ["an ongoing state", /^Pågår$/],
    ["a baseline target", /^Lägre än 2020$/],
    ["an unreadable target", /^Enligt plan$/],
  ])("has %s", (_, pattern) => {
    expect(texts("Plan 2021").some((t) => pattern.test(t))).toBe(true);
  });

  it("has percent-formatted numbers, a formula's result, a cell error and a date", () => {
    const plan = sheet("Plan 2021");
    const cells = plan.values.flatMap((row, r) =>
      row.map((value, c) => ({ value, format: plan.numberFormats[r]?.[c] ?? null })),
    );
    expect(cells.some((c) => typeof c.value === "number" && c.format === "0 %")).toBe(true);
    expect(cells.some((c) => typeof c.value === "number" && Math.abs(c.value - 83 / 2731) < 1e-12)).toBe(true);
    expect(cells.some((c) => c.value !== null && isCellError(c.value) && c.value.error === "#N/A")).toBe(true);
    expect(cells.some((c) => c.value === 44439 && c.format === "yyyy-mm-dd")).toBe(true);
  });

  it("has about 30 indicators, a boolean target and August actuals left empty", () => {
    const indicators = evaluation.rows.filter((r) => r.level === "indicator");
    expect(indicators.length).toBeGreaterThanOrEqual(30);
    expect(sheet("Plan 2021").values.some((row) => row[4] === true)).toBe(true);
    expect(indicators.some((r) => r.actual === null)).toBe(true);
  });
});

describe("evaluating the example", () => {
  it("reads its Regler sheet, custom rule included, without complaint", () => {
    const { rules, problems } = parseReglerSheet(sheet("Regler"));
    expect(problems).toEqual([]);
    expect(rules.indicatorRules.map((r) => r.name)).toContain("Absolut 2 p.e.");
    expect(rules.perspectives).toEqual(["Samhälle", "Patient", "Medarbetare", "Verksamhetsresultat"]);
  });

  it("follows up August, with both plans and their Dnr", () => {
    expect(evaluation.period).toBe("Utfall augusti");
    expect(evaluation.plans.map((p) => [p.name, p.dnr])).toEqual([
      ["Verksamhetsplan 2021", "RS/1841/2018"],
      ["Handlingsplan för klimat och miljö", "RS/2346/2019"],
      ["Nämndens uppdrag", null],
    ]);
  });

  it("gives indicators every status", () => {
    const statuses = new Set(evaluation.rows.filter((r) => r.level === "indicator").map((r) => r.status));
    expect([...statuses].sort()).toEqual([...STATUSES].sort());
  });

  it("shows the deliberate problems a controller would meet", () => {
    const codes = new Set(evaluation.problems.map((p) => p.code));
    for (const code of [
      "UNPARSEABLE_TARGET",
      "UNPARSEABLE_ACTUAL",
      "CELL_ERROR",
      "UNKNOWN_LEVEL",
      "ORPHAN_INDICATOR",
      "MANUAL_DIFFERS",
      "SCALE_MISMATCH",
      "STATUS_COLUMN_ADDED",
    ] as const) {
      expect(codes).toContain(code);
    }
  });

  it("uses the custom rule: 13,5 % against at most 12 % is yellow with 2 p.e., not red", () => {
    const row = evaluation.rows.find((r) => r.name === "Andel återinskrivningar inom 30 dagar");
    expect(row?.status).toBe("yellow");
  });

  it("lets the manual assessment stand where it differs from the data", () => {
    const row = evaluation.rows.find((r) => r.name === "Digitala vårdmöten erbjuds på alla vårdcentraler");
    expect(row).toMatchObject({ status: "green", source: "manual" });
  });
});
