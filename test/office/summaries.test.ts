/** "Skapa sammanställningar" through the Office adapter: the domain's plan executed in two round trips. */
import { recalcWithSummaries } from "../../src/app/run";
import { writeSummaries } from "../../src/app/summaries";
import { evaluateWorkbook } from "../../src/domain/evaluate";
import { generatedSheetNames } from "../../src/domain/summary/registry";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";
import { areaAddresses, rangeAddress } from "../../src/adapters/office/render-summaries";
import { FakeExcel, type FakeSheetSpec, type FakeValue } from "./fake-excel";

function planSheet(): FakeSheetSpec {
  const rows: FakeValue[][] = [
    ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall", "Status", "Kommentar"],
    ["Plan", "Handlingsplan för tillgänglighet", "Patient"],
    ["Mål", "Kortare väntetider", "Patient"],
    ["Mätetal", "Andel besök inom 30 dagar", null, 0.9, 0.95, null, "=SUMMA(A1:A2) är inte en formel"],
    ["Mätetal", "Väntande över 90 dagar", null, "Högst 100", 140],
    ["Mål", "Nöjda medarbetare", "Medarbetare"],
    ["Mätetal", "Sjukfrånvaro", null, "Högst 5 %", 0.052],
  ];
  return {
    name: "Plan 2021",
    rows,
    formats: [
      [],
      [],
      [],
      [undefined, undefined, undefined, "0%", "0%"],
      [],
      [],
      [undefined, undefined, undefined, undefined, "0.0%"],
    ],
  };
}

async function run(excel: FakeExcel): Promise<{ sheets: string[]; syncs: number }> {
  const port = new OfficeWorkbook(excel.context);
  const grid = await port.readGrid();
  const evaluation = evaluateWorkbook(grid, { period: null, generatedSheets: generatedSheetNames(grid) });
  const before = excel.syncCount;
  const result = await writeSummaries(port, evaluation, grid, { runDate: "2024-05-02" });
  return { sheets: result.sheets, syncs: excel.syncCount - before };
}

describe("summary sheets in Excel", () => {
  it("runs the ribbon's whole job (read, Status column, summaries) in five round trips, twice the same", async () => {
    const excel = new FakeExcel([planSheet()]);
    const first = await recalcWithSummaries(new OfficeWorkbook(excel.context), { runDate: "2024-05-02" });
    expect(excel.syncCount).toBe(5);
    const before = excel.syncCount;
    const second = await recalcWithSummaries(new OfficeWorkbook(excel.context), { runDate: "2024-05-02" });
    expect(excel.syncCount - before).toBe(5);
    // The second run reads the first run's summary sheets and must not take them for plan sheets.
    expect(second.evaluation.rows).toEqual(first.evaluation.rows);
    expect(second.summaries.sheets).toEqual(first.summaries.sheets);
  });

  it("adds the generated sheets after the user's, the registry very hidden, in two round trips", async () => {
    const excel = new FakeExcel([planSheet(), { name: "Anteckningar", rows: [["Egen text"]] }]);
    const { sheets, syncs } = await run(excel);
    expect(syncs).toBe(2);
    expect(sheets[0]).toBe("Översikt");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Plan 2021", "Anteckningar", ...sheets, "_Målstyrning"]);
    expect(excel.sheets.at(-1)?.visibility).toBe("VeryHidden");
    // The user's sheets got no writes and no calls.
    expect(excel.writes.filter((w) => w.sheet === "Plan 2021" || w.sheet === "Anteckningar")).toEqual([]);
    expect(excel.calls.filter((c) => c.startsWith("Plan 2021") || c.startsWith("Anteckningar"))).toEqual([]);
  });

  it("draws real pie charts in the status colours and makes the tables Excel tables", async () => {
    const excel = new FakeExcel([planSheet()]);
    await run(excel);
    const pies = excel.calls.filter((c) => /\.charts\.add\("Pie", [A-Z]+\d+:[A-Z]+\d+, "(Columns|Rows)"\)$/.test(c));
    expect(pies.length).toBeGreaterThan(0);
    const colours = excel.calls.filter((c) => c.includes("setSolidColor"));
    expect(colours.some((c) => c.endsWith('("#00B050")'))).toBe(true);
    expect(colours.some((c) => c.endsWith('("#FF0000")'))).toBe(true);
    expect(excel.calls.filter((c) => /\.tables\.add\(/.test(c)).length).toBeGreaterThan(0);
    // Count and share on the slices, a title naming the period, the legend: as the CLI's charts.
    const onCharts = excel.calls.filter((c) => c.includes(".charts.add("));
    const labels = onCharts.filter((c) => c.includes("dataLabels.set("));
    expect(labels.filter((c) => c.includes('"showValue":true') && c.includes('"showPercentage":true'))).toHaveLength(
      pies.length,
    );
    expect(onCharts.filter((c) => /\.title\.text = ".* per status – Utfall/.test(c))).toHaveLength(pies.length);
    expect(onCharts.filter((c) => c.endsWith('legend.position = "Right"'))).toHaveLength(pies.length);
  });

  it("sets the text format before the values, so a comment starting with = stays text", async () => {
    const excel = new FakeExcel([planSheet()]);
    await run(excel);
    const generated = excel.writes.filter((w) => w.sheet !== "Plan 2021");
    for (const [i, write] of generated.entries()) {
      if (write.kind !== "values") continue;
      const format = generated
        .slice(0, i)
        .reverse()
        .find((w) => w.sheet === write.sheet && w.row === write.row && w.col === write.col);
      expect(format?.kind).toBe("numberFormat");
    }
    const comment = generated.find((w) => w.kind === "values" && JSON.stringify(w.payload).includes("=SUMMA"));
    expect(comment).toBeDefined();
    const cells = comment?.payload as unknown[][];
    const formats = generated.find(
      (w) =>
        w.kind === "numberFormat" && w.sheet === comment?.sheet && w.row === comment?.row && w.col === comment?.col,
    )?.payload as string[][];
    cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v.startsWith("=")) expect(formats[r]?.[c]).toBe("@");
      }),
    );
  });

  it("replaces its own sheets on a re-run instead of adding more", async () => {
    const excel = new FakeExcel([planSheet()]);
    const first = await run(excel);
    const names = excel.sheets.map((s) => s.name);
    const second = await run(excel);
    expect(second.sheets).toEqual(first.sheets);
    expect(second.syncs).toBe(2);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.calls.filter((c) => c.endsWith('.clear("All")')).length).toBe(first.sheets.length + 1);
  });
});

describe("addresses", () => {
  it("writes A1 ranges and splits long area lists", () => {
    expect(rangeAddress({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
    expect(rangeAddress({ top: 4, left: 1, bottom: 9, right: 27 })).toBe("B5:AB10");
    const many = Array.from({ length: 1000 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 3 }));
    const lists = areaAddresses(many);
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.join(",").split(",")).toHaveLength(1000);
    for (const list of lists) expect(list.length).toBeLessThanOrEqual(2000);
  });
});
