import { formatSummary } from "../../src/cli/output/summary-text";
import type { Evaluation } from "../../src/domain/evaluation";
import { makeProblem, type Problem } from "../../src/domain/problems";

/** An evaluation with nothing but the given problems, as formatSummary sees it. */
function withProblems(problems: Problem[]): Evaluation {
  return {
    period: null,
    periods: [],
    rules: null as never,
    problems,
    rows: [],
    perspectives: [],
    plans: [],
    statusWrites: [],
    layouts: [],
  };
}

function problemLines(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("    Plan!"));
}

describe("the summary's problem list", () => {
  it("prints a sheet's problems in row order even when they arrive out of order", () => {
    const cells = ["C10", "B2", "AA2", "A10", "B2"];
    const problems = cells.map((cell, i) => makeProblem("MISSING_TARGET", { sheet: "Plan", cell }, { name: `n${i}` }));
    const shown = problemLines(formatSummary(withProblems(problems), { file: "x.xlsx", action: "validate" }));
    expect(shown.map((line) => /Plan!([A-Z]+\d+)/.exec(line)?.[1])).toEqual(["B2", "B2", "AA2", "A10", "C10"]);
    // Equal cells keep the order they were found in.
    expect(shown[0]).toContain("n1");
    expect(shown[1]).toContain("n4");
  });

  it("shows the first 40 in row order and counts the rest", () => {
    const problems = Array.from({ length: 100 }, (_, i) =>
      makeProblem("MISSING_TARGET", { sheet: "Plan", cell: `B${100 - i}` }, { name: `n${i}` }),
    );
    const text = formatSummary(withProblems(problems), { file: "x.xlsx", action: "validate" });
    const shown = problemLines(text);
    expect(shown).toHaveLength(40);
    expect(shown[0]).toMatch(/^ {4}Plan!B1\s/);
    expect(shown[39]).toMatch(/^ {4}Plan!B40\s/);
    expect(text).toContain("… och 60 till på bladet (alla finns med --json).");
  });
});
