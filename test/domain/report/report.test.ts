import { evaluateWorkbook } from "../../../src/domain/evaluate";
import { buildReport, reportSchema } from "../../../src/domain/report";
import { sheet, workbook } from "../evaluate/sheets";

const grid = workbook(
  sheet(
    "Plan 2021",
    [
      ["Nivå", "Perspektiv", "Namn", "Dnr", "Målvärde", "Utfall 2018-04-30", "Jämförelsevärde", "Bedömning", "Status"],
      ["Handlingsplan", null, "Hållbar vård", "RS/1841/2018", null, null, null, null, null],
      ["Mål", "Patient", "Korta väntetider", null, null, null, null, null, null],
      ["Mätetal", null, "Andel besök inom 30 dagar", null, "minst 90 %", 0.61, null, null, null],
      ["Mätetal", null, "Väntetid", null, "högst 14 dagar", "12,4 dagar", null, null, null],
      ["Mätetal", null, "Rutin införd", null, "Ja", "Nej", null, null, null],
      ["Mätetal", null, "Beläggning", null, "80–90 %", "85 %", null, null, null],
      ["Mätetal", null, "Vårdskador", null, "Lägre än 2020", 40, 52, null, null],
      ["Mätetal", null, "Nöjdhet", null, "God", null, null, null, null],
      ["Mätetal", null, "Besök", null, null, "se bilaga", null, "Grön", null],
      ["Mätetal", null, "Rutin påbörjad", null, "Ja", "Pågår", null, null, null],
      ["Mätetal", null, "Enkät", null, "minst 80 %", "Ej mätt", null, null, null],
    ],
    { formats: { "3,5": "0%" } },
  ),
);
const report = buildReport(evaluateWorkbook(grid, { period: null }));
const rowNamed = (name: string) => report.rows.find((r) => r.name === name);

describe("the JSON report", () => {
  it("passes its own schema, also after a trip through JSON", () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it("has schema version 1 and names the period", () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.period).toBe("Utfall 2018-04-30");
  });

  it("writes a percent as a fraction", () => {
    expect(rowNamed("Andel besök inom 30 dagar")).toEqual({
      sheet: "Plan 2021",
      row: 4,
      level: "indicator",
      name: "Andel besök inom 30 dagar",
      plan: "Hållbar vård",
      perspective: "Patient",
      target: { kind: "percent", value: 0.9, unit: null, text: "minst 90 %" },
      actual: { kind: "percent", value: 0.61, unit: null, text: "61 %" },
      direction: "higher",
      directionSource: "target",
      status: "red",
      source: "computed",
      explanation: "Utfall 61 % är mer än 10 % under målvärdet 90 % → röd.",
    });
  });

  it("writes numbers with their unit, booleans as true/false, a range with its high end, a baseline with its year", () => {
    expect(rowNamed("Väntetid")?.actual).toEqual({ kind: "number", value: 12.4, unit: "dagar", text: "12,4 dagar" });
    expect(rowNamed("Rutin införd")?.target).toEqual({
      kind: "boolean",
      value: true,
      state: "yes",
      unit: null,
      text: "Ja",
    });
    expect(rowNamed("Rutin införd")?.actual).toEqual({
      kind: "boolean",
      value: false,
      state: "no",
      unit: null,
      text: "Nej",
    });
    expect(rowNamed("Beläggning")?.target).toEqual({
      kind: "range",
      value: 0.8,
      high: 0.9,
      percent: true,
      unit: null,
      text: "80–90 %",
    });
    expect(rowNamed("Vårdskador")?.target).toEqual({
      kind: "baseline",
      value: null,
      unit: null,
      text: "Lägre än 2020",
      ref: "2020",
    });
  });

  it("keeps ongoing apart from no: value null and state ongoing", () => {
    expect(rowNamed("Rutin påbörjad")).toMatchObject({
      actual: { kind: "boolean", value: null, state: "ongoing", unit: null, text: "Pågår" },
      status: "yellow",
    });
  });

  it("writes a not-measured actual as its own kind, status missing, with an info and no error", () => {
    expect(rowNamed("Enkät")).toMatchObject({
      actual: { kind: "not-measured", value: null, text: "Ej mätt" },
      status: "missing",
      source: "none",
    });
    const problems = report.problems.filter((p) => p.cell === "F12");
    expect(problems.map((p) => [p.severity, p.code])).toEqual([["info", "NOT_MEASURED"]]);
  });

  it("writes null for an empty cell and kind unparseable for an unreadable one", () => {
    expect(rowNamed("Nöjdhet")).toMatchObject({
      target: { kind: "unparseable", value: null, text: "God" },
      actual: null,
    });
    expect(rowNamed("Besök")).toMatchObject({
      target: null,
      actual: { kind: "unparseable", value: null, text: "se bilaga" },
      status: "green",
      source: "manual",
    });
  });

  it("gives problems with only the documented fields", () => {
    const problem = report.problems.find((p) => p.code === "UNPARSEABLE_TARGET");
    expect(problem).toEqual({
      severity: "error",
      code: "UNPARSEABLE_TARGET",
      sheet: "Plan 2021",
      cell: "E9",
      message: 'Målvärdet "God" går inte att tolka.',
    });
  });

  it("summarises perspectives and plans", () => {
    expect(report.perspectives).toEqual([
      {
        name: "Patient",
        goals: { green: 0, yellow: 1, red: 0, missing: 0 },
        indicators: { green: 4, yellow: 1, red: 2, missing: 2 },
      },
    ]);
    expect(report.plans).toEqual([
      {
        name: "Hållbar vård",
        dnr: "RS/1841/2018",
        sheet: "Plan 2021",
        row: 2,
        status: "yellow",
        source: "rollup",
        goals: { green: 0, yellow: 1, red: 0, missing: 0 },
      },
    ]);
  });

  it("the schema refuses fields outside the contract", () => {
    const withParams = { ...report, problems: [{ ...report.problems[0], params: {} }] };
    expect(reportSchema.safeParse(withParams).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, schemaVersion: 2 }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, extra: true }).success).toBe(false);
  });
});
