import { STATUS_COLOR, type Status } from "../../../src/domain/status/statuses";
import { BAR_LENGTH } from "../../../src/domain/summary/counts-section";
import { MAX_COLUMN_WIDTH } from "../../../src/domain/summary/composer";
import { describeSummarySheets } from "../../../src/domain/summary/describe-summary-sheets";
import type { SheetDescription, SummarySheetsChange } from "../../../src/domain/summary/types";
import { buildEvaluation, type SheetSpec } from "./model";
import { cells, find, rowValues, sheetGrid, styleAt, value, workbook } from "./read-description";

const LONG_COMMENT = "Arbetet har försenats av omorganisationen. ".repeat(6).trim();

const plan2021: SheetSpec = {
  sheet: "Plan 2021",
  plans: [
    {
      name: "Vårdplan 2021",
      levelText: "Handlingsplan",
      dnr: "RS/1841/2018",
      status: "yellow",
      comment: "Följs upp i augusti",
      goals: [
        {
          name: "Kortare väntetider",
          perspective: "Patient",
          status: "yellow",
          comment: "+46 70 123 45 67",
          indicators: [
            {
              name: "Andel besök inom 30 dagar",
              levelText: "Framgångsfaktor",
              status: "green",
              target: "90 %",
              actual: "92 %",
              comment: '=HYPERLINK("http://example.com")',
            },
            {
              name: "Väntetid operation",
              levelText: "Framgångsfaktor",
              status: "red",
              target: "60 dagar",
              actual: "75 dagar",
              comment: LONG_COMMENT,
            },
          ],
        },
        {
          name: "Nöjda medarbetare",
          perspective: "Medarbetare",
          status: "green",
          indicators: [
            { name: "HME-index", levelText: "Framgångsfaktor", status: "green", comment: "-5", owner: "HR" },
          ],
        },
        {
          name: "Nytt arbetssätt",
          perspective: null,
          status: "missing",
          indicators: [{ name: "Införda rutiner", levelText: "Mått", status: "missing", comment: "@foo" }],
        },
      ],
    },
  ],
};

const LEGEND: Record<Status, string> = {
  green: "Grönt – klart",
  yellow: "Gult – på väg",
  red: "Rött – ej nått",
  missing: "Grått – vet ej",
};

const evaluation = buildEvaluation([plan2021], { perspectives: ["Medarbetare", "Patient", "Ekonomi"], legend: LEGEND });
const plan: SummarySheetsChange = describeSummarySheets(evaluation, workbook(sheetGrid("Plan 2021")), {
  runDate: "2024-05-02",
});

function sheet(name: string): SheetDescription {
  const found = plan.sheets.find((s) => s.sheet.name === name)?.sheet;
  if (!found) throw new Error(`no sheet ${name}: ${plan.sheets.map((s) => s.sheet.name).join(", ")}`);
  return found;
}

function tableRows(s: SheetDescription): (string | number | null)[][] {
  if (!s.table) throw new Error("no table");
  const { top, bottom, right } = s.table.range;
  const out = [];
  for (let r = top; r <= bottom; r++) out.push(rowValues(s, r, 0, right));
  return out;
}

describe("the perspective sheets", () => {
  it("come in the Regler order, goals without a perspective last, unused perspectives without a sheet", () => {
    expect(plan.sheets.filter((s) => s.sheet.kind === "perspective").map((s) => s.sheet.key)).toEqual([
      "Medarbetare",
      "Patient",
      "Utan perspektiv",
    ]);
  });

  const patient = sheet("Patient");

  it("open with the title, the period and the date", () => {
    expect(value(patient, "A1")).toBe("Patient");
    expect(value(patient, "A2")).toBe("Perspektiv · Period: Utfall april · Sammanställt 2024-05-02");
  });

  it("sum up in one sentence with the sheet's own word", () => {
    expect(value(patient, "A3")).toBe("Av 2 framgångsfaktorer är 1 uppfylld och 1 ej uppfylld.");
  });

  it("count goals and indicators per status", () => {
    const header = find(patient, "Bedömning");
    expect(header).not.toBeNull();
    const at = (i: number): (string | number | null)[] => rowValues(patient, (header?.row ?? 0) + i, 0, 3);
    expect(at(0)).toEqual(["Bedömning", "Status", "Mål", "Framgångsfaktorer"]);
    expect(at(1)).toEqual(["Uppfyllt", "↑", 0, 1]);
    expect(at(2)).toEqual(["Delvis uppfyllt", "→", 1, 0]);
    expect(at(3)).toEqual(["Ej uppfyllt", "↓", 0, 1]);
    expect(at(4)).toEqual(["Saknar bedömning", "–", 0, 0]);
    expect(at(5)).toEqual(["Totalt", null, 1, 2]);
  });

  it("describe the status chart from the counts on the sheet", () => {
    const chart = patient.chart;
    expect(chart).toMatchObject({
      type: "pie",
      title: "Framgångsfaktorer per status – Utfall april",
      altText:
        "Cirkeldiagram: 2 framgångsfaktorer i Patient per status, Utfall april. " +
        "Uppfyllt 1 (50 %), Delvis uppfyllt 0 (0 %), Ej uppfyllt 1 (50 %), Saknar bedömning 0 (0 %).",
      categories: ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Saknar bedömning"],
      values: [1, 0, 1, 0],
      colors: [STATUS_COLOR.green, STATUS_COLOR.yellow, STATUS_COLOR.red, STATUS_COLOR.missing],
    });
    const header = find(patient, "Bedömning")?.row ?? -1;
    expect(chart?.categoriesRange).toEqual({ top: header + 1, left: 0, bottom: header + 4, right: 0 });
    expect(chart?.valuesRange).toEqual({ top: header + 1, left: 3, bottom: header + 4, right: 3 });
  });

  it("give renderers without charts bars in proportion, in the status colours", () => {
    const fallback = patient.chart?.fallback;
    if (!fallback) throw new Error("no fallback");
    const bars = [...cells(fallback).values()].map((c) => c.value).filter((v) => String(v).startsWith("█"));
    expect(bars).toEqual(["█".repeat(BAR_LENGTH / 2), "█".repeat(BAR_LENGTH / 2)]);
    const header = find(patient, "Bedömning")?.row ?? -1;
    expect(styleAt(fallback, header + 1, 4).fontColor).toBe(STATUS_COLOR.green);
    expect(styleAt(fallback, header + 3, 4).fontColor).toBe(STATUS_COLOR.red);
  });

  it("list their goals and indicators in the table", () => {
    expect(tableRows(patient)).toEqual([
      ["Plan", "Mål", "Framgångsfaktor", "Målvärde", "Utfall", "Status", "Kommentar"],
      ["Vårdplan 2021", "Kortare väntetider", null, null, null, "→", "+46 70 123 45 67"],
      [
        "Vårdplan 2021",
        "Kortare väntetider",
        "Andel besök inom 30 dagar",
        "90 %",
        "92 %",
        "↑",
        '=HYPERLINK("http://example.com")',
      ],
      ["Vårdplan 2021", "Kortare väntetider", "Väntetid operation", "60 dagar", "75 dagar", "↓", LONG_COMMENT],
    ]);
  });

  it("colour the arrows as the Status column does", () => {
    const top = patient.table?.range.top ?? -1;
    expect(styleAt(patient.content, top + 2, 5)).toMatchObject({ fontColor: STATUS_COLOR.green, bold: true });
    expect(styleAt(patient.content, top + 3, 5)).toMatchObject({ fontColor: STATUS_COLOR.red });
  });

  it("show goal rows in bold", () => {
    const top = patient.table?.range.top ?? -1;
    expect(styleAt(patient.content, top + 1, 1).bold).toBe(true);
    expect(styleAt(patient.content, top + 2, 1).bold).toBeUndefined();
  });

  it("add Ansvarig only where someone is named", () => {
    expect(tableRows(sheet("Medarbetare"))[0]).toContain("Ansvarig");
    expect(tableRows(patient)[0]).not.toContain("Ansvarig");
  });

  it("put goals without a perspective on Utan perspektiv", () => {
    const rows = tableRows(sheet("Utan perspektiv"));
    expect(rows.map((r) => r[2])).toEqual(["Mått", null, "Införda rutiner"]);
  });

  it("freeze everything down to the table header and repeat it on every printed page", () => {
    const top = patient.table?.range.top ?? -1;
    expect(patient.freezeRows).toBe(top + 1);
    expect(patient.print).toEqual({
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: { first: top, last: top },
    });
  });

  it("fit column widths to the content, capped", () => {
    const widths = patient.columnWidths;
    expect(widths[6]).toBe(MAX_COLUMN_WIDTH);
    expect(widths[5]).toBeLessThan(15);
    expect(widths[2]).toBeGreaterThanOrEqual("Andel besök inom 30 dagar".length);
    expect(widths.every((w) => w >= 5 && w <= MAX_COLUMN_WIDTH)).toBe(true);
  });

  it("make a row tall enough for a long wrapped comment", () => {
    const row = (patient.table?.range.top ?? -1) + 3;
    const height = patient.rowHeights.find((h) => h.row === row)?.height ?? 15;
    expect(height).toBeGreaterThanOrEqual(30);
  });

  it("name the tables uniquely", () => {
    const tables = plan.sheets.flatMap((s) => (s.sheet.table ? [s.sheet.table.name] : []));
    expect(new Set(tables).size).toBe(tables.length);
    expect(tables.every((t) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(t))).toBe(true);
  });
});

describe("text from the plan sheets", () => {
  it.each(['=HYPERLINK("http://example.com")', "+46 70 123 45 67", "-5", "@foo"])("stays text: %s", (comment) => {
    const all = plan.sheets.flatMap((s) => [...cells(s.sheet.content).values()]);
    const hits = all.filter((c) => c.value === comment);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((c) => c.format === "@")).toBe(true);
  });

  it("is the only kind of string: every string cell is marked text, every count is a number", () => {
    for (const { sheet: s } of plan.sheets) {
      for (const c of cells(s.content).values()) {
        if (typeof c.value === "string") expect(c.format).toBe("@");
        if (typeof c.value === "number") expect(c.format).toBe("0");
      }
    }
  });
});

describe("the plan sheets", () => {
  const vard = sheet("Vårdplan 2021");

  it("show the plan's name, Dnr, and its status with the legend text", () => {
    expect(value(vard, "A1")).toBe("Vårdplan 2021");
    expect(value(vard, "A2")).toBe("Dnr RS/1841/2018 · Period: Utfall april · Sammanställt 2024-05-02");
    expect(rowValues(vard, 2, 0, 2)).toEqual(["Planens status", "→", LEGEND.yellow]);
    expect(styleAt(vard.content, 2, 1).fontColor).toBe(STATUS_COLOR.yellow);
  });

  it("count with the most common word for a mix", () => {
    expect(value(vard, "A4")).toBe("Av 4 framgångsfaktorer är 2 uppfyllda och 1 ej uppfylld; 1 saknar bedömning.");
  });

  it("list all of the plan's goals and indicators, without repeating the plan's name on every row", () => {
    expect(tableRows(vard)[0]).toEqual([
      "Mål",
      "Framgångsfaktor",
      "Målvärde",
      "Utfall",
      "Status",
      "Kommentar",
      "Ansvarig",
    ]);
    expect(tableRows(vard).map((r) => r[1] ?? r[0])).toEqual([
      "Framgångsfaktor",
      "Kortare väntetider",
      "Andel besök inom 30 dagar",
      "Väntetid operation",
      "Nöjda medarbetare",
      "HME-index",
      "Nytt arbetssätt",
      "Införda rutiner",
    ]);
  });

  it("keep the goals of two plans of the same name apart, and of the plan named after its sheet", () => {
    const spec: SheetSpec = {
      sheet: "Blad",
      plans: [
        { name: "Blad", hasRow: false, status: "green", goals: [{ name: "Före planraden", status: "green" }] },
        { name: "Plan", status: "green", goals: [{ name: "Första", status: "green" }] },
        { name: "Plan", status: "red", goals: [{ name: "Andra", status: "red" }] },
      ],
    };
    const p = describeSummarySheets(buildEvaluation([spec]), workbook(sheetGrid("Blad")), { runDate: "2024-05-02" });
    const goalsOf = (name: string): unknown[] => {
      const s = p.sheets.find((x) => x.sheet.name === name)?.sheet;
      return s
        ? tableRows(s)
            .slice(1)
            .map((r) => r[0])
        : [];
    };
    expect(goalsOf("Plan – Blad")).toEqual(["Före planraden"]);
    expect(goalsOf("Plan")).toEqual(["Första"]);
    expect(goalsOf("Plan (2)")).toEqual(["Andra"]);
  });

  it("keep an empty table valid for a plan without goals, and draw no chart", () => {
    const spec: SheetSpec = { sheet: "Tom", plans: [{ name: "Tom plan", status: "red", goals: [] }] };
    const p = describeSummarySheets(buildEvaluation([spec]), workbook(sheetGrid("Tom")), { runDate: "2024-05-02" });
    const s = p.sheets.find((x) => x.sheet.kind === "plan")?.sheet;
    expect(s?.table?.range.bottom).toBe((s?.table?.range.top ?? 0) + 1);
    expect(s?.chart).toBeNull();
    expect(s && value(s, "A4")).toBe("Det finns inga mål att redovisa.");
  });
});

describe("Översikt", () => {
  const overview = sheet("Översikt");

  it("comes first", () => {
    expect(plan.sheets[0]?.sheet).toBe(overview);
  });

  it("opens as a report's first page: title, period and date, the overall sentence", () => {
    expect(value(overview, "A1")).toBe("Översikt över måluppfyllelse");
    expect(value(overview, "A2")).toBe("Period: Utfall april · Sammanställt 2024-05-02");
    // The plans mix Framgångsfaktor and Mått: one word for all of them would mislead, so the generic one.
    expect(value(overview, "A3")).toBe("Av de 4 mätetalen är 2 uppfyllda och 1 ej uppfyllt; 1 saknar bedömning.");
  });

  it("counts per perspective in report order, with a total, headed by the level word and the status names", () => {
    const header = find(overview, "Perspektiv")?.row ?? -1;
    expect(rowValues(overview, header - 1, 3, 3)).toEqual(["Mätetal"]);
    expect(rowValues(overview, header, 0, 7)).toEqual([
      "Perspektiv",
      null,
      null,
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Saknar bedömning",
      "Totalt",
    ]);
    const rows = [1, 2, 3, 4, 5].map((i) => rowValues(overview, header + i, 0, 7));
    expect(rows).toEqual([
      ["Medarbetare", null, null, 1, 0, 0, 0, 1],
      ["Patient", null, null, 1, 0, 1, 0, 2],
      ["Ekonomi", null, null, 0, 0, 0, 0, 0],
      ["Utan perspektiv", null, null, 0, 0, 0, 1, 1],
      ["Totalt", null, null, 2, 0, 1, 1, 4],
    ]);
  });

  it("draws one pie for the whole workbook from the total row, beside the perspectives", () => {
    const header = find(overview, "Perspektiv")?.row ?? -1;
    const chart = overview.chart;
    expect(chart).toMatchObject({
      title: "Mätetal per status – Utfall april",
      categories: ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Saknar bedömning"],
      values: [2, 0, 1, 1],
      categoriesRange: { top: header, left: 3, bottom: header, right: 6 },
      valuesRange: { top: header + 5, left: 3, bottom: header + 5, right: 6 },
      anchor: { top: 0, left: 8, bottom: header + 5, right: 8 },
    });
    expect(chart?.altText).toContain("4 mätetal i hela arbetsboken");
  });

  it("lists the plans as the regions do: Plan, Dnr, arrow, counts, Summering", () => {
    const header = find(overview, "Handlingsplan");
    expect(header?.col).toBe(0);
    expect(rowValues(overview, header?.row ?? 0, 0, 9)).toEqual([
      "Handlingsplan",
      "Dnr",
      "Status",
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Saknar bedömning",
      "Totalt",
      "Summering",
      "Flik",
    ]);
    const row = rowValues(overview, (header?.row ?? 0) + 1, 0, 9);
    expect(row).toEqual(["Vårdplan 2021", "RS/1841/2018", "→", 2, 0, 1, 1, 4, "Följs upp i augusti", "Vårdplan 2021"]);
    expect(styleAt(overview.content, (header?.row ?? 0) + 1, 2).fontColor).toBe(STATUS_COLOR.yellow);
  });

  it("links every perspective and plan to its sheet", () => {
    const target = (text: string): string | undefined => {
      const at = find(overview, text);
      return overview.links.find((l) => l.row === at?.row && l.col === at.col)?.sheet;
    };
    expect(target("Patient")).toBe("Patient");
    expect(target("Utan perspektiv")).toBe("Utan perspektiv");
    // A plan's link is on its tab's name, in the last column.
    const plans = find(overview, "Handlingsplan")?.row ?? -1;
    expect(overview.links.find((l) => l.row === plans + 1)).toEqual({ row: plans + 1, col: 9, sheet: "Vårdplan 2021" });
    // A perspective no goal uses has no sheet to lead to.
    expect(target("Ekonomi")).toBeUndefined();
    const generated = plan.sheets.slice(1).map((s) => s.sheet.name);
    expect(overview.links.map((l) => l.sheet).sort()).toEqual([...generated].sort());
  });

  it("prints on one landscape page", () => {
    expect(overview.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1, fitToPagesTall: 1 });
  });

  it("ends with the legend from the Regler sheet", () => {
    const title = find(overview, "Teckenförklaring")?.row ?? -1;
    expect([1, 2, 3, 4].map((i) => rowValues(overview, title + i, 0, 1))).toEqual([
      ["↑", LEGEND.green],
      ["→", LEGEND.yellow],
      ["↓", LEGEND.red],
      ["–", LEGEND.missing],
    ]);
  });

  it("has no table and no frozen rows", () => {
    expect(overview.table).toBeNull();
    expect(overview.freezeRows).toBe(0);
  });
});
