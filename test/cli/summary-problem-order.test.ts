import { formatSummary } from "../../src/cli/output/summary-text";
import type { Evaluation } from "../../src/domain/evaluation";
import { makeProblem, PROBLEM_CODES, type Problem } from "../../src/domain/problems";
import { adr } from "../support/adr";
import { SAMPLES } from "../domain/i18n/problem-samples";

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
    const codes = ["MISSING_TARGET", "MISSING_TARGET", "CELL_ERROR", "DUPLICATE_NAME", "CELL_ERROR"] as const;
    const problems = cells.map((cell, i) =>
      makeProblem(codes[i] ?? "CELL_ERROR", { sheet: "Plan", ...adr(cell) }, { name: `n${i}`, value: `v${i}` }),
    );
    const shown = problemLines(formatSummary(withProblems(problems), { file: "x.xlsx", action: "validate" }));
    expect(shown.map((line) => /Plan!([A-Z]+\d+)/.exec(line)?.[1])).toEqual(["B2", "B2", "AA2", "A10", "C10"]);
    // Equal cells keep the order they were found in.
    expect(shown[0]).toContain("n1");
    expect(shown[1]).toContain("v4");
  });

  it("folds alike problems into one line, in row order, naming the first cells", () => {
    const problems = Array.from({ length: 100 }, (_, i) =>
      makeProblem("MISSING_TARGET", adr(`Plan!B${100 - i}`), { name: `n${i}` }),
    );
    const shown = problemLines(formatSummary(withProblems(problems), { file: "x.xlsx", action: "validate" }));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(
      /^ {4}Plan!B1\s.*MISSING_TARGET ×100\s+100 gånger \(B1, B2, B3 och 97 till\), t\.ex\. B1: "n99"/,
    );
  });

  it("leaves two alike problems as two lines", () => {
    const problems = ["B2", "B3"].map((cell) =>
      makeProblem("MISSING_TARGET", { sheet: "Plan", ...adr(cell) }, { name: cell }),
    );
    expect(problemLines(formatSummary(withProblems(problems), { file: "x.xlsx", action: "validate" }))).toHaveLength(2);
  });

  it("shows the first 40 lines and counts the problems behind the rest", () => {
    // Two of each code: never folded, so every problem is a line of its own.
    const codes = PROBLEM_CODES.filter((code) => code !== "LAYOUT_INFERRED");
    const problems = codes.flatMap((code, i) => [
      makeProblem(code, adr(`Plan!B${2 * i + 1}`), SAMPLES[code][0] as never),
      makeProblem(code, adr(`Plan!B${2 * i + 2}`), SAMPLES[code][0] as never),
    ]);
    const text = formatSummary(withProblems(problems), { file: "x.xlsx", action: "validate" });
    const shown = problemLines(text);
    expect(shown).toHaveLength(40);
    expect(shown[0]).toMatch(/^ {4}Plan!B1\s/);
    expect(shown[39]).toMatch(/^ {4}Plan!B40\s/);
    expect(text).toContain(`… och ${problems.length - 40} till på bladet (alla finns med --json).`);
  });
});
