import { parseCommandLine } from "../../src/cli/args";
import { CliFailure } from "../../src/cli/cli-failure";

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CliFailure && error.kind === "usage") return error.message;
    throw error;
  }
  throw new Error(`${argv.join(" ")} parsed`);
}

describe("commands", () => {
  it("reads validate with its options", () => {
    expect(parseCommandLine(["validate", "plan.xlsx", "--json", "--period", "augusti"])).toEqual({
      command: "validate",
      input: "plan.xlsx",
      json: true,
      period: "augusti",
    });
  });

  it("reads recalc with defaults and with every option, options before or after the file", () => {
    expect(parseCommandLine(["recalc", "plan.xlsx"])).toEqual({
      command: "recalc",
      input: "plan.xlsx",
      output: null,
      json: false,
      period: null,
      allowLossy: false,
      summaries: true,
    });
    expect(
      parseCommandLine([
        "recalc",
        "-o",
        "ut.xlsx",
        "--allow-lossy",
        "plan.xlsx",
        "--period=april",
        "--json",
        "--no-summaries",
      ]),
    ).toEqual({
      command: "recalc",
      input: "plan.xlsx",
      output: "ut.xlsx",
      json: true,
      period: "april",
      allowLossy: true,
      summaries: false,
    });
  });

  it("reads example with and without -o", () => {
    expect(parseCommandLine(["example"])).toEqual({ command: "example", output: null });
    expect(parseCommandLine(["example", "--output", "ut/exempel.xlsx"])).toEqual({
      command: "example",
      output: "ut/exempel.xlsx",
    });
  });

  it.each([[["--help"]], [["-h"]], [["recalc", "--help"]], [["validate", "plan.xlsx", "-h"]]])(
    "%j asks for help",
    (argv) => {
      expect(parseCommandLine(argv)).toEqual({ command: "help" });
    },
  );

  it("reads --version", () => {
    expect(parseCommandLine(["--version"])).toEqual({ command: "version" });
  });
});

describe("usage errors, in Swedish", () => {
  it.each([
    [[], /Ange ett kommando/],
    [["kör", "plan.xlsx"], /Okänt kommando "kör"/],
    [["validate"], /behöver en arbetsbok/],
    [["recalc", "a.xlsx", "b.xlsx"], /För många argument/],
    [["validate", "plan.xlsx", "-o", "ut.xlsx"], /Flaggan -o\/--output gäller inte kommandot validate/],
    [["example", "--json"], /--json gäller inte kommandot example/],
    [["recalc", "plan.xlsx", "--tyst"], /Okänd flagga --tyst/],
    [["recalc", "plan.xlsx", "--period"], /Flaggan --period behöver ett värde/],
    [["recalc", "plan.xlsx", "--period", " "], /behöver ett värde/],
    [["recalc", "plan.xlsx", "--json=ja"], /--json tar inget värde/],
    [["example", "exempel.xlsx"], /tar inga argument/],
  ])("%j", (argv, message) => {
    expect(usageError(argv)).toMatch(message);
  });
});
