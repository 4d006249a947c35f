import { rowNumber } from "../../../src/domain/address/a1";
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import { places, problems, row, said, sheet, workbook } from "./sheets";
import { adr, excelRow } from "../../support/adr";

// A plan sheet the way regions keep them: a title above the header, the perspective merged down over its goal
// and indicators, two Utfall columns (april entered, augusti partly), and a Status column already there.
const plan2021 = sheet(
  "Plan 2021",
  [
    ["Handlingsplan för hållbar vård 2021"],
    [],
    ["Nivå", "Perspektiv", "Namn", "Målvärde", "Utfall april", "Utfall augusti", "Bedömning", "Status", "Kommentar"],
    ["Handlingsplan", null, "Hållbar vård", null, null, null, null, "↓", "RS/1841/2018"],
    ["Mål", "Patient", "Korta väntetider", null, null, null, null, null, null],
    ["Mätetal", null, "Andel besök inom 30 dagar", "minst 90 %", 0.61, 0.92, null, "↑", null],
    ["Mätetal", null, "Väntetid till operation", "högst 14 dagar", 12.4, 15, null, null, "Bättre än i fjol"],
    ["Mål", "Medarbetare", "Minskad sjukfrånvaro", null, null, null, null, null, null],
    ["Mätetal", null, "Sjukfrånvaro", "Max 5,8 %", "6,1 %", null, null, null, null],
    ["Mätetal", null, "Friskvårdsplan genomförd", "Ja", "Pågår", "Klar", null, null, null],
  ],
  {
    merges: [{ top: 4, left: 1, bottom: 6, right: 1 }],
    formats: { "5,4": "0%", "5,5": "0%" },
  },
);

describe("a plan sheet with a title row, a merged perspective and two periods", () => {
  const evaluation = evaluateWorkbook(workbook(plan2021), { period: null });

  it("chooses the rightmost Utfall column with values", () => {
    expect(evaluation.period).toBe("Utfall augusti");
    expect(evaluation.periods).toEqual(["Utfall april", "Utfall augusti"]);
  });

  it("computes every indicator against the active period", () => {
    expect(said(row(evaluation, "Andel besök inom 30 dagar"))).toMatchObject({
      status: "green",
      source: "computed",
      direction: "higher",
      directionSource: "target",
      explanation: "Utfall 92 % når målvärdet 90 % → grön.",
    });
    expect(said(row(evaluation, "Väntetid till operation"))).toMatchObject({
      status: "yellow",
      direction: "lower",
      explanation: "Utfall 15 dagar är över målvärdet 14 dagar men inom toleransen 10 % (lägre är bättre) → gul.",
    });
    expect(row(evaluation, "Friskvårdsplan genomförd").status).toBe("green");
  });

  it("says which period lacks an actual", () => {
    expect(said(row(evaluation, "Sjukfrånvaro"))).toMatchObject({
      status: "missing",
      source: "none",
      explanation: "Inget utfall i kolumnen Utfall augusti.",
    });
  });

  it("gives the merged perspective to every goal and indicator under it", () => {
    expect(row(evaluation, "Korta väntetider").perspective).toBe("Patient");
    expect(row(evaluation, "Väntetid till operation").perspective).toBe("Patient");
    expect(row(evaluation, "Sjukfrånvaro").perspective).toBe("Medarbetare");
  });

  it("rolls goals up from indicators and the plan from goals", () => {
    expect(said(row(evaluation, "Korta väntetider"))).toMatchObject({
      status: "yellow",
      source: "rollup",
      explanation: "1 av 2 mätetal uppfyllt, 1 delvis uppfyllt; medelpoäng 0,75 → gul.",
      children: { green: 1, yellow: 1, red: 0, missing: 0 },
    });
    // The missing Sjukfrånvaro is left out: 1 of 1 counted is green.
    expect(row(evaluation, "Minskad sjukfrånvaro").status).toBe("green");
    expect(row(evaluation, "Hållbar vård")).toMatchObject({ status: "yellow", source: "rollup" });
  });

  it("lists every plan, goal and indicator in sheet order with Excel row numbers", () => {
    expect(evaluation.rows.map((r) => [rowNumber(r.row), r.level])).toEqual([
      [4, "plan"],
      [5, "goal"],
      [6, "indicator"],
      [7, "indicator"],
      [8, "goal"],
      [9, "indicator"],
      [10, "indicator"],
    ]);
    expect(row(evaluation, "Sjukfrånvaro")).toMatchObject({ plan: "Hållbar vård", goal: "Minskad sjukfrånvaro" });
  });

  it("copies comments", () => {
    expect(row(evaluation, "Väntetid till operation").comment).toBe("Bättre än i fjol");
  });

  it("writes every row's status to the existing Status column and nothing else", () => {
    expect(evaluation.statusWrites).toEqual([
      {
        sheet: "Plan 2021",
        col: 7,
        addHeader: null,
        cells: [
          { row: 3, status: "yellow" },
          { row: 4, status: "yellow" },
          { row: 5, status: "green" },
          { row: 6, status: "yellow" },
          { row: 7, status: "green" },
          { row: 8, status: "missing" },
          { row: 9, status: "green" },
        ],
      },
    ]);
  });

  it("never reads the old Status column: the stale ↓ on the plan and ↑ on a row change nothing", () => {
    const cleared = sheet(
      "Plan 2021",
      plan2021.values.map((r, i) => (i < 3 ? r : r.map((v, c) => (c === 7 ? null : v)))),
      { merges: plan2021.merges },
    );
    const again = evaluateWorkbook(workbook(cleared), { period: null });
    expect(again.rows.map((r) => r.status)).toEqual(evaluation.rows.map((r) => r.status));
  });

  it("counts goals and indicators per perspective in order of appearance", () => {
    expect(evaluation.perspectives).toEqual([
      {
        name: "Patient",
        goals: { green: 0, yellow: 1, red: 0, missing: 0 },
        indicators: { green: 1, yellow: 1, red: 0, missing: 0 },
      },
      {
        name: "Medarbetare",
        goals: { green: 1, yellow: 0, red: 0, missing: 0 },
        indicators: { green: 1, yellow: 0, red: 0, missing: 1 },
      },
    ]);
  });

  it("summarises the plan", () => {
    expect(evaluation.plans.map(said)).toEqual([
      {
        name: "Hållbar vård",
        dnr: null,
        sheet: "Plan 2021",
        row: excelRow(4),
        status: "yellow",
        source: "rollup",
        explanation: "1 av 2 mål uppfyllt, 1 delvis uppfyllt; medelpoäng 0,75 → gul.",
        goals: { green: 1, yellow: 1, red: 0, missing: 0 },
        indicators: { green: 2, yellow: 1, red: 0, missing: 1 },
        comment: "RS/1841/2018",
        owner: null,
      },
    ]);
  });
});

describe("choosing a period", () => {
  it("uses the requested period, by a unique part of its header", () => {
    const evaluation = evaluateWorkbook(workbook(plan2021), { period: "april" });
    expect(evaluation.period).toBe("Utfall april");
    expect(said(row(evaluation, "Andel besök inom 30 dagar"))).toMatchObject({
      status: "red",
      explanation: "Utfall 61 % är mer än 10 % under målvärdet 90 % → röd.",
    });
    expect(row(evaluation, "Sjukfrånvaro").status).toBe("yellow");
    expect(row(evaluation, "Friskvårdsplan genomförd").status).toBe("yellow");
  });

  it("reports an unknown period and falls back to the automatic choice", () => {
    const evaluation = evaluateWorkbook(workbook(plan2021), { period: "december" });
    expect(problems(evaluation, "UNKNOWN_PERIOD")).toHaveLength(1);
    expect(evaluation.period).toBe("Utfall augusti");
  });
});

describe("manual assessment", () => {
  const grid = workbook(
    sheet("Plan", [
      ["Nivå", "Namn", "Målvärde", "Utfall", "Bedömning", "Status"],
      ["Mål", "Trygg vård", null, null, null, null],
      ["Mätetal", "Andel nöjda patienter", "90 %", "61 %", "Grön", null],
      ["Mätetal", "Vårdskador", "Högst 5", "4", "↑", null],
      ["Mätetal", "Fallolyckor", "Högst 5", null, "Gul", null],
      ["Mål", "Effektiv vård", null, null, "Röd", null],
      ["Mätetal", "Beläggning", "högst 95 %", "90 %", "Bra", null],
    ]),
  );
  const evaluation = evaluateWorkbook(grid, { period: null });

  it("always wins and says what the data says when they differ", () => {
    expect(said(row(evaluation, "Andel nöjda patienter"))).toMatchObject({
      status: "green",
      source: "manual",
      explanation: "Manuell bedömning: uppfyllt (beräknat: ej uppfyllt).",
    });
    expect(places(evaluation, "MANUAL_DIFFERS")).toEqual([adr("Plan!E3"), adr("Plan!E6")]);
    expect(problems(evaluation, "MANUAL_DIFFERS")[0]?.message).toBe(
      "Den manuella bedömningen (uppfyllt) skiljer sig från den beräknade (ej uppfyllt); den manuella gäller.",
    );
  });

  it("is quiet when the data agrees or cannot say", () => {
    expect(row(evaluation, "Vårdskador")).toMatchObject({ status: "green", source: "manual" });
    expect(row(evaluation, "Fallolyckor")).toMatchObject({ status: "yellow", source: "manual" });
  });

  it("applies to goals over their roll-up", () => {
    expect(row(evaluation, "Effektiv vård")).toMatchObject({ status: "red", source: "manual" });
  });

  it("reports an unreadable assessment and computes instead", () => {
    expect(row(evaluation, "Beläggning")).toMatchObject({ status: "green", source: "computed" });
    expect(places(evaluation, "INVALID_ASSESSMENT")).toEqual([adr("Plan!E7")]);
  });

  it("rolls the manual statuses up", () => {
    // Trygg vård: green, green, yellow → 2 of 3 green, mean 0.83 → yellow.
    expect(row(evaluation, "Trygg vård").status).toBe("yellow");
  });
});

describe("goals", () => {
  const grid = workbook(
    sheet("Plan", [
      ["Nivå", "Namn", "Målvärde", "Utfall"],
      ["Plan", "Verksamhetsplan 2022", null, null],
      ["Aktivt mål", "Budget i balans", "minst 0 mkr", "-2,5 mkr"],
      ["Strategiskt mål", "God arbetsmiljö", null, null],
      ["Framgångsfaktor", "Medarbetarsamtal genomförda", "Ja", "Ja"],
      ["Framgångsfaktor", "Introduktion för nyanställda", "Ja", "Nej"],
      ["Mål", "Digitalisering", null, null],
      ["Plan", "Tom plan", null, null],
    ]),
  );
  const evaluation = evaluateWorkbook(grid, { period: null });

  it("an aktivt mål is computed from its own target and actual", () => {
    expect(row(evaluation, "Budget i balans")).toMatchObject({ status: "red", source: "computed" });
  });

  it("rolls up in the sheet's own word", () => {
    expect(said(row(evaluation, "God arbetsmiljö")).explanation).toBe(
      "1 av 2 framgångsfaktorer uppfylld, 1 ej uppfylld; medelpoäng 0,50 → gul.",
    );
  });

  it("a goal's prose target is not read when its indicators decide", () => {
    const prose = evaluateWorkbook(
      workbook(
        sheet("Plan", [
          ["Nivå", "Namn", "Målvärde", "Utfall"],
          ["Mål", "God tillgänglighet", "Förbättrad tillgänglighet", null],
          ["Mätetal", "Andel besök inom 30 dagar", "minst 90 %", "92 %"],
          ["Mål", "Aktivt mål med mätetal", "minst 90 %", "50 %"],
          ["Mätetal", "Delmått", "minst 90 %", "92 %"],
        ]),
      ),
      { period: null },
    );
    expect(prose.problems.map((p) => p.code)).toEqual(["STATUS_COLUMN_ADDED"]);
    expect(row(prose, "God tillgänglighet")).toMatchObject({ status: "green", source: "rollup" });
    // Own target and actual win over the indicators (an aktivt mål).
    expect(row(prose, "Aktivt mål med mätetal")).toMatchObject({ status: "red", source: "computed" });
  });

  it("a goal whose own actual is not measured yet rolls up from its indicators", () => {
    const notYet = evaluateWorkbook(
      workbook(
        sheet("Plan", [
          ["Nivå", "Namn", "Målvärde", "Utfall"],
          ["Mål", "God tillgänglighet", "minst 90 %", "Ej mätt"],
          ["Mätetal", "Andel besök inom 30 dagar", "minst 90 %", "92 %"],
          ["Mål", "Nöjda patienter", "minst 80 %", "Ej mätt"],
        ]),
      ),
      { period: null },
    );
    expect(row(notYet, "God tillgänglighet")).toMatchObject({ status: "green", source: "rollup" });
    // Without indicators the goal is its own measure, not measured yet: missing, with an info.
    expect(row(notYet, "Nöjda patienter")).toMatchObject({ status: "missing" });
    expect(places(notYet, "NOT_MEASURED")).toEqual([adr("Plan!D4")]);
  });

  it("a goal with nothing to measure is missing", () => {
    expect(row(evaluation, "Digitalisering")).toMatchObject({ status: "missing", source: "none" });
    expect(places(evaluation, "GOAL_WITHOUT_MEASURES")).toEqual([adr("Plan!B7")]);
  });

  it("a goal judged by hand is not flagged for lacking measures", () => {
    const manual = evaluateWorkbook(
      workbook(
        sheet("Plan", [
          ["Nivå", "Namn", "Målvärde", "Utfall", "Bedömning"],
          ["Mål", "Kompetensförsörjning", null, null, "Gul"],
          ["Mål", "Digitalisering", null, null, null],
        ]),
      ),
      { period: null },
    );
    expect(row(manual, "Kompetensförsörjning")).toMatchObject({ status: "yellow", source: "manual" });
    expect(places(manual, "GOAL_WITHOUT_MEASURES")).toEqual([adr("Plan!B3")]);
  });

  it("a plan with no goals is red", () => {
    expect(row(evaluation, "Tom plan")).toMatchObject({ status: "red", source: "rollup" });
    expect(places(evaluation, "EMPTY_PLAN")).toEqual([adr("Plan!B8")]);
  });

  it("goals before any plan row belong to a plan named after the sheet, which has no row of its own", () => {
    const implicit = evaluateWorkbook(
      workbook(
        sheet("Ekonomi", [
          ["Nivå", "Namn", "Målvärde", "Utfall"],
          ["Mål", "Budget i balans", "minst 0", 3],
        ]),
      ),
      { period: null },
    );
    expect(implicit.plans).toMatchObject([{ name: "Ekonomi", row: null, status: "green" }]);
    expect(implicit.rows.map((r) => r.level)).toEqual(["goal"]);
    expect(implicit.statusWrites[0]?.cells).toEqual([{ row: 1, status: "green" }]);
  });
});

describe("a Regler sheet", () => {
  const regler = sheet("regler", [
    ["Regler för statusberäkning"],
    [],
    ["Perspektiv"],
    ["Medborgare"],
    ["Patient"],
    ["Ekonomi"],
    [],
    ["Mätetalsregler"],
    ["Namn", "Riktning", "Tolerans", "Toleranstyp"],
    ["Standard", null, "10 %", "Relativ"],
    ["Väntetid", "Lägre är bättre", 2, "Absolut"],
    [],
    ["Sammanvägning"],
    ["Nivå", "Metod", "Grön", "Röd", "Poäng gul"],
    ["Mål", "sämsta", "75 %", "25 %", 0.5],
    ["Plan", "andel", "75 %", "25 %", 0.5],
  ]);
  const plan = sheet("Plan", [
    ["Nivå", "Perspektiv", "Namn", "Målvärde", "Utfall", "Regel"],
    ["Mål", "patient", "Snabb vård", null, null, null],
    ["Mätetal", null, "Dagar till besök", 14, 16, "väntetid"],
    ["Mätetal", null, "Dagar till operation", 14, 17, "Väntetid"],
    ["Mål", "Miljö", "Mindre avfall", "högst 800 ton", "867 ton", null],
    ["Mål", null, "Utan perspektiv", "Ja", "Ja", null],
  ]);
  const evaluation = evaluateWorkbook(workbook(regler, plan), { period: null });

  it("is not a plan sheet, whatever its case", () => {
    expect(evaluation.statusWrites.map((w) => w.sheet)).toEqual(["Plan"]);
  });

  it("applies a named rule: its direction and absolute tolerance", () => {
    expect(said(row(evaluation, "Dagar till besök"))).toMatchObject({
      status: "yellow",
      direction: "lower",
      directionSource: "rule",
      explanation: "Utfall 16 är över målvärdet 14 men inom toleransen 2 (lägre är bättre) → gul.",
    });
    expect(row(evaluation, "Dagar till operation").status).toBe("red");
    expect(problems(evaluation, "DIRECTION_ASSUMED")).toEqual([]);
  });

  it("uses its roll-up methods", () => {
    expect(row(evaluation, "Snabb vård").status).toBe("red");
  });

  it("orders perspectives as listed, in its spelling, with unlisted ones after and none last", () => {
    expect(row(evaluation, "Snabb vård").perspective).toBe("Patient");
    expect(evaluation.perspectives.map((p) => p.name)).toEqual([
      "Medborgare",
      "Patient",
      "Ekonomi",
      "Miljö",
      "Utan perspektiv",
    ]);
    expect(evaluation.perspectives[0]?.goals).toEqual({ green: 0, yellow: 0, red: 0, missing: 0 });
    expect(places(evaluation, "UNKNOWN_PERSPECTIVE")).toEqual([adr("Plan!B5")]);
  });
});

describe("which sheets are plan sheets", () => {
  const planRows = [
    ["Nivå", "Namn", "Målvärde", "Utfall"],
    ["Mål", "Budget i balans", "minst 0", 3],
  ];

  it("skips helper sheets named with _ and the generated summaries", () => {
    const evaluation = evaluateWorkbook(
      workbook(sheet("Plan", planRows), sheet("_data", planRows), sheet("Översikt", planRows)),
      { period: null, generatedSheets: new Set(["översikt"]) },
    );
    expect(evaluation.statusWrites.map((w) => w.sheet)).toEqual(["Plan"]);
  });

  it("reports a workbook without any", () => {
    const evaluation = evaluateWorkbook(workbook(sheet("Blad1", [["Hej"]])), { period: null });
    expect(problems(evaluation, "NO_PLAN_SHEET")).toMatchObject([{ severity: "error", sheet: null, cell: null }]);
    expect(evaluation.statusWrites).toEqual([]);
  });
});

describe("a sheet without a Status column", () => {
  it("gets one after the last header, announced with its cell", () => {
    const evaluation = evaluateWorkbook(
      workbook(
        sheet("Plan", [
          ["Uppföljning"],
          ["Nivå", "Namn", "Målvärde", "Utfall", null, "Anteckning"],
          ["Mål", "Budget i balans", "minst 0", 3],
        ]),
      ),
      { period: null },
    );
    expect(evaluation.statusWrites).toEqual([
      { sheet: "Plan", col: 6, addHeader: { row: 1, text: "Status" }, cells: [{ row: 2, status: "green" }] },
    ]);
    expect(places(evaluation, "STATUS_COLUMN_ADDED")).toEqual([adr("Plan!G2")]);
    expect(problems(evaluation, "STATUS_COLUMN_ADDED")[0]?.severity).toBe("info");
  });

  it("goes past notes without a header, above the header, far below the table and under a merge", () => {
    const values: (string | number | null)[][] = [
      ["Uppföljning", null, null, null, null, null, null, "Reviderad 2026-03-01"],
      ["Nivå", "Namn", "Målvärde", "Utfall", null, null, null, null, null],
      ["Mål", "Budget i balans", "minst 0", 3, null, "ring Eva"],
      ["Mål", "Sjukfrånvaro", "högst 7 %", 0.06, "anteckning"],
    ];
    for (let r = values.length; r < 500; r++) values.push([]);
    values.push([null, null, null, null, null, null, null, null, null, null, "långt ner"]);
    const evaluation = evaluateWorkbook(
      workbook(sheet("Plan", values, { merges: [{ top: 40, left: 6, bottom: 41, right: 6 }] })),
      { period: null },
    );
    // E (notes), F (a note), G (a merge), H (above the header), K (far below) are the user's; I is free.
    expect(evaluation.statusWrites[0]?.col).toBe(8);
    expect(places(evaluation, "STATUS_COLUMN_ADDED")).toEqual([adr("Plan!I2")]);
  });
});
