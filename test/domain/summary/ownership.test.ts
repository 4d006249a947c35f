import type { WorkbookGrid } from "../../../src/domain/grid";
import { describeSummarySheets } from "../../../src/domain/summary/describe-summary-sheets";
import { generatedSheetNames, readRegistry, REGISTRY_SHEET_NAME } from "../../../src/domain/summary/registry";
import type { SummarySheetsChange } from "../../../src/domain/summary/types";
import { buildEvaluation, type SheetSpec } from "./model";
import { applyToGrid, sheetGrid, workbook } from "./read-description";

const RUN = { runDate: "2024-05-02" };

const plan2021: SheetSpec = {
  sheet: "Plan 2021",
  plans: [
    {
      name: "Vårdplan",
      status: "green",
      goals: [{ name: "Korta väntetider", status: "green", perspective: "Patient", indicators: [] }],
    },
  ],
};
const plan2022: SheetSpec = {
  sheet: "Plan 2022",
  plans: [
    { name: "Miljöplan", status: "red", goals: [{ name: "Mindre avfall", status: "red", perspective: "Miljö" }] },
  ],
};

const userSheets = (): WorkbookGrid => workbook(sheetGrid("Plan 2021"), sheetGrid("Plan 2022"));
const names = (plan: SummarySheetsChange): string[] => plan.sheets.map((s) => s.sheet.name);

describe("the first run", () => {
  const plan = describeSummarySheets(buildEvaluation([plan2021, plan2022]), userSheets(), RUN);

  it("writes Översikt, the perspectives and the plans, in that order", () => {
    expect(names(plan)).toEqual(["Översikt", "Patient", "Miljö", "Vårdplan", "Miljöplan"]);
  });

  it("replaces and removes nothing", () => {
    expect(plan.remove).toEqual([]);
    expect(plan.sheets.every((s) => s.replaces === null)).toBe(true);
    expect(plan.registry.replaces).toBeNull();
  });

  it("lists every sheet it writes in the registry: name, kind, key", () => {
    expect(plan.registry.name).toBe(REGISTRY_SHEET_NAME);
    expect(plan.registry.values).toEqual([
      ["Blad", "Typ", "Nyckel"],
      ["Översikt", "overview", ""],
      ["Patient", "perspective", "Patient"],
      ["Miljö", "perspective", "Miljö"],
      ["Vårdplan", "plan", "Plan 2021!Vårdplan"],
      ["Miljöplan", "plan", "Plan 2022!Miljöplan"],
    ]);
  });
});

describe("a re-run", () => {
  const evaluation = buildEvaluation([plan2021, plan2022]);
  const first = describeSummarySheets(evaluation, userSheets(), RUN);
  const afterFirst = applyToGrid(userSheets(), first);

  it("replaces exactly the sheets it generated", () => {
    const second = describeSummarySheets(evaluation, afterFirst, RUN);
    expect(names(second)).toEqual(names(first));
    expect(second.sheets.map((s) => s.replaces)).toEqual(names(first));
    expect(second.registry.replaces).toBe(REGISTRY_SHEET_NAME);
    expect(second.remove).toEqual([]);
  });

  it("describes identical sheets when nothing changed", () => {
    const second = describeSummarySheets(evaluation, afterFirst, RUN);
    expect(second.sheets.map((s) => s.sheet)).toEqual(first.sheets.map((s) => s.sheet));
    expect(second.registry.values).toEqual(first.registry.values);
  });

  it("differs only in the run line on another day", () => {
    const later = describeSummarySheets(evaluation, afterFirst, { runDate: "2024-08-31" });
    const strip = (p: SummarySheetsChange): string =>
      JSON.stringify(p.sheets.map((s) => s.sheet)).replace(/Sammanställt \d{4}-\d\d-\d\d/g, "");
    expect(later.sheets.map((s) => s.sheet)).not.toEqual(first.sheets.map((s) => s.sheet));
    expect(strip(later)).toEqual(strip(first));
  });

  it("removes the sheet of a plan that no longer exists", () => {
    const withoutMiljo = buildEvaluation([plan2021]);
    const second = describeSummarySheets(withoutMiljo, afterFirst, RUN);
    expect([...second.remove].sort()).toEqual(["Miljö", "Miljöplan"]);
    expect(names(second)).not.toContain("Miljöplan");
    expect(second.registry.values.map((r) => r[0])).not.toContain("Miljöplan");
  });

  it("does not count a registered sheet the user has deleted as one to replace", () => {
    const deleted: WorkbookGrid = { sheets: afterFirst.sheets.filter((s) => s.name !== "Vårdplan") };
    const second = describeSummarySheets(evaluation, deleted, RUN);
    expect(second.sheets.find((s) => s.sheet.name === "Vårdplan")?.replaces).toBeNull();
    expect(second.remove).toEqual([]);
  });
});

describe("a user's sheet with a generated name", () => {
  const grid = workbook(sheetGrid("Plan 2021"), sheetGrid("översikt", [["Mina anteckningar"]]));
  const plan = describeSummarySheets(buildEvaluation([plan2021]), grid, RUN);

  it("keeps its name; the generated sheet takes the next one", () => {
    expect(names(plan)[0]).toBe("Översikt (2)");
  });

  it("is never removed or replaced", () => {
    expect(plan.remove).toEqual([]);
    expect(plan.sheets.map((s) => s.replaces)).not.toContain("översikt");
  });

  it("is reported with a warning naming both sheets", () => {
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({
      code: "GENERATED_NAME_TAKEN",
      severity: "warning",
      sheet: "översikt",
      params: { name: "översikt", used: "Översikt (2)" },
    });
    expect(plan.problems[0]?.message).toContain("Översikt (2)");
  });

  it("keeps being left alone run after run, with the same warning", () => {
    const second = describeSummarySheets(buildEvaluation([plan2021]), applyToGrid(grid, plan), RUN);
    expect(names(second)[0]).toBe("Översikt (2)");
    expect(second.sheets[0]?.replaces).toBe("Översikt (2)");
    expect(second.remove).toEqual([]);
    expect(second.problems.map((p) => p.code)).toEqual(["GENERATED_NAME_TAKEN"]);
  });

  it("gives the plain name back once the user's sheet is gone", () => {
    const after = applyToGrid(grid, plan);
    const withoutUserSheet: WorkbookGrid = { sheets: after.sheets.filter((s) => s.name !== "översikt") };
    const second = describeSummarySheets(buildEvaluation([plan2021]), withoutUserSheet, RUN);
    expect(names(second)[0]).toBe("Översikt");
    expect(second.remove).toEqual(["Översikt (2)"]);
    expect(second.problems).toEqual([]);
  });
});

describe("names that collide among generated sheets", () => {
  const vard = (sheet: string): SheetSpec => ({
    sheet,
    plans: [{ name: "Vårdplan", status: "green", goals: [{ name: "Mål", status: "green", perspective: "Patient" }] }],
  });

  it("are numbered in report order without a warning", () => {
    const plan = describeSummarySheets(
      buildEvaluation([vard("A"), vard("B")]),
      workbook(sheetGrid("A"), sheetGrid("B")),
      RUN,
    );
    expect(names(plan).slice(-2)).toEqual(["Vårdplan", "Vårdplan (2)"]);
    expect(plan.problems).toEqual([]);
  });

  it("stay with their plan when a plan of the same name is added above it", () => {
    const grid = workbook(sheetGrid("A"), sheetGrid("B"));
    const first = describeSummarySheets(buildEvaluation([vard("B")]), grid, RUN);
    const second = describeSummarySheets(buildEvaluation([vard("A"), vard("B")]), applyToGrid(grid, first), RUN);
    const byKey = new Map(second.sheets.map((s) => [s.sheet.key, s.sheet.name]));
    expect(byKey.get("B!Vårdplan")).toBe("Vårdplan");
    expect(byKey.get("A!Vårdplan")).toBe("Vårdplan (2)");
  });

  it("keep two plans of one name on one sheet apart", () => {
    const sheet: SheetSpec = {
      sheet: "A",
      plans: [
        { name: "Plan", status: "green", goals: [{ name: "Ett", status: "green" }] },
        { name: "Plan", status: "red", goals: [{ name: "Två", status: "red" }] },
      ],
    };
    const plan = describeSummarySheets(buildEvaluation([sheet]), workbook(sheetGrid("A")), RUN);
    const planSheets = plan.sheets.filter((s) => s.sheet.kind === "plan").map((s) => [s.sheet.name, s.sheet.key]);
    expect(planSheets).toEqual([
      ["Plan", "A!Plan"],
      ["Plan (2)", "A!Plan#2"],
    ]);
  });
});

describe("the registry", () => {
  const evaluation = buildEvaluation([plan2021]);
  const grid = applyToGrid(
    workbook(sheetGrid("Plan 2021"), sheetGrid("Översikt 2020")),
    describeSummarySheets(evaluation, workbook(sheetGrid("Plan 2021"), sheetGrid("Översikt 2020")), RUN),
  );

  it("is read back as written", () => {
    expect(readRegistry(grid).map((e) => [e.name, e.kind])).toEqual([
      ["Översikt", "overview"],
      ["Patient", "perspective"],
      ["Vårdplan", "plan"],
    ]);
  });

  it("tells the evaluation which sheets are not plan sheets", () => {
    expect([...generatedSheetNames(grid)].sort()).toEqual(
      ["Översikt", "Patient", "Vårdplan", REGISTRY_SHEET_NAME].sort(),
    );
  });

  it("names nothing in a workbook that has none", () => {
    expect(generatedSheetNames(workbook(sheetGrid("Översikt")))).toEqual(new Set());
  });

  it("counts a registered sheet as generated whatever a later version calls its kind", () => {
    const withFuture = workbook(
      sheetGrid("Plan 2021"),
      sheetGrid("Trender"),
      sheetGrid(REGISTRY_SHEET_NAME, [
        ["Blad", "Typ", "Nyckel"],
        ["Trender", "trend", "x"],
      ]),
    );
    const plan = describeSummarySheets(evaluation, withFuture, RUN);
    expect(plan.remove).toEqual(["Trender"]);
  });
});

describe("a plan or perspective named like one of the user's plan sheets", () => {
  const own: SheetSpec = {
    sheet: "Nämndens uppdrag",
    plans: [
      {
        name: "Nämndens uppdrag",
        status: "green",
        goals: [{ name: "Mål", status: "green", perspective: "Plan 2021" }],
      },
    ],
  };

  it("takes the prefixed name quietly instead of a numbered copy", () => {
    const plan = describeSummarySheets(
      buildEvaluation([plan2021, own]),
      workbook(sheetGrid("Plan 2021"), sheetGrid("Nämndens uppdrag")),
      RUN,
    );
    expect(names(plan)).toEqual([
      "Översikt",
      "Patient",
      "Perspektiv – Plan 2021",
      "Vårdplan",
      "Plan – Nämndens uppdrag",
    ]);
    expect(plan.problems).toEqual([]);
  });
});
