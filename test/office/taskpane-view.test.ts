/** What the task pane and the ribbon's result dialog say, computed without a DOM. */
import type { EvaluatedRow, Evaluation } from "../../src/domain/evaluation";
import { makeProblem } from "../../src/domain/problems";
import { DEFAULT_RULES } from "../../src/domain/rules/defaults";
import { ProtectedSheetError } from "../../src/adapters/office/office-errors";
import {
  failureOutcome,
  headline,
  periodLine,
  problemsLine,
  summarize,
  summariesLine,
} from "../../src/commands/outcome";
import { resultUrl } from "../../src/commands/result-dialog";
import { describeRow, describeValue, findRow, groupProblems } from "../../taskpane/view-model";
import { layoutSentences } from "../../taskpane/layout-view";
import { evaluateWorkbook } from "../../src/domain/evaluate";
import { adr, excelRow } from "../support/adr";

const row: EvaluatedRow = {
  sheet: "Plan 2021",
  row: excelRow(8),
  level: "indicator",
  levelText: "Mätetal",
  name: "Andel nöjda patienter",
  plan: "Hälso- och sjukvårdsnämndens plan",
  goal: "God vård",
  perspective: "Patient",
  dnr: null,
  target: {
    kind: "percent",
    value: 0.85,
    unit: null,
    text: "Minst 85 %",
    comparison: { direction: "higher", strict: false },
  },
  actual: { kind: "percent", value: 0.84, unit: null, text: "84 %", comparison: null },
  direction: "higher",
  directionSource: "target",
  status: "yellow",
  source: "computed",
  explanation: {
    kind: "threshold",
    status: "yellow",
    actual: { amount: { value: 0.84, percent: true, unit: null }, asWritten: null },
    reference: { kind: "target", amount: { value: 0.85, percent: true, unit: null }, relativeTo: null },
    direction: "higher",
    position: "worse",
    tolerance: { kind: "relative", share: 0.1 },
  },
  comment: null,
  owner: null,
  children: null,
};

const evaluation: Evaluation = {
  period: "Utfall augusti",
  periods: ["Utfall april", "Utfall augusti"],
  rules: DEFAULT_RULES,
  problems: [
    makeProblem("DIRECTION_ASSUMED", adr("Plan 2021!E6"), { name: "Besök", direction: "higher" }),
    makeProblem("UNPARSEABLE_TARGET", adr("Plan 2021!E11"), { value: "lagom", reason: "text" }),
    makeProblem("NO_PLAN_SHEET", {}),
  ],
  rows: [row],
  perspectives: [],
  plans: [],
  statusWrites: [
    {
      sheet: "Plan 2021",
      col: 7,
      addHeader: null,
      cells: [
        { row: 7, status: "yellow" },
        { row: 5, status: "green" },
        { row: 6, status: "green" },
      ],
    },
  ],
  layouts: [],
};

describe("task pane view model", () => {
  it("groups problems errors first and knows where a click goes", () => {
    const groups = groupProblems(evaluation.problems, "sv");
    expect(groups.map((g) => `${g.title}:${g.items.length}`)).toEqual(["Fel:2", "Varningar:1"]);
    expect(groups[0]?.items[0]).toMatchObject({ where: "Plan 2021!E11", target: { sheet: "Plan 2021", cell: "E11" } });
    expect(groups[0]?.items[1]?.target).toBeNull();
    expect(groupProblems(evaluation.problems, "en")[0]?.items[0]?.message).toMatch(/lagom/);
  });

  it("explains a row: the cells as written, how they were read, and why", () => {
    expect(findRow(evaluation, "Plan 2021", excelRow(8))).toBe(row);
    expect(findRow(evaluation, "Plan 2021", excelRow(9))).toBeNull();
    const details = describeRow(row, "sv");
    expect(details.heading).toBe("Mätetal: Andel nöjda patienter");
    expect(details.glyph).toBe("→");
    expect(details.statusText).toBe("Delvis uppfyllt (beräknad)");
    expect(details.lines.map((l) => [l.label, l.value, l.note ?? ""])).toEqual([
      ["Varför", "Utfall 84 % är under målvärdet 85 % men inom toleransen 10 % → gul.", ""],
      ["Målvärde", "Minst 85 %", "tolkat som procent: 0,85 (85\u00a0%)"],
      ["Utfall", "84 %", "tolkat som procent: 0,84 (84\u00a0%)"],
      ["Riktning", "Högre är bättre", "enligt målvärdets formulering"],
      ["Plan", "Hälso- och sjukvårdsnämndens plan", ""],
      ["Perspektiv", "Patient", ""],
    ]);
  });

  it("describes every kind of value the reader returns", () => {
    const base = { comparison: null };
    expect(describeValue({ ...base, kind: "number", value: 203.5, unit: "kWh/m2", text: "203,5 kWh/m2" }, "sv")).toBe(
      "tal: 203,5 kWh/m2",
    );
    expect(
      describeValue({ ...base, kind: "boolean", value: false, state: "ongoing", unit: null, text: "Pågår" }, "sv"),
    ).toBe("ja/nej: pågår");
    expect(
      describeValue({ ...base, kind: "baseline", value: null, ref: "2020", unit: null, text: "Lägre än 2020" }, "en"),
    ).toBe("relative to an earlier value: 2020");
    expect(
      describeValue({ ...base, kind: "unparseable", value: null, unit: null, reason: "text", text: "lagom" }, "sv"),
    ).toBe("kunde inte tolkas");
    const cellError = {
      ...base,
      kind: "unparseable",
      value: null,
      unit: null,
      reason: "cell-error",
      text: "#N/A",
    } as const;
    expect(describeValue(cellError, "sv")).toBe("kunde inte tolkas (ett felvärde)");
    expect(describeValue(cellError, "en")).toBe("could not be read (an error value)");
    expect(describeValue(null, "sv")).toBe("tom");
  });
});

describe("ribbon outcome", () => {
  it("counts the Status cells by status and the problems by severity", () => {
    const outcome = summarize("recalc", evaluation, "sv");
    expect(outcome.counts).toEqual({ green: 2, yellow: 1, red: 0, missing: 0 });
    expect([outcome.errors, outcome.warnings, outcome.infos]).toEqual([2, 1, 0]);
    expect(outcome.firstErrors[0]).toEqual({
      where: "Plan 2021!E11",
      message: 'Målvärdet "lagom" går inte att tolka.',
    });
    expect(headline(outcome)).toBe("Status skriven för 3 rader");
    expect(periodLine(outcome)).toBe("Period: Utfall augusti");
    expect(problemsLine(outcome)).toMatch(/^2 fel, 1 varning och 0 information\./);
    // Only rows that can be assessed: the one evaluated row (yellow); a row without a status is not counted.
    expect(headline(summarize("validate", evaluation, "en"))).toBe("Validated: 1 row can be assessed");
    const withMissing = { ...evaluation, rows: [row, { ...row, row: excelRow(12), status: "missing" as const }] };
    expect(headline(summarize("validate", withMissing, "sv"))).toBe("Validerat: 1 rad kan bedömas");
    // Plans, goals and indicators are counted apart, as Översikt does.
    expect(summarize("validate", withMissing, "sv").levels[row.level]).toMatchObject({ yellow: 1, missing: 1 });
  });

  it("says how many summary sheets the ribbon's Beräkna status wrote, and nothing when it wrote none", () => {
    expect(summariesLine(summarize("recalc", evaluation, "sv", 9))).toBe(
      "Översikt och 8 flikar per perspektiv och plan uppdaterades.",
    );
    expect(summariesLine(summarize("recalc", evaluation, "sv", 2))).toBe(
      "Översikt och 1 flik per perspektiv och plan uppdaterades.",
    );
    expect(summariesLine(summarize("recalc", evaluation, "en", 1))).toBe("Översikt updated.");
    expect(summariesLine(summarize("validate", evaluation, "sv"))).toBeNull();
  });

  it("names protected sheets so the user knows what to do", () => {
    const outcome = failureOutcome("recalc", new ProtectedSheetError(["Plan 2021"]), "sv");
    expect(outcome.failure).toMatch(/Bladet ”Plan 2021” är skyddat, så inget skrevs/);
    expect(headline(outcome)).toBe("Målstyrning kunde inte slutföra");
    // Each language quotes the name its own way.
    expect(failureOutcome("recalc", new ProtectedSheetError(["Plan 2021"]), "en").failure).toMatch(
      /^The sheet “Plan 2021” is protected, so nothing was written\./,
    );
  });

  it("carries the outcome to the dialog in the URL fragment", () => {
    const outcome = summarize("recalc", evaluation, "sv");
    const url = new URL(resultUrl(outcome, "https://addin.example.se/malstyrning/commands.html"));
    expect(url.pathname).toBe("/malstyrning/result.html");
    expect(JSON.parse(decodeURIComponent(url.hash.slice(1)))).toEqual(outcome);
  });
});

describe("task pane problem list", () => {
  it("folds three or more alike problems on one sheet into one item that goes to the first cell", () => {
    const problems = ["E7", "E9", "E12", "E20"].map((cell) =>
      makeProblem("UNPARSEABLE_TARGET", { sheet: "Plan", ...adr(cell) }, { value: "lagom", reason: "text" }),
    );
    const [errors] = groupProblems([...problems, makeProblem("CELL_ERROR", adr("Plan!F3"), { value: "#N/A" })], "sv");
    expect(errors?.total).toBe(5);
    expect(errors?.items).toHaveLength(2);
    expect(errors?.items[0]).toMatchObject({ where: "Plan!E7", count: 4, target: { sheet: "Plan", cell: "E7" } });
    expect(errors?.items[0]?.message).toBe(
      '4 gånger (E7, E9, E12 och 1 till), t.ex. E7: Målvärdet "lagom" går inte att tolka.',
    );
    const [english] = groupProblems(problems, "en");
    expect(english?.items[0]?.message).toBe(
      '4 times (E7, E9, E12 and 1 more), e.g. E7: The target "lagom" cannot be read.',
    );
  });
});

describe("task pane: how the sheets were read", () => {
  it("keeps LAYOUT_INFERRED out of the problem list, since its own section tells it", () => {
    const inferred = makeProblem("LAYOUT_INFERRED", adr("Patient!A1"), {
      sv: "Bladet Patient: …",
      en: "Sheet Patient: …",
    });
    expect(groupProblems([inferred], "sv")).toEqual([]);
  });

  it("gives one sentence per plan sheet in the pane's language", () => {
    const evaluation = evaluateWorkbook(
      {
        sheets: [
          {
            name: "Patient",
            values: [
              ["Strategiskt mål", "Framgångsfaktor", "Resultat per augusti"],
              ["Vården ska vara tillgänglig", "Korta väntetiderna", "➔"],
            ],
            numberFormats: [],
            merges: [],
          },
        ],
      },
      { period: null },
    );
    expect(layoutSentences(evaluation.layouts, "sv")).toEqual([
      expect.stringMatching(/^Bladet Patient: rubrikrad 1; strategiska mål i kolumn A, framgångsfaktorer i kolumn B/),
    ]);
    expect(layoutSentences(evaluation.layouts, "en")[0]).toMatch(/^Sheet Patient: header row 1; goals/);
  });
});
