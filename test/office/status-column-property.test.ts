/**
 * Property (SPEC §6): through the Office adapter, recalc on a plan sheet without a Status column writes one column
 * only, and that column held nothing of the user's — no value in any row (above the header, in the table, far below
 * it, with or without a header above it) and no merged area. Every other cell keeps its value.
 */
import fc from "fast-check";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";
import { recalc } from "../../src/app/run";
import { FakeExcel, type FakeValue } from "./fake-excel";

const HEADER = ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall 2021-04-30"];

const spec = fc.record({
  titleRows: fc.integer({ min: 0, max: 2 }),
  indicators: fc.array(fc.constantFrom<FakeValue>(0.95, 0.85, 0.5, null, "Ja", "ej mätt"), {
    minLength: 1,
    maxLength: 6,
  }),
  notes: fc.array(
    fc.record({ row: fc.integer({ min: 0, max: 40 }), after: fc.integer({ min: 0, max: 3 }), text: fc.boolean() }),
    { maxLength: 6 },
  ),
  /** A merged area right of the header (columns after it, rows within the table). */
  merge: fc.option(fc.record({ after: fc.integer({ min: 0, max: 2 }), width: fc.integer({ min: 1, max: 2 }) }), {
    nil: null,
  }),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function build(s: Spec): { rows: FakeValue[][]; merges: string[]; headerRow: number } {
  const rows: FakeValue[][] = Array.from({ length: s.titleRows }, (_, i) => [`Verksamhetsplan, rubrik ${i + 1}`]);
  const headerRow = rows.length;
  rows.push([...HEADER]);
  rows.push(["Plan", "Nämndens plan", "Patient"], ["Mål", "God tillgänglighet", "Patient"]);
  s.indicators.forEach((actual, i) => rows.push(["Mätetal", `Mätetal ${i + 1}`, null, 0.9, actual]));
  for (const note of s.notes) {
    const row = (rows[note.row] ??= []);
    while (rows.length <= note.row) rows.push([]);
    row[HEADER.length + note.after] = note.text ? `notering ${note.row}` : 7;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const merges: string[] = [];
  if (s.merge) {
    const left = HEADER.length + s.merge.after;
    merges.push(`${letters(left)}${headerRow + 2}:${letters(left + s.merge.width - 1)}${headerRow + 3}`);
  }
  return { rows, merges, headerRow };
}

function inMerge(merges: readonly string[], col: number): boolean {
  return merges.some((m) => {
    const [a = "", b = ""] = m.split(":").map((ref) => /^[A-Z]+/.exec(ref)?.[0] ?? "");
    const index = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return col >= index(a) && col <= index(b);
  });
}

describe("the Status column the add-in adds", () => {
  it("lands in a column that held nothing of the user's, and nothing else changes", async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const { rows, merges, headerRow } = build(s);
        const excel = new FakeExcel([{ name: "Plan", rows, merges }]);
        const evaluation = await recalc(new OfficeWorkbook(excel.context), {});
        const write = evaluation.statusWrites[0];
        expect(write?.addHeader).toEqual({ row: headerRow, text: "Status" });
        const col = write?.col ?? -1;
        expect(col).toBeGreaterThanOrEqual(HEADER.length);
        expect(rows.filter((r) => (r[col] ?? null) !== null)).toEqual([]);
        expect(inMerge(merges, col)).toBe(false);

        const touched = excel.writes.filter((w) => w.sheet === "Plan" && w.kind !== "select" && w.kind !== "activate");
        expect(touched.every((w) => w.col === col && w.row >= headerRow)).toBe(true);
        rows.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value !== null && value !== undefined) expect(excel.valueAt("Plan", r, c)).toEqual(value);
          }),
        );
        expect(excel.valueAt("Plan", headerRow, col)).toBe("Status");
      }),
      { numRuns: 60 },
    );
  });
});
