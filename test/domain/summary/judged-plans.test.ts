/** Issue 8 item 5: plans judged by hand without goals are plans, not empty plans, in the engine and the summaries. */
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { RawCell } from "../../../src/domain/grid";
import { describeSummarySheets } from "../../../src/domain/summary/describe-summary-sheets";
import type { SheetDescription } from "../../../src/domain/summary/types";
import { cells, sheetGrid, workbook } from "./read-description";
import { adr } from "../../support/adr";

// prettier-ignore
const PLAN_LIST: RawCell[][] = [
  ["Nivå",          "Namn",                              "Dnr",          "Bedömning", "Kommentar"],
  ["Handlingsplan", "Handlingsplan för jämlik hälsa",    "RS/1841/2018", "↑",         "Alla aktiviteter genomförda."],
  ["Handlingsplan", "Handlingsplan för digitalisering",  "RS/2020/0412", "→",         "Två av fem insatser pågår."],
  ["Handlingsplan", "Handlingsplan för klimat",          "RS/2019/0077", "↑",         null],
  ["Handlingsplan", "Handlingsplan utan bedömning",      "RS/2021/0001", null,        null],
];

const grid = { sheets: [{ name: "Handlingsplaner", values: PLAN_LIST, numberFormats: [], merges: [] }] };
const evaluation = evaluateWorkbook(grid, { period: null });
const codes = (code: string) => evaluation.problems.filter((p) => p.code === code).map((p) => p.cell);

const texts = (sheet: SheetDescription | undefined): string[] =>
  sheet ? [...cells(sheet.content).values()].map((c) => c.value).filter((v): v is string => typeof v === "string") : [];

describe("a plan judged by hand without goals", () => {
  it("takes its manual status with no EMPTY_PLAN and no MANUAL_DIFFERS", () => {
    expect(evaluation.plans.map((p) => [p.name, p.status, p.source])).toEqual([
      ["Handlingsplan för jämlik hälsa", "green", "manual"],
      ["Handlingsplan för digitalisering", "yellow", "manual"],
      ["Handlingsplan för klimat", "green", "manual"],
      ["Handlingsplan utan bedömning", "red", "rollup"],
    ]);
    expect(codes("MANUAL_DIFFERS")).toEqual([]);
    // Only the plan nobody judged is an empty plan.
    expect(codes("EMPTY_PLAN")).toEqual([adr("B5")]);
    expect(evaluation.rows[0]?.explanation).toEqual({ kind: "manual", status: "green", computed: null });
  });

  it("is counted in Översikt's sentence instead of 'inga mål att redovisa'", () => {
    const plan = describeSummarySheets(evaluation, workbook(sheetGrid("Handlingsplaner", PLAN_LIST)), {
      runDate: "2025-09-01",
    });
    const overview = texts(plan.sheets[0]?.sheet);
    expect(overview.some((t) => t.includes("inga mål att redovisa"))).toBe(false);
    expect(overview).toContain("Av de 3 handlingsplanerna är 2 uppfyllda och 1 delvis uppfylld.");
  });

  it("gets a plan sheet that says it is judged by hand and shows the judgement's comment", () => {
    const plan = describeSummarySheets(evaluation, workbook(sheetGrid("Handlingsplaner", PLAN_LIST)), {
      runDate: "2025-09-01",
    });
    const first = plan.sheets.find((s) => s.sheet.kind === "plan")?.sheet;
    const shown = texts(first);
    expect(shown).toContain("Planens status är en manuell bedömning; den har inga mål att redovisa.");
    expect(shown).toContain("Alla aktiviteter genomförda.");
    expect(shown.some((t) => t === "Det finns inga mål att redovisa.")).toBe(false);
  });
});

describe("beside plans with goals", () => {
  // prettier-ignore
  const rows: RawCell[][] = [
    ["Nivå",          "Namn",                  "Bedömning", "Målvärde", "Utfall"],
    ["Plan",          "Verksamhetsplan",        null,        null,       null],
    ["Mål",           "God tillgänglighet",     null,        null,       null],
    ["Mätetal",       "Besök inom 30 dagar",    null,        "90 %",     "93 %"],
    ["Handlingsplan", "Handlingsplan för klimat", "↓",       null,       null],
  ];
  it("adds the judged plans to Översikt's sentence", () => {
    const e = evaluateWorkbook(
      { sheets: [{ name: "Plan", values: rows, numberFormats: [], merges: [] }] },
      { period: null },
    );
    const plan = describeSummarySheets(e, workbook(sheetGrid("Plan", rows)), { runDate: "2025-09-01" });
    expect(texts(plan.sheets[0]?.sheet)).toContain(
      "Det enda mätetalet är uppfyllt. Planer utan mål, bedömda för hand: den enda planen är ej uppfylld.",
    );
  });
});
