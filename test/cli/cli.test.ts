/** The real command, spawned as a user runs it: exit codes, what goes to stdout and stderr, what gets written. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { failureSchema } from "../../src/cli/output/json-output";
import { reportSchema } from "../../src/domain/report";
import { hasStackTrace, runMalstyrning } from "../support/run-malstyrning";
import { buildWorkbook, loadFile, smallPlanWorkbook, tempDir, toBuffer } from "../support/xlsx-fixtures";

jest.setTimeout(120_000);

let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir("malstyrning-cli-"));
  writeFileSync(path.join(dir, "plan.xlsx"), await toBuffer(smallPlanWorkbook()));
});
afterAll(() => cleanup());

const run = (...args: string[]): ReturnType<typeof runMalstyrning> => runMalstyrning(args, { cwd: dir });

describe("help and version", () => {
  it("prints Swedish help on stdout for --help and exits 0", () => {
    const result = run("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Användning:");
    expect(result.stdout).toContain("malstyrning recalc   <fil.xlsx>");
    expect(result.stderr).toBe("");
  });

  it("prints the version", () => {
    const result = run("--version");
    expect(result).toMatchObject({ code: 0, stdout: "0.1.0\n" });
  });

  it("answers a usage error with the help on stderr and exit 2", () => {
    const result = run("recalc", "plan.xlsx", "--tyst");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^malstyrning: Okänd flagga --tyst\.\n/);
    expect(result.stderr).toContain("Användning:");
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe("on a clean plan workbook", () => {
  it("validate exits 0 with a readable summary and writes nothing", () => {
    const result = run("validate", "plan.xlsx");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Period: Utfall augusti");
    expect(result.stdout).toContain("Resultat: inga fel.");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("recalc --json prints exactly one report on stdout, writes <in>-status.xlsx and keeps the input", () => {
    const before = readFileSync(path.join(dir, "plan.xlsx"));
    const result = run("recalc", "plan.xlsx", "--json");
    expect(result.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.rows.find((r) => r.name === "Besök inom 30 dagar")?.status).toBe("green");
    expect(result.stderr).toMatch(/^Skrev plan-status.xlsx. Sammanställningar: Översikt, .*\n$/);
    expect(readFileSync(path.join(dir, "plan.xlsx"))).toEqual(before);
    expect(existsSync(path.join(dir, "plan-status.xlsx"))).toBe(true);
  });
});

describe("summary sheets", () => {
  it("recalc adds Översikt, the perspective and plan sheets and lists them; --no-summaries adds none", async () => {
    const withSummaries = run("recalc", "plan.xlsx", "-o", "med.xlsx");
    expect(withSummaries.code).toBe(0);
    const listed = /Sammanställningar: (.*)\.\n/.exec(withSummaries.stdout)?.[1]?.split(", ") ?? [];
    expect(listed[0]).toBe("Översikt");
    const med = await loadFile(path.join(dir, "med.xlsx"));
    expect(med.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Plan 2021", ...listed]);

    const without = run("recalc", "plan.xlsx", "-o", "utan.xlsx", "--no-summaries");
    expect(without.code).toBe(0);
    expect(without.stdout).not.toContain("Sammanställningar");
    const utan = await loadFile(path.join(dir, "utan.xlsx"));
    expect(utan.worksheets.map((w) => w.name)).toEqual(["Plan 2021"]);
  });
});

describe("on the example workbook, which has deliberate errors", () => {
  beforeAll(() => {
    expect(run("example", "-o", "exempel/exempel.xlsx").code).toBe(0);
  });

  it("validate exits 1 and lists the problems by sheet", () => {
    const result = run("validate", "exempel/exempel.xlsx");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}Plan 2021$/m);
    expect(result.stdout).toMatch(
      /Plan 2021!E\d+\s+fel\s+UNPARSEABLE_TARGET\s+Målvärdet "Enligt plan" går inte att tolka\./,
    );
    expect(result.stdout.split("\n").every((line) => [...line].length <= 100)).toBe(true);
  });

  it("recalc still writes the statuses it could compute and exits 1", () => {
    const result = run("recalc", "exempel/exempel.xlsx", "-o", "exempel/ut.xlsx", "--json");
    expect(result.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.problems.some((p) => p.severity === "error")).toBe(true);
    expect(existsSync(path.join(dir, "exempel", "ut.xlsx"))).toBe(true);
  });
});

describe("a workbook without a plan sheet", () => {
  beforeAll(async () => {
    const rows = [
      ["Budget 2024", null],
      ["Konto", "Belopp"],
      ["4010", 1200],
    ];
    writeFileSync(path.join(dir, "budget.xlsx"), await toBuffer(buildWorkbook([{ name: "Budget", rows }])));
  });

  it("recalc writes no file, says so and exits 1 (NO_PLAN_SHEET is an error)", () => {
    const result = run("recalc", "budget.xlsx");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("NO_PLAN_SHEET");
    expect(result.stdout).toContain(
      "Inget skrevs: arbetsboken har inget planblad, så budget-status.xlsx skapades inte.",
    );
    expect(result.stdout).not.toContain("status skrevs");
    expect(existsSync(path.join(dir, "budget-status.xlsx"))).toBe(false);
  });

  it("recalc --json prints the report with NO_PLAN_SHEET and writes nothing, not even with -o", () => {
    const result = run("recalc", "budget.xlsx", "-o", "ut-budget.xlsx", "--json");
    expect(result.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.problems.map((p) => [p.severity, p.code])).toContainEqual(["error", "NO_PLAN_SHEET"]);
    expect(result.stderr).toBe("Inget skrevs: arbetsboken har inget planblad, så ut-budget.xlsx skapades inte.\n");
    expect(existsSync(path.join(dir, "ut-budget.xlsx"))).toBe(false);
  });
});

describe("broken input", () => {
  it.each([
    ["random bytes", "brus.xlsx", Buffer.from([0x8f, 0x02, 0xff, 0x00, 0x13, 0x37, 0x42, 0x99, 0xaa])],
    ["a CSV renamed .xlsx", "export.xlsx", Buffer.from("Nivå;Namn;Målvärde\nMål;Tillgänglighet;90 %\n")],
    ["a missing file", "saknas.xlsx", null],
  ])("%s: exit 2, one line on stderr, no stack trace, nothing written", (_, name, content) => {
    if (content) writeFileSync(path.join(dir, name), content);
    const result = run("recalc", name);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^malstyrning: /);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(existsSync(path.join(dir, name.replace(".xlsx", "-status.xlsx")))).toBe(false);
  });

  it("with --json, a failure document is the one thing on stdout", () => {
    const result = run("validate", "saknas.xlsx", "--json");
    expect(result.code).toBe(2);
    expect(failureSchema.parse(JSON.parse(result.stdout))).toMatchObject({
      ok: false,
      error: { kind: "file", message: "Filen saknas.xlsx finns inte." },
    });
  });
});
