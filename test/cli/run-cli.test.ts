import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run-cli";
import * as engine from "../../src/domain/evaluate";
import { failureSchema } from "../../src/cli/output/json-output";
import { reportSchema } from "../../src/domain/report";
import { captureIo } from "../support/capture-io";
import { loadFile, smallPlanWorkbook, tempDir, toBuffer } from "../support/xlsx-fixtures";
import * as parts from "../support/xlsx-parts";

let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, "plan.xlsx"), await toBuffer(smallPlanWorkbook()));
});
afterEach(() => cleanup());

async function run(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir, env);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("recalc", () => {
  it("writes <in>-status.xlsx beside the input and leaves the input as it was", async () => {
    const input = readFileSync(path.join(dir, "plan.xlsx"));
    const { code, out } = await run(["recalc", "plan.xlsx"]);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, "plan.xlsx"))).toEqual(input);
    const written = await loadFile(path.join(dir, "plan-status.xlsx"));
    expect(written.getWorksheet("Plan 2021")?.getCell("H6").value).toBe("↑");
    expect(out).toContain("Skrev plan-status.xlsx");
  });

  it("writes the input itself only when -o names it", async () => {
    const { code } = await run(["recalc", "plan.xlsx", "-o", "plan.xlsx"]);
    expect(code).toBe(0);
    expect((await loadFile(path.join(dir, "plan.xlsx"))).getWorksheet("Plan 2021")?.getCell("H6").value).toBe("↑");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("keeps a chart it cannot read: the package is edited in place", async () => {
    const withChart = await parts.withParts(await toBuffer(smallPlanWorkbook()), parts.chart);
    writeFileSync(path.join(dir, "diagram.xlsx"), withChart);
    const { code, err } = await run(["recalc", "diagram.xlsx", "--json"]);
    expect(code).toBe(0);
    expect(err).not.toContain("varning");
    expect(await parts.partNames(readFileSync(path.join(dir, "diagram-status.xlsx")))).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]),
    );
  });

  // A Status cell anchoring a shared formula cannot be patched in place; ExcelJS would then lose the chart.
  const lossy = async (): Promise<Buffer> =>
    parts.withParts(await toBuffer(smallPlanWorkbook()), parts.chart, parts.sharedFormulaAnchor("H6", "H6:H7"));

  it("refuses a workbook whose parts would be lost when it cannot be edited in place, writing nothing", async () => {
    writeFileSync(path.join(dir, "diagram.xlsx"), await lossy());
    const { code, out, err } = await run(["recalc", "diagram.xlsx", "--json"]);
    expect(code).toBe(2);
    expect(existsSync(path.join(dir, "diagram-status.xlsx"))).toBe(false);
    const failure = failureSchema.parse(JSON.parse(out));
    expect(failure.error.kind).toBe("unsupported");
    expect(failure.problems).toEqual([
      expect.objectContaining({ code: "UNSUPPORTED_WORKBOOK_PART", severity: "error" }),
    ]);
    expect(failure.problems[0]?.message).toContain("diagram (Plan 2021)");
    expect(failure.problems[0]?.message).toContain("eftersom Status-cellen H6 har en formel som gäller fler celler");
    expect(err).toContain("--allow-lossy");
  });

  it("writes it anyway with --allow-lossy, with a warning on stderr and in the report", async () => {
    writeFileSync(path.join(dir, "diagram.xlsx"), await lossy());
    const { code, out, err } = await run(["recalc", "diagram.xlsx", "--allow-lossy", "--json"]);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, "diagram-status.xlsx"))).toBe(true);
    expect(err).toMatch(/varning: .*diagram/);
    const report = reportSchema.parse(JSON.parse(out));
    expect(report.problems[0]).toMatchObject({ code: "UNSUPPORTED_WORKBOOK_PART", severity: "warning" });
  });

  it("treats an unknown --period as a usage error and writes nothing", async () => {
    const { code, out } = await run(["recalc", "plan.xlsx", "--period", "december", "--json"]);
    expect(code).toBe(2);
    expect(existsSync(path.join(dir, "plan-status.xlsx"))).toBe(false);
    const failure = failureSchema.parse(JSON.parse(out));
    expect(failure).toMatchObject({ error: { kind: "period" }, problems: [{ code: "UNKNOWN_PERIOD" }] });
  });

  it("uses the period asked for", async () => {
    const { out } = await run(["recalc", "plan.xlsx", "--period", "april", "--json"]);
    expect(reportSchema.parse(JSON.parse(out)).period).toBe("Utfall april");
  });
});

describe("validate", () => {
  it("prints the same report as recalc and writes nothing", async () => {
    const validated = await run(["validate", "plan.xlsx", "--json"]);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
    const recalced = await run(["recalc", "plan.xlsx", "--json"]);
    expect(validated.code).toBe(recalced.code);
    expect(JSON.parse(validated.out)).toEqual(JSON.parse(recalced.out));
  });

  it("says nothing about parts recalc keeps", async () => {
    writeFileSync(
      path.join(dir, "makro.xlsm"),
      await parts.withParts(await toBuffer(smallPlanWorkbook()), parts.macros),
    );
    const { code, out } = await run(["validate", "makro.xlsm", "--json"]);
    expect(code).toBe(0);
    expect(reportSchema.parse(JSON.parse(out)).problems.map((p) => p.code)).not.toContain("UNSUPPORTED_WORKBOOK_PART");
  });

  it("exits 1 when the workbook has errors", async () => {
    const workbook = smallPlanWorkbook();
    const target = workbook.getWorksheet("Plan 2021")?.getCell("D7");
    if (target) target.value = "Enligt plan";
    writeFileSync(path.join(dir, "fel.xlsx"), await toBuffer(workbook));
    const { code, out } = await run(["validate", "fel.xlsx"]);
    expect(code).toBe(1);
    expect(out).toMatch(/Plan 2021!D7\s+fel\s+UNPARSEABLE_TARGET\s+Målvärdet "Enligt plan"/);
  });
});

describe("example", () => {
  it("writes exempel.xlsx, and refuses to replace an existing one unless -o names it", async () => {
    expect((await run(["example"])).code).toBe(0);
    expect(existsSync(path.join(dir, "exempel.xlsx"))).toBe(true);
    const again = await run(["example"]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("finns redan");
    expect((await run(["example", "-o", "exempel.xlsx"])).code).toBe(0);
  });
});

describe("failures", () => {
  it("turns an unexpected error into one Swedish line, with the stack only under MALSTYRNING_DEBUG", async () => {
    writeFileSync(path.join(dir, "plan.xlsx"), await toBuffer(smallPlanWorkbook()));
    const spy = jest.spyOn(engine, "evaluateWithConfig").mockImplementation(() => {
      throw new Error("boom");
    });
    try {
      const quiet = await run(["validate", "plan.xlsx", "--json"]);
      expect(quiet.code).toBe(2);
      expect(failureSchema.parse(JSON.parse(quiet.out)).error.kind).toBe("internal");
      expect(quiet.err).toBe(
        "malstyrning: Ett oväntat internt fel inträffade (boom). Inget skrevs. Kör med MALSTYRNING_DEBUG=1 för detaljer.\n",
      );
      const debug = await run(["validate", "plan.xlsx"], { MALSTYRNING_DEBUG: "1" });
      expect(debug.err).toMatch(/at .+:\d+:\d+/);
    } finally {
      spy.mockRestore();
    }
  });
});
