import { rowNumber } from "../../../src/domain/address/a1";
import fc from "fast-check";
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { RawCell } from "../../../src/domain/grid";
import type { Evaluation } from "../../../src/domain/evaluation";
import { recognizeLayout } from "../../../src/domain/sheet/recognize";
import { parseOutline } from "../../../src/domain/sheet/outline";
import { merge } from "../sheet/fixture";
import { sheet, workbook } from "./sheets";
import { adr, excelRow } from "../../support/adr";

/** The rows as a controller checks them: row, level, name, goal, perspective, owner, status, source, comment. */
function table(e: Evaluation, sheetName: string) {
  return e.rows
    .filter((r) => r.sheet === sheetName)
    .map((r) => [rowNumber(r.row), r.level, r.name, r.goal, r.perspective, r.owner, r.status, r.source, r.comment]);
}

function statusCells(e: Evaluation, sheetName: string) {
  const write = e.statusWrites.find((w) => w.sheet === sheetName);
  return write?.cells.map((c) => [rowNumber(c.row), c.status]);
}

function codes(e: Evaluation, sheetName: string) {
  return e.problems.filter((p) => p.sheet === sheetName).map((p) => [p.code, p.cell]);
}

const PATIENT = sheet("Patient", [
  ["Strategiskt mål Patient", "Framgångsfaktor", "Resultat per augusti", "Kommentar"],
  ["Vården ska vara tillgänglig", "Regionstyrelsen", null, null],
  [null, "Korta väntetiderna till första besök", "➔", "Arbetet pågår enligt plan"],
  [null, "Införa digitala vårdmöten", "↑", null],
  [null, "Vårdvalsnämnden", null, null],
  [null, "Utveckla uppföljningen av hälsovalet", null, "Ej påbörjat"],
  ["Patienten ska vara delaktig", "Regionstyrelsen", null, null],
  [null, "Stärka patientens ställning", "↓ Inte startat, saknar resurser", null],
  [null, "Tydligare information om vårdgarantin", "Grön", null],
]);

describe("evaluating sheets in the staff's own layout", () => {
  it("levels as columns: goals, owners, typed arrows and their comments, row by row", () => {
    const e = evaluateWorkbook(workbook(PATIENT), { period: null });
    expect(table(e, "Patient")).toEqual([
      [2, "goal", "Vården ska vara tillgänglig", null, "Patient", null, "yellow", "rollup", null],
      [
        3,
        "indicator",
        "Korta väntetiderna till första besök",
        "Vården ska vara tillgänglig",
        "Patient",
        "Regionstyrelsen",
        "yellow",
        "manual",
        "Arbetet pågår enligt plan",
      ],
      [
        4,
        "indicator",
        "Införa digitala vårdmöten",
        "Vården ska vara tillgänglig",
        "Patient",
        "Regionstyrelsen",
        "green",
        "manual",
        null,
      ],
      [
        6,
        "indicator",
        "Utveckla uppföljningen av hälsovalet",
        "Vården ska vara tillgänglig",
        "Patient",
        "Vårdvalsnämnden",
        "missing",
        "none",
        "Ej påbörjat",
      ],
      [7, "goal", "Patienten ska vara delaktig", null, "Patient", null, "yellow", "rollup", null],
      [
        8,
        "indicator",
        "Stärka patientens ställning",
        "Patienten ska vara delaktig",
        "Patient",
        "Regionstyrelsen",
        "red",
        "manual",
        "Inte startat, saknar resurser",
      ],
      [
        9,
        "indicator",
        "Tydligare information om vårdgarantin",
        "Patienten ska vara delaktig",
        "Patient",
        "Regionstyrelsen",
        "green",
        "manual",
        null,
      ],
    ]);
    expect(e.rows.find((r) => r.row === excelRow(3))?.levelText).toBe("Framgångsfaktor");
    expect(e.rows.find((r) => r.row === excelRow(2))?.levelText).toBe("Strategiskt mål");
    // The user's arrows are read, never taken for unreadable actuals; the owner rows are no rows of their own.
    expect(codes(e, "Patient")).toEqual([
      ["LAYOUT_INFERRED", adr("A1")],
      ["STATUS_COLUMN_ADDED", adr("E1")],
    ]);
    expect(statusCells(e, "Patient")).toEqual([
      [2, "yellow"],
      [3, "yellow"],
      [4, "green"],
      [6, "missing"],
      [7, "yellow"],
      [8, "red"],
      [9, "green"],
    ]);
    expect(e.perspectives.map((p) => [p.name, p.goals, p.indicators])).toEqual([
      ["Patient", { green: 0, yellow: 2, red: 0, missing: 0 }, { green: 2, yellow: 1, red: 1, missing: 1 }],
    ]);
  });

  it("levels as columns with a goal merged down and repeated on every row: one goal per text", () => {
    const grid = sheet(
      "Medarbetare",
      [
        ["Mål", "Mätetal", "Målvärde", "Utfall 2021", "Status"],
        ["Attraktiv arbetsgivare", "Sjukfrånvaro", "Högst 6 %", "6,4 %", null],
        [null, "Personalomsättning", "Högst 10 %", "12 %", null],
        [null, "Andel medarbetare som rekommenderar arbetsplatsen", "Minst 70 %", "74 %", null],
        ["Kompetensförsörjning", "Antal ST-läkare", "45", "46", null],
        ["Kompetensförsörjning", "Antal specialistsjuksköterskor under utbildning", "60", "41", null],
      ],
      { merges: [merge("A2:A4")] },
    );
    const e = evaluateWorkbook(workbook(grid), { period: null });
    expect(table(e, "Medarbetare").map((r) => [...r.slice(0, 4), r[6]])).toEqual([
      [2, "goal", "Attraktiv arbetsgivare", null, "yellow"],
      [2, "indicator", "Sjukfrånvaro", "Attraktiv arbetsgivare", "yellow"],
      [3, "indicator", "Personalomsättning", "Attraktiv arbetsgivare", "red"],
      [4, "indicator", "Andel medarbetare som rekommenderar arbetsplatsen", "Attraktiv arbetsgivare", "green"],
      [5, "goal", "Kompetensförsörjning", null, "yellow"],
      [5, "indicator", "Antal ST-läkare", "Kompetensförsörjning", "green"],
      [6, "indicator", "Antal specialistsjuksköterskor under utbildning", "Kompetensförsörjning", "red"],
    ]);
    // A goal on its first indicator's row has no cell of its own: the row's Status cell is the indicator's.
    expect(statusCells(e, "Medarbetare")).toEqual([
      [2, "yellow"],
      [3, "red"],
      [4, "green"],
      [5, "green"],
      [6, "red"],
    ]);
    expect(e.statusWrites[0]?.col).toBe(4);
    expect(e.perspectives.map((p) => p.name)).toEqual(["Medarbetare"]);
  });

  it("levels as heading rows: perspective, målområde and goal headings, indicators computed", () => {
    const grid = sheet("Uppföljning", [
      ["Mätetal", "Målvärde", "Utfall helår", "Kommentar"],
      ["Strategi för vård"],
      ["God och nära vård"],
      ["Regionens vård ska redovisa effektivitet och kvalitet"],
      ["Andel områden med förbättringsteam", "100 %", "83 %", null],
      ["Antal distansbesök ska öka jämfört med 2020", "30 000", "31 250", null],
      ["Vårdvalsnämnden"],
      ["Hög tillgänglighet"],
      ["Andel besök inom 90 dagar", "90 %", "88 %", "Pandemin påverkar"],
      ["Strategi för tillväxt"],
      ["Ett hållbart näringsliv"],
      ["Antal nya företag", "1 200", "1 150", null],
    ]);
    const e = evaluateWorkbook(workbook(grid), { period: null });
    expect(
      e.rows.map((r) => [rowNumber(r.row), r.level, r.name, r.plan, r.perspective, r.owner, r.status, r.source]),
    ).toEqual([
      [3, "plan", "God och nära vård", "God och nära vård", "Strategi för vård", null, "yellow", "rollup"],
      [
        4,
        "goal",
        "Regionens vård ska redovisa effektivitet och kvalitet",
        "God och nära vård",
        "Strategi för vård",
        null,
        "yellow",
        "rollup",
      ],
      [
        5,
        "indicator",
        "Andel områden med förbättringsteam",
        "God och nära vård",
        "Strategi för vård",
        null,
        "red",
        "computed",
      ],
      [
        6,
        "indicator",
        "Antal distansbesök ska öka jämfört med 2020",
        "God och nära vård",
        "Strategi för vård",
        null,
        "green",
        "computed",
      ],
      [
        8,
        "goal",
        "Hög tillgänglighet",
        "God och nära vård",
        "Strategi för vård",
        "Vårdvalsnämnden",
        "yellow",
        "rollup",
      ],
      [
        9,
        "indicator",
        "Andel besök inom 90 dagar",
        "God och nära vård",
        "Strategi för vård",
        "Vårdvalsnämnden",
        "yellow",
        "computed",
      ],
      [11, "goal", "Ett hållbart näringsliv", "Uppföljning", "Strategi för tillväxt", null, "yellow", "rollup"],
      [12, "indicator", "Antal nya företag", "Uppföljning", "Strategi för tillväxt", null, "yellow", "computed"],
    ]);
    expect(e.perspectives.map((p) => p.name)).toEqual(["Strategi för vård", "Strategi för tillväxt"]);
    expect(statusCells(e, "Uppföljning")?.map(([r]) => r)).toEqual([3, 4, 5, 6, 8, 9, 11, 12]);
  });

  it("levels as heading rows: formatting breaks the ties that text leaves open", () => {
    const rows: RawCell[][] = [
      ["Mätetal", "Målvärde", "Utfall helår", "Kommentar"],
      ["Strategi för vård"],
      ["God och nära vård"],
      ["Regionens vård ska redovisa effektivitet och kvalitet"],
      ["Andel områden med förbättringsteam", "100 %", "83 %", null],
      ["Hög tillgänglighet", null, null, "Nytt fokus från 2021"],
      ["Andel besök inom 90 dagar", "90 %", "88 %", null],
    ];
    const bold = { bold: true } as const;
    const formatting = {
      cells: [undefined, [{ bold: true, fill: true } as const], [bold], [{ italic: true } as const], undefined, [bold]],
      outlineLevels: [],
    };
    const plain = evaluateWorkbook(workbook(sheet("Uppföljning", rows)), { period: null });
    // Text alone: "Hög tillgänglighet" has a comment, so it reads as an indicator without values.
    expect(plain.rows.map((r) => [rowNumber(r.row), r.level, r.name])).toContainEqual([
      6,
      "indicator",
      "Hög tillgänglighet",
    ]);

    const formatted = evaluateWorkbook(workbook({ ...sheet("Uppföljning", rows), formatting }), { period: null });
    expect(formatted.rows.map((r) => [rowNumber(r.row), r.level, r.name, r.plan, r.goal, r.comment])).toEqual([
      [3, "plan", "God och nära vård", "God och nära vård", null, null],
      [4, "goal", "Regionens vård ska redovisa effektivitet och kvalitet", "God och nära vård", null, null],
      [
        5,
        "indicator",
        "Andel områden med förbättringsteam",
        "God och nära vård",
        "Regionens vård ska redovisa effektivitet och kvalitet",
        null,
      ],
      // Bold like "God och nära vård", not italic like the goal inside it: a målområde beside it, heading its own indicators.
      [6, "plan", "Hög tillgänglighet", "Hög tillgänglighet", null, "Nytt fokus från 2021"],
      [6, "goal", "Hög tillgänglighet", "Hög tillgänglighet", null, null],
      [7, "indicator", "Andel besök inom 90 dagar", "Hög tillgänglighet", "Hög tillgänglighet", null],
    ]);
    expect(statusCells(formatted, "Uppföljning")?.map(([r]) => r)).toEqual([3, 4, 5, 6, 7]);
  });

  it("a plan list: each row a plan, its Summering arrow the status and the rest of the text its comment", () => {
    const grid = sheet("Handlingsplaner", [
      ["Redovisning av handlingsplaner per augusti 2021"],
      ["Handlingsplan", "Diarienummer", "Summering", "Kommentar"],
      ["Perspektivet Samhälle"],
      [
        "Handlingsplan för jämlik hälsa",
        "RS/1841/2018",
        "↑ Majoriteten av aktiviteterna har genomförts enligt plan.",
        null,
      ],
      ["Handlingsplan för klimatet\nRS/202/2019", null, "➔", "Två aktiviteter är försenade"],
      ["Perspektivet Medarbetare"],
      ["Kompetensförsörjningsplan 2020–2023", "RS 2020/33", "Arbetet har påbörjats", null],
      ["Handlingsplan för friskare arbetsplatser", "RS/77/2021", "Röd: inga aktiviteter genomförda", null],
    ]);
    const e = evaluateWorkbook(workbook(grid), { period: null });
    expect(
      e.plans.map((p) => [p.row === null ? null : rowNumber(p.row), p.name, p.dnr, p.status, p.source, p.comment]),
    ).toEqual([
      [
        4,
        "Handlingsplan för jämlik hälsa",
        "RS/1841/2018",
        "green",
        "manual",
        "Majoriteten av aktiviteterna har genomförts enligt plan.",
      ],
      [5, "Handlingsplan för klimatet", "RS/202/2019", "yellow", "manual", "Två aktiviteter är försenade"],
      [7, "Kompetensförsörjningsplan 2020–2023", "RS 2020/33", "missing", "rollup", "Arbetet har påbörjats"],
      [8, "Handlingsplan för friskare arbetsplatser", "RS/77/2021", "red", "manual", "inga aktiviteter genomförda"],
    ]);
    expect(e.rows.map((r) => [rowNumber(r.row), r.perspective])).toEqual([
      [4, "Samhälle"],
      [5, "Samhälle"],
      [7, "Medarbetare"],
      [8, "Medarbetare"],
    ]);
    // Judged by hand, not empty; prose without an arrow is a comment, not an invalid assessment.
    expect(codes(e, "Handlingsplaner")).toEqual([
      ["LAYOUT_INFERRED", adr("A2")],
      ["STATUS_COLUMN_ADDED", adr("E2")],
    ]);
  });

  it("leaves notes under a table alone in every layout", () => {
    const columns = sheet("Patient", [
      ["Mål", "Mätetal", "Målvärde", "Utfall"],
      ["Kortare väntetider", "Andel inom 90 dagar", "90 %", "88 %"],
      ["Källa: Väntetider i vården, SKR"],
    ]);
    const headings = sheet("Vård", [
      ["Mätetal", "Målvärde", "Utfall"],
      ["Kortare väntetider"],
      ["Andel inom 90 dagar", "90 %", "88 %"],
      ["* Preliminära siffror"],
    ]);
    const e = evaluateWorkbook(workbook(columns, headings), { period: null });
    expect(e.rows.map((r) => [r.sheet, rowNumber(r.row), r.level])).toEqual([
      ["Patient", 2, "goal"],
      ["Patient", 2, "indicator"],
      ["Vård", 2, "goal"],
      ["Vård", 3, "indicator"],
    ]);
  });

  it("a workbook mixing a Nivå sheet with sheets in the staff's own layouts reads every one", () => {
    const niva = sheet("Plan 2021", [
      ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall april"],
      ["Mål", "Kortare väntetider", "Patient", null, null],
      ["Mätetal", "Andel inom 30 dagar", null, "90 %", "61 %"],
    ]);
    const e = evaluateWorkbook(workbook(niva, PATIENT), { period: null });
    expect(e.layouts.map((l) => [l.sheet, l.origin, l.levels.kind])).toEqual([
      ["Plan 2021", "header", "level-column"],
      ["Patient", "inferred", "level-columns"],
    ]);
    expect(e.rows.filter((r) => r.sheet === "Plan 2021").map((r) => [rowNumber(r.row), r.status])).toEqual([
      [2, "red"],
      [3, "red"],
    ]);
    expect(e.rows.filter((r) => r.sheet === "Patient")).toHaveLength(7);
    expect(e.perspectives.map((p) => p.name)).toEqual(["Patient"]);
  });

  it("leaves a budget and a staff list alone beside a plan", () => {
    const budget = sheet("Budget", [
      ["Konto", "Benämning", "Budget 2021", "Utfall 2021"],
      [4010, "Förbrukningsmaterial", 120000, 131000],
    ]);
    const staff = sheet("Personal", [
      ["Namn", "Befattning", "Enhet"],
      ["Anna Andersson", "Sjuksköterska", "Avdelning 12"],
    ]);
    const e = evaluateWorkbook(workbook(budget, PATIENT, staff), { period: null });
    expect(e.layouts.map((l) => l.sheet)).toEqual(["Patient"]);
    expect(e.statusWrites.map((w) => w.sheet)).toEqual(["Patient"]);
  });
});

describe("recognition over any grid (property)", () => {
  const words = fc.constantFrom<RawCell>(
    "Strategiskt mål",
    "Mål",
    "Framgångsfaktor",
    "Mätetal",
    "Handlingsplan",
    "Diarienummer",
    "Summering",
    "Målvärde",
    "Utfall",
    "Resultat per augusti",
    "Kommentar",
    "Regionstyrelsen",
    "Vårdvalsnämnden",
    "Perspektivet Samhälle",
    "Strategi för vård",
    "Patient",
    "↑",
    "➔ Pågår",
    "↓",
    "Grön",
    "RS/1841/2018",
    "Plan för X\nRS/1/2020",
    "90 %",
    "61 %",
    "",
    null,
    42,
    true,
    { error: "#N/A" },
  );
  const grids = fc.array(fc.array(words, { maxLength: 6 }), { maxLength: 25 });
  const mergesArb = fc.array(
    fc.record({ top: fc.nat(20), left: fc.nat(5), h: fc.nat(3), w: fc.nat(2) }).map((m) => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
    { maxLength: 3 },
  );

  it("never throws, and no row is read as two rows or written twice", () => {
    fc.assert(
      fc.property(grids, mergesArb, fc.constantFrom("Patient", "Blad1"), (values, merges, name) => {
        const grid = sheet(name, values, { merges });
        const layout = recognizeLayout(grid, { perspectives: [] });
        if (layout === null) return;
        const { plans } = parseOutline(grid, layout);
        const rows: number[] = [];
        for (const h of layout.headings) if (h.level !== "owner") rows.push(h.row);
        for (const p of plans) {
          if (p.row !== null && p.inline !== true && !layout.headings.some((h) => h.row === p.row)) rows.push(p.row);
          for (const g of p.goals) {
            if (g.inline !== true && !layout.headings.some((h) => h.row === g.row)) rows.push(g.row);
            for (const i of g.indicators) rows.push(i.row);
          }
        }
        expect(new Set(rows).size).toBe(rows.length);
        expect(rows.every((r) => r > layout.headerRow)).toBe(true);
        const e = evaluateWorkbook(workbook(grid), { period: null });
        for (const w of e.statusWrites) {
          const written = w.cells.map((c) => c.row);
          expect(new Set(written).size).toBe(written.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
