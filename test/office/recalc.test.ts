/** The real use cases (engine included) through the Office adapter on a fake Excel. */
import { recalc, validate } from "../../src/app/run";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";
import { FakeExcel, type FakeSheetSpec, type FakeValue } from "./fake-excel";

function planSheet(indicators: number): FakeSheetSpec {
  const rows: FakeValue[][] = [
    ["Verksamhetsplan 2021 – Hälso- och sjukvårdsnämnden"],
    [],
    ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall 2021-04-30", "Status", "Kommentar"],
    ["Plan", "Hälso- och sjukvårdsnämndens plan", "Patient"],
    ["Mål", "God tillgänglighet", "Patient"],
  ];
  const formats: (string | undefined)[][] = [[], [], [], [], []];
  for (let i = 0; i < indicators; i++) {
    const actual = [0.95, 0.85, 0.5][i % 3] ?? null;
    rows.push(["Mätetal", `Andel besök inom 30 dagar, enhet ${i + 1}`, null, 0.9, actual, null, null]);
    formats.push([undefined, undefined, undefined, "0%", "0%"]);
  }
  return { name: "Plan 2021", rows, formats };
}

describe("recalc through the Office adapter", () => {
  it("writes ↑ → ↓ in the Status column and nothing else", async () => {
    const excel = new FakeExcel([planSheet(3)]);
    const evaluation = await recalc(new OfficeWorkbook(excel.context), {});
    expect(evaluation.period).toBe("Utfall 2021-04-30");
    expect([5, 6, 7].map((r) => excel.valueAt("Plan 2021", r, 5))).toEqual(["↑", "→", "↓"]);
    expect(excel.propertiesAt("Plan 2021", 5, 5)?.format?.font?.color).toBe("#00B050");
    expect(new Set(excel.writes.map((w) => w.col))).toEqual(new Set([5]));
  });

  it("validate writes nothing", async () => {
    const excel = new FakeExcel([planSheet(3)]);
    const evaluation = await validate(new OfficeWorkbook(excel.context), {});
    expect(evaluation.rows.length).toBe(5);
    expect(excel.writes).toEqual([]);
  });

  it("needs the same number of context.sync calls for 100 and 10,000 rows, at most 4", async () => {
    const count = async (indicators: number): Promise<number> => {
      const excel = new FakeExcel([planSheet(indicators)]);
      const sync = jest.spyOn(excel.context, "sync");
      const evaluation = await recalc(new OfficeWorkbook(excel.context), {});
      expect(evaluation.statusWrites[0]?.cells.length).toBe(indicators + 2);
      return sync.mock.calls.length;
    };
    const small = await count(100);
    const large = await count(10_000);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(4);
  });
});
