import fc from "fast-check";
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { CellRange, RawCell } from "../../../src/domain/grid";
import { buildReport, reportSchema } from "../../../src/domain/report";
import { sheet, workbook } from "./sheets";

const HEADER = [
  "Nivå",
  "Perspektiv",
  "Namn",
  "Målvärde",
  "Utfall april",
  "Utfall augusti",
  "Jämförelsevärde",
  "Riktning",
  "Regel",
  "Bedömning",
  "Status",
  "Kommentar",
];
const STATUS_COL = HEADER.indexOf("Status");

const words = fc.constantFrom(
  "Plan",
  "Mål",
  "Aktivt mål",
  "Mätetal",
  "Framgångsfaktor",
  "Okänt",
  "minst 90 %",
  "högst 14 dagar",
  "< 5",
  "> 0",
  "80–90 %",
  "Lägre än 2020",
  "Ska öka jämfört med 2020",
  "Minska med 10 % jämfört med 2019",
  "Ja",
  "Nej",
  "Pågår",
  "Genomfört ja/nej",
  "Högre är bättre",
  "Lägre är bättre",
  "Ja/Nej",
  "Standard",
  "Okänd regel",
  "↑",
  "→",
  "↓",
  "–",
  "Grön",
  "Bra",
  "Minus 2,5%",
  "1 600",
  "",
  " ",
  "=SUMMA(A1)",
  "37,8 mkr",
  "30 000 tkr",
  "12 dagar",
  "3 veckor",
  "2 procentenheter",
  "Ej mätt",
  "n/a",
  "Delvis",
);

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: words },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#DIV/0!", "#REF!").map((error) => ({ error })) },
);

const format = fc.constantFrom(null, "0%", "0.0 %", "yyyy-mm-dd", "General", '# ##0 "kr"');

// Mostly real levels and names, so that outlines form and most rows reach the rules.
const level: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Plan", "Mål", "Aktivt mål", "Mätetal", "Framgångsfaktor", null) },
  { weight: 1, arbitrary: cell },
);
const name: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("Väntetid", "Ska minska", "Andel nöjda", "Budget", "Väntetid") },
  { weight: 1, arbitrary: cell },
);
const dataRow = fc
  .tuple(level, cell, name, fc.array(cell, { maxLength: HEADER.length }))
  .map(([lvl, perspective, n, rest]) => [lvl, perspective, n, ...rest]);
const dataRows = fc.array(dataRow, { maxLength: 25 });

function mergesFor(rowCount: number): fc.Arbitrary<CellRange[]> {
  if (rowCount < 2) return fc.constant([]);
  return fc.array(
    fc
      .record({
        top: fc.integer({ min: 1, max: rowCount }),
        left: fc.integer({ min: 0, max: HEADER.length - 1 }),
        height: fc.integer({ min: 0, max: 3 }),
        width: fc.integer({ min: 0, max: 1 }),
      })
      .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width })),
    { maxLength: 3 },
  );
}

const planSheet = dataRows.chain((rows) =>
  fc
    .record({
      merges: mergesFor(rows.length),
      formats: fc.array(fc.array(format, { maxLength: HEADER.length }), { maxLength: rows.length + 1 }),
    })
    .map(({ merges, formats }) => ({
      ...sheet("Plan", [HEADER, ...rows], { merges }),
      numberFormats: [[], ...formats],
    })),
);

// A Regler sheet with its section headings among random cells, so that rules, perspectives and roll-ups vary.
const reglerWords = fc.constantFrom(
  "Perspektiv",
  "Mätetalsregler",
  "Sammanvägning",
  "Standardregel",
  "Namn",
  "Riktning",
  "Tolerans",
  "Toleranstyp",
  "Nivå",
  "Metod",
  "Mål",
  "Plan",
  "sämsta",
  "medel",
  "andel",
  "Absolut",
  "Standard",
  "Patient",
  "10 %",
);
const reglerSheet = fc.option(
  fc
    .array(fc.array(fc.oneof(reglerWords, cell), { maxLength: 7 }), { maxLength: 20 })
    .map((rows) => sheet("Regler", rows)),
);

describe("evaluateWorkbook on any grid", () => {
  it("never throws, writes only the Status column, and its report passes the schema", () => {
    fc.assert(
      fc.property(
        planSheet,
        reglerSheet,
        fc.option(fc.constantFrom("april", "augusti", "december", "")),
        (plan, regler, period) => {
          const sheets = regler === null ? [plan] : [regler, plan];
          const evaluation = evaluateWorkbook(workbook(...sheets), { period });
          for (const write of evaluation.statusWrites) {
            expect(write.col).toBe(STATUS_COL);
            expect(write.addHeader).toBeNull();
            for (const c of write.cells) expect(c.row).toBeGreaterThan(0);
          }
          const written = evaluation.statusWrites.flatMap((w) => w.cells.map((c) => c.row));
          expect(written).toEqual(evaluation.rows.map((r) => r.row));
          expect(() => reportSchema.parse(buildReport(evaluation))).not.toThrow();
          // A crash caught inside the reader is a bug, however politely it is reported.
          expect(evaluation.problems.filter((p) => p.code === "INTERNAL_ERROR")).toEqual([]);
          for (const r of evaluation.rows) {
            expect(r.target?.kind).not.toBe("internal-error");
            expect(r.actual?.kind).not.toBe("internal-error");
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("without a Status column, writes only the one it adds", () => {
    const noStatus = HEADER.filter((h) => h !== "Status");
    fc.assert(
      fc.property(dataRows, (rows) => {
        const evaluation = evaluateWorkbook(workbook(sheet("Plan", [noStatus, ...rows])), { period: null });
        const sheetRows = [noStatus, ...rows];
        const used = (col: number): boolean => sheetRows.some((r) => (r[col] ?? null) !== null);
        for (const write of evaluation.statusWrites) {
          // The first column right of the header that no row uses (SPEC §6): never over a user's cell.
          expect(write.col).toBeGreaterThanOrEqual(noStatus.length);
          expect(used(write.col)).toBe(false);
          for (let c = noStatus.length; c < write.col; c++) expect(used(c)).toBe(true);
          expect(write.addHeader).toEqual({ row: 0, text: "Status" });
        }
      }),
      { numRuns: 100 },
    );
  });
});
