/**
 * The add-in at Excel's documented limits, on the fake that models them (fake-excel.ts): request and response sizes,
 * round trips on a second run, protection checked before the first write, merged Status cells, cell-edit mode,
 * an Excel table beside a new Status column, an unknown period. `npx tsx scripts/office-limits.ts` prints the figures.
 */
import { recalc, recalcWithSummaries, UnknownPeriodError } from "../../src/app/run";
import { runExcel } from "../../src/adapters/office/excel-run";
import { failureSentence } from "../../src/adapters/office/failure-text";
import { ProtectedSheetError, ProtectedWorkbookError } from "../../src/adapters/office/office-errors";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";
import { FakeExcel, type FakeSheetSpec, type FakeValue } from "./fake-excel";
import { formatFigures, largePlanSheet, measure } from "./limits-run";

const UNDER = 4_000_000;

describe("requests and responses stay under 4 MB; a second run takes no more round trips", () => {
  it.each([100, 10_000, 100_000])(
    "at %i indicators",
    async (indicators) => {
      const figures = await measure(indicators);
      // Visible in the test output; `npx tsx scripts/office-limits.ts` prints the same.
      console.log(formatFigures(figures));
      for (const run of [figures.first, figures.second]) {
        expect(run.largestRequest).toBeLessThan(UNDER);
        expect(run.largestResponse).toBeLessThan(UNDER);
      }
      expect(figures.second.syncs).toBeLessThanOrEqual(figures.first.syncs);
      // The arrows are there: every indicator, goal and plan row got its glyph.
      const status = figures.excel
        .sheet("Plan 2021")
        .values.slice(3)
        .map((row) => row[6]);
      expect(status.every((v) => ["↑", "→", "↓", "–"].includes(String(v)))).toBe(true);
    },
    300_000,
  );
});

/** A snapshot of everything the fake holds, to prove a refused run changed nothing. */
function snapshot(excel: FakeExcel): string {
  return JSON.stringify(
    excel.sheets.map((s) => ({ n: s.name, v: s.values, f: s.formats, p: s.properties, vis: s.visibility })),
  );
}

function smallPlan(extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec {
  return { ...largePlanSheet(12), ...extra };
}

describe("a run that cannot complete stops before its first write", () => {
  it("leaves the workbook untouched when a generated sheet is protected on the second run", async () => {
    const excel = new FakeExcel([smallPlan()]);
    await recalcWithSummaries(new OfficeWorkbook(excel.context), { runDate: "2026-12-03" });
    excel.sheet("Översikt").protected = true;
    const plan = excel.sheet("Plan 2021");
    const changed = plan.values[5];
    if (changed) changed[5] = 0.5; // a changed actual: the run would write new arrows
    const before = snapshot(excel);
    const writes = excel.writes.length;
    const error = await recalcWithSummaries(new OfficeWorkbook(excel.context), { runDate: "2026-12-04" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProtectedSheetError);
    expect((error as ProtectedSheetError).role).toBe("generated");
    expect(excel.writes.length).toBe(writes);
    expect(snapshot(excel)).toBe(before);
    expect(failureSentence(error, "sv")).toMatch(
      /^Sammanställningsbladet ”Översikt” är skyddat, så inget skrevs\. Ta bort skyddet/,
    );
  });

  it("leaves the workbook untouched when its structure is protected", async () => {
    const excel = new FakeExcel([smallPlan()]);
    excel.workbookProtected = true;
    const before = snapshot(excel);
    const error = await recalcWithSummaries(new OfficeWorkbook(excel.context), { runDate: "2026-12-03" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProtectedWorkbookError);
    expect(excel.writes).toEqual([]);
    expect(snapshot(excel)).toBe(before);
    // The Status column alone needs no change of structure: recalc without summaries still works.
    await recalc(new OfficeWorkbook(excel.context), {});
    expect(excel.valueAt("Plan 2021", 5, 6)).toBe("↑");
  });

  it("leaves the workbook untouched when a plan sheet is protected", async () => {
    const excel = new FakeExcel([smallPlan({ protected: true })]);
    const before = snapshot(excel);
    await expect(
      recalcWithSummaries(new OfficeWorkbook(excel.context), { runDate: "2026-12-03" }),
    ).rejects.toBeInstanceOf(ProtectedSheetError);
    expect(snapshot(excel)).toBe(before);
  });

  it("leaves the workbook untouched when Excel fails any request before the first write", async () => {
    for (const failing of [1, 2, 3, 4]) {
      // 40 indicators: more rows than the probe, so the read takes three syncs and the fourth writes.
      const excel = new FakeExcel([largePlanSheet(40)]);
      const before = snapshot(excel);
      excel.failAtSync = failing;
      const port = new OfficeWorkbook(excel.context);
      const error = await recalcWithSummaries(port, { runDate: "2026-12-03" }).catch((e: unknown) => e);
      // Syncs 1–3 read; 4 writes the Status column and is refused whole, before anything is applied.
      expect([failing, port.wroteSomething]).toEqual([failing, failing === 4]);
      expect(snapshot(excel)).toBe(before);
      expect(failureSentence(error, "sv", port.wroteSomething)).toMatch(
        /^Excel kunde inte slutföra körningen \(felkod GeneralException\)\./,
      );
    }
  });

  it("stops on an unknown period before evaluating or writing anything", async () => {
    const excel = new FakeExcel([smallPlan()]);
    const before = snapshot(excel);
    const error = await recalcWithSummaries(new OfficeWorkbook(excel.context), {
      period: "Utfall december",
      runDate: "2026-12-03",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownPeriodError);
    expect(excel.writes).toEqual([]);
    expect(snapshot(excel)).toBe(before);
    expect(failureSentence(error, "sv")).toBe(
      "Perioden ”Utfall december” matchar ingen Utfall-kolumn, så inget skrevs. Välj någon av: Utfall april, eller Automatiskt.",
    );
    await expect(recalc(new OfficeWorkbook(excel.context), { period: "december" })).rejects.toBeInstanceOf(
      UnknownPeriodError,
    );
  });
});

describe("what the add-in never writes", () => {
  it("skips Status cells inside a merged area, where Excel would refuse the write", async () => {
    const spec = smallPlan({ merges: ["G6:G7"] });
    const excel = new FakeExcel([spec]);
    await recalc(new OfficeWorkbook(excel.context), {});
    expect(excel.writes.filter((w) => w.kind === "values").length).toBeGreaterThan(0);
    expect([excel.valueAt("Plan 2021", 5, 6), excel.valueAt("Plan 2021", 6, 6)]).toEqual(["", ""]);
    expect(excel.valueAt("Plan 2021", 7, 6)).not.toBe("");
  });
});

describe("cell-edit mode", () => {
  const global = globalThis as unknown as { Excel?: unknown };
  afterEach(() => delete global.Excel);

  it("waits for the user to leave the cell instead of failing (delayForCellEdit)", async () => {
    const excel = new FakeExcel([smallPlan()]);
    global.Excel = { run: excel.run.bind(excel) };
    excel.cellEditing = true;
    await runExcel((context) => recalc(new OfficeWorkbook(context), {}));
    expect(excel.delayedForCellEdit).toBe(1);
    expect(excel.valueAt("Plan 2021", 5, 6)).toBe("↑");
  });

  it("fails without it, and the user reads what to do", async () => {
    const excel = new FakeExcel([smallPlan()]);
    excel.cellEditing = true;
    const error = await excel.run((context) => recalc(new OfficeWorkbook(context), {})).catch((e: unknown) => e);
    expect(failureSentence(error, "sv")).toBe(
      "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök sedan igen. Inget skrevs.",
    );
    expect(failureSentence(error, "en")).toMatch(/^Excel is editing a cell\. Press Enter or Esc/);
  });
});

describe("a Status column added beside an Excel table", () => {
  it("joins the table (Table.resize), so sorting the table keeps the arrows with their rows", async () => {
    const rows: FakeValue[][] = [
      ["Nivå", "Namn", "Målvärde", "Utfall"],
      ["Mål", "Kortare väntetider"],
      ["Mätetal", "Andel besök inom 30 dagar", 0.9, 0.95],
      ["Mätetal", "Väntande över 90 dagar", "Högst 100", 140],
    ];
    const excel = new FakeExcel([{ name: "Plan", rows, tables: [{ name: "Mål2021", address: "A1:D4" }] }]);
    await recalc(new OfficeWorkbook(excel.context), {});
    expect(excel.valueAt("Plan", 0, 4)).toBe("Status");
    expect(excel.tableAddress("Plan", "Mål2021")).toBe("A1:E4");
    expect([2, 3].map((r) => excel.valueAt("Plan", r, 4))).toEqual(["↑", "↓"]);
  });
});
