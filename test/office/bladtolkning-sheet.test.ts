/**
 * "Spara tolkningen" against a fake Excel (SPEC §1a): the current reading of every plan sheet goes into the
 * Bladtolkning table on Regler, where the domain says, and reading the workbook back gives the same reading (now
 * the user's) and the same statuses. The user's other Regler cells stay as they were.
 */
import { validate } from "../../src/app/run";
import { saveBladtolkning } from "../../src/adapters/office/bladtolkning-sheet";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";
import type { Evaluation } from "../../src/domain/evaluation";
import { bladtolkningRows } from "../../src/domain/rules/bladtolkning-build";
import { buildReglerSheet } from "../../src/domain/rules/regler-sheet";
import { FakeExcel, type FakeSheetSpec, type FakeValue } from "./fake-excel";

// Levels as columns, owners as headings in the level column, arrows typed in the results column.
// prettier-ignore
const PATIENT: FakeSheetSpec = { name: "Patient", rows: [
  ["Strategiskt mål Patient",     "Framgångsfaktor",                      "Resultat per augusti", "Kommentar"],
  ["Vården ska vara tillgänglig", "Regionstyrelsen",                      null,                   null],
  [null,                          "Korta väntetiderna till första besök", "→",                    "Arbetet pågår"],
  [null,                          "Införa digitala vårdmöten",            "↑",                    null],
  ["Patienten ska vara delaktig", "Vårdvalsnämnden",                      null,                   null],
  [null,                          "Utveckla uppföljningen av hälsovalet", "↓",                    "Ej påbörjat"],
] };

// Levels as heading rows under one name column.
// prettier-ignore
const MEDARBETARE: FakeSheetSpec = { name: "Medarbetare", rows: [
  ["Mätetal",                          "Målvärde", "Utfall helår", "Kommentar"],
  ["Attraktiv arbetsgivare",           null,       null,           null],
  ["Andel medarbetare som rekommenderar", "80 %",  "83 %",         null],
  ["Sjukfrånvaro",                     "6 %",      "7,5 %",        "Högre under våren"],
  ["Kompetensförsörjning",             null,       null,           null],
  ["Antal AT-tjänster",                "40",       "41",           null],
] };

function fakeWith(...extra: FakeSheetSpec[]): FakeExcel {
  return new FakeExcel([PATIENT, MEDARBETARE, ...extra]);
}

async function run(fake: FakeExcel): Promise<Evaluation> {
  return validate(new OfficeWorkbook(fake.context), { period: null });
}

function reglerValues(fake: FakeExcel): unknown[][] {
  const sheet = fake.sheets.find((s) => s.name === "Regler");
  if (!sheet) throw new Error("no Regler sheet");
  return sheet.values.map((row) => [...(row as unknown[])]);
}

function cell(values: unknown[][], row: number, col: number): unknown {
  const v = values[row]?.[col];
  return v === undefined || v === null ? "" : v;
}

/** The rows the table takes on the sheet, as the domain builds them, with empty cells as Office reports them. */
function expectedTable(evaluation: Evaluation): unknown[][] {
  return bladtolkningRows(evaluation.layouts).map((row) =>
    Array.from({ length: 6 }, (_, c) => (row[c] === null || row[c] === undefined ? "" : row[c])),
  );
}

function block(values: unknown[][], top: number, rows: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: 6 }, (_, c) => cell(values, top + r, c)));
}

const sameReading = (e: Evaluation) => e.layouts.map(({ origin: _origin, ...rest }) => rest);
const statuses = (e: Evaluation) => e.rows.map((r) => [r.sheet, r.row, r.level, r.name, r.status]);

describe("Spara tolkningen (Office)", () => {
  it("creates Regler with its defaults, writes the table under its heading, and reads back the same", async () => {
    const fake = fakeWith();
    const before = await run(fake);
    expect(before.layouts.map((l) => [l.sheet, l.origin])).toEqual([
      ["Patient", "inferred"],
      ["Medarbetare", "inferred"],
    ]);

    const saved = await saveBladtolkning(fake.context, before.layouts);

    const defaults = buildReglerSheet().values;
    const heading = defaults.findIndex((row) => row[0] === "Bladtolkning");
    const table = expectedTable(before);
    expect(saved).toEqual({ created: true, address: `A${heading + 2}:F${heading + table.length + 1}`, sheets: 2 });
    const values = reglerValues(fake);
    expect(block(values, heading + 1, table.length)).toEqual(table);
    expect(fake.selection).toEqual({ sheet: "Regler", address: `A${heading + 2}` });
    // Everything above the table is the default sheet, cell for cell.
    defaults.slice(0, heading + 1).forEach((row, r) => {
      row.forEach((v, c) => expect([r, c, cell(values, r, c)]).toEqual([r, c, v ?? ""]));
    });

    const after = await run(fake);
    expect(after.layouts.map((l) => [l.sheet, l.origin])).toEqual([
      ["Patient", "override"],
      ["Medarbetare", "override"],
    ]);
    expect(sameReading(after)).toEqual(sameReading(before));
    expect(statuses(after)).toEqual(statuses(before));
    expect(statuses(after).length).toBeGreaterThan(0);
    expect(after.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("replaces only the Bladtolkning rows of the user's Regler sheet, moving the section below it down", async () => {
    // prettier-ignore
    const rows: FakeValue[][] = [
      ["Perspektiv",   "Egen anteckning"],
      ["Patient"],
      ["Medarbetare"],
      [],
      ["Bladtolkning", "Min hint"],
      ["Blad",         "Rubrikrad", "Kolumn", "Roll", "Rad", "Nivå"],
      ["Gammalt blad", 2,           "A",      "Namn", null,  null],
      [],
      ["Mått där lägre är bättre"],
      ["Sjukfrånvaro", null, null, null, null, null, null, "noteras här"],
    ];
    const fake = fakeWith({ name: "Regler", rows });
    const before = await run(fake);
    const table = expectedTable(before);
    expect(table.length).toBeGreaterThan(3);

    const saved = await saveBladtolkning(fake.context, before.layouts);

    expect(saved).toEqual({ created: false, address: `A6:F${5 + table.length}`, sheets: 2 });
    const values = reglerValues(fake);
    // Above the table: the user's cells as they were, the section's own heading and hint included.
    expect(block(values, 0, 5)).toEqual(block(rows as unknown[][], 0, 5));
    expect(block(values, 5, table.length)).toEqual(table);
    // One blank row, then the next section, moved down whole (its cell in column H too).
    expect(block(values, 5 + table.length, 1)).toEqual([["", "", "", "", "", ""]]);
    expect(values.slice(6 + table.length).map((row) => row.map((v) => v ?? ""))).toEqual([
      ["Mått där lägre är bättre", "", "", "", "", "", "", ""].slice(0, values[6 + table.length]?.length),
      ["Sjukfrånvaro", "", "", "", "", "", "", "noteras här"],
    ]);
    expect(fake.writes.filter((w) => w.kind === "insertRows")).toEqual([
      expect.objectContaining({ sheet: "Regler", row: 8, rows: table.length + 1 - 3 }),
    ]);

    const after = await run(fake);
    expect(after.layouts.map((l) => l.origin)).toEqual(["override", "override"]);
    expect(sameReading(after)).toEqual(sameReading(before));
    expect(statuses(after)).toEqual(statuses(before));
    // The Regler sheet's other sections are still read: "Sjukfrånvaro" stays a lower-is-better word.
    expect(after.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("a shorter table clears the rest of the earlier one and inserts nothing", async () => {
    // prettier-ignore
    const rows: FakeValue[][] = [
      ["Bladtolkning"],
      ["Blad", "Rubrikrad", "Kolumn", "Roll", "Rad", "Nivå"],
      ...Array.from({ length: 30 }, (_, i): FakeValue[] => ["Gammalt", i === 0 ? 1 : null, "A", "Namn", null, null]),
      [],
      ["Perspektiv"],
      ["Patient"],
    ];
    const fake = fakeWith({ name: "Regler", rows });
    const before = await run(fake);
    const table = expectedTable(before);
    await saveBladtolkning(fake.context, before.layouts);
    const values = reglerValues(fake);
    expect(block(values, 1, table.length)).toEqual(table);
    expect(
      block(values, 1 + table.length, 32 - table.length)
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect([cell(values, 33, 0), cell(values, 34, 0)]).toEqual(["Perspektiv", "Patient"]);
    expect(fake.writes.some((w) => w.kind === "insertRows")).toBe(false);
  });
});
