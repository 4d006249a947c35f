import { evaluateWorkbook } from "../../../src/domain/evaluate";
import {
  buildReportDocument,
  documentOutline,
  periodName,
  REGION_LEGEND,
  type ReportBlock,
  type ReportChart,
  type ReportDocument,
  type ReportTable,
} from "../../../src/domain/report-document";
import { DEFAULT_RULES } from "../../../src/domain/rules/defaults";
import { buildReglerSheet, REGLER_SHEET_NAME } from "../../../src/domain/rules/regler-sheet";
import { sheet, workbook } from "../evaluate/sheets";

// Two handlingsplaner, three perspectives listed on Regler in an order unlike the sheet's, one empty Utfall cell and
// one unreadable one, so every section of the bilaga has something to say.
const plans = sheet("Planer", [
  ["Uppföljning 2021"],
  ["Nivå", "Perspektiv", "Namn", "Dnr", "Målvärde", "Utfall augusti", "Status", "Kommentar"],
  ["Handlingsplan", null, "Handlingsplan för klimat", "RS/2346/2019", null, null, null, "Plan 2019–2022"],
  ["Resultatmål", "Samhälle", "Minskad klimatpåverkan", null, null, null, null, null],
  ["Framgångsfaktor", null, "Koldioxidutsläpp tjänsteresor", null, "högst 867 ton", "610 ton", null, null],
  ["Framgångsfaktor", null, "Andel fossilfria bilar", null, "minst 90 %", "88 %", null, "Nära målet"],
  ["Handlingsplan", null, "Handlingsplan för vård", "RS/1841/2018", null, null, null, null],
  ["Resultatmål", "Patient", "Korta väntetider", null, null, null, null, null],
  ["Framgångsfaktor", null, "Andel besök inom 30 dagar", null, "minst 90 %", "61 %", null, "=Sämre än i fjol"],
  ["Framgångsfaktor", null, "Väntetid operation", null, "högst 14 dagar", null, null, null],
  ["Resultatmål", "Samhälle", "Samverkan med kommunerna", null, null, null, null, null],
  ["Framgångsfaktor", null, "Gemensam plan", null, "Ja", "Ja", null, null],
  ["Framgångsfaktor", null, "Utskrivningsklara", null, "högst 3 dagar", "snart", null, null],
]);

const regler = sheet(
  REGLER_SHEET_NAME,
  buildReglerSheet({ ...DEFAULT_RULES, perspectives: ["Patient", "Medarbetare", "Samhälle"] }).values,
);

const evaluation = evaluateWorkbook(workbook(plans, regler), { period: null });
const doc: ReportDocument = buildReportDocument(evaluation, { runDate: "2026-08-31" });

const headings = (d: ReportDocument): string[] =>
  d.blocks.flatMap((b) => (b.kind === "heading" ? [`${b.level} ${b.text}`] : []));

function blocksUnder(d: ReportDocument, text: string): ReportBlock[] {
  const start = d.blocks.findIndex((b) => b.kind === "heading" && b.text === text);
  if (start < 0) throw new Error(`no heading ${text}: ${headings(d).join(" | ")}`);
  const level = (d.blocks[start] as { level: number }).level;
  const end = d.blocks.findIndex((b, i) => i > start && b.kind === "heading" && b.level <= level);
  return d.blocks.slice(start + 1, end < 0 ? undefined : end);
}

const tables = (blocks: readonly ReportBlock[]): ReportTable[] =>
  blocks.filter((b): b is ReportTable => b.kind === "table");
const texts = (t: ReportTable): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.join(" / ")));

describe("the report document described from the evaluation", () => {
  it("is titled for the plans and the period, in Swedish, with the run date in words", () => {
    expect(evaluation.period).toBe("Utfall augusti");
    expect(doc.title).toBe("Redovisning av måluppfyllelse för handlingsplaner per augusti");
    expect(doc.language).toBe("sv-SE");
    expect(doc.blocks[0]).toEqual({ kind: "heading", level: 1, text: doc.title });
    expect(doc.blocks[1]).toEqual({
      kind: "paragraph",
      role: "subtitle",
      text: "Period: Utfall augusti · Sammanställd 31 augusti 2026",
    });
  });

  it("has its headings in order: one section per perspective in Regler's order, each plan under it, then plans and appendix", () => {
    expect(headings(doc)).toEqual([
      `1 ${doc.title}`,
      "2 Teckenförklaring",
      "2 Sammanfattning",
      "2 Patient",
      "3 Handlingsplan för vård (RS/1841/2018)",
      "2 Medarbetare",
      "2 Samhälle",
      "3 Handlingsplan för klimat (RS/2346/2019)",
      "3 Handlingsplan för vård (RS/1841/2018)",
      "2 Handlingsplaner",
      "2 Bilaga: rader utan bedömning",
    ]);
    // A heading never skips a level.
    const levels = doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.level] : []));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it("tells the legend in the regions' words, every arrow also in words", () => {
    const [legend] = tables(blocksUnder(doc, "Teckenförklaring"));
    expect(legend && texts(legend)).toEqual([
      ["↑", "Uppfyllt", REGION_LEGEND.green],
      ["→", "Delvis uppfyllt", REGION_LEGEND.yellow],
      ["↓", "Ej uppfyllt", REGION_LEGEND.red],
      ["–", "Saknar bedömning", REGION_LEGEND.missing],
    ]);
    expect(REGION_LEGEND.green).toContain("alla eller de flesta målen");
    expect(REGION_LEGEND.red).toContain("inga eller väldigt få");
  });

  it("says the overall sentence in the definite form, with the summaries' words and counts", () => {
    const sentences = blocksUnder(doc, "Sammanfattning").flatMap((b) =>
      b.kind === "paragraph" && b.role === "sentence" ? [b.text] : [],
    );
    expect(sentences[0]).toBe(
      "Av de 6 framgångsfaktorerna är 2 uppfyllda, 1 delvis uppfylld och 1 ej uppfylld; 2 saknar bedömning.",
    );
    const [perPerspective] = tables(blocksUnder(doc, "Sammanfattning"));
    expect(perPerspective && texts(perPerspective)).toEqual([
      ["Patient", "0", "0", "1", "1", "2"],
      ["Medarbetare", "0", "0", "0", "0", "0"],
      ["Samhälle", "2", "1", "0", "1", "4"],
      ["Totalt", "2", "1", "1", "2", "6"],
    ]);
  });

  it("gives a perspective its sentence, a pie chart with every count in its alt text, the counts and a goal table", () => {
    const blocks = blocksUnder(doc, "Samhälle");
    expect(blocks[0]).toEqual({
      kind: "paragraph",
      role: "sentence",
      text: "Av 4 framgångsfaktorer är 2 uppfyllda och 1 delvis uppfylld; 1 saknar bedömning.",
    });
    const chart = blocks.find((b): b is ReportChart => b.kind === "chart");
    expect(chart?.slices.map((s) => [s.label, s.value])).toEqual([
      ["Uppfyllt", 2],
      ["Delvis uppfyllt", 1],
      ["Ej uppfyllt", 0],
      ["Saknar bedömning", 1],
    ]);
    expect(chart?.altText).toBe(
      "Cirkeldiagram: Framgångsfaktorer per bedömning, Samhälle. Av 4 framgångsfaktorer: uppfyllt 2 (50 %), " +
        "delvis uppfyllt 1 (25 %), saknar bedömning 1 (25 %).",
    );
    const [counts] = tables(blocks);
    expect(counts?.columns.map((c) => c.header)).toEqual(["Bedömning", "Resultatmål", "Framgångsfaktorer"]);
    expect(counts && texts(counts)).toEqual([
      ["↑ Uppfyllt", "1", "2"],
      ["→ Delvis uppfyllt", "1", "1"],
      ["↓ Ej uppfyllt", "0", "0"],
      ["– Saknar bedömning", "0", "1"],
      ["Totalt", "2", "4"],
    ]);
  });

  it("lists a plan's goals and indicators under the perspective, with arrow and words, målvärde, utfall, comment", () => {
    const [table] = tables(blocksUnder(doc, "Handlingsplan för klimat (RS/2346/2019)"));
    expect(table?.columns.map((c) => c.header)).toEqual([
      "Resultatmål / framgångsfaktor",
      "Målvärde",
      "Utfall",
      "Status",
      "Kommentar",
    ]);
    expect(table && texts(table)).toEqual([
      ["Minskad klimatpåverkan", "", "", "→ Delvis uppfyllt", ""],
      ["Koldioxidutsläpp tjänsteresor", "högst 867 ton", "610 ton", "↑ Uppfyllt", ""],
      ["Andel fossilfria bilar", "minst 90 %", "88 %", "→ Delvis uppfyllt", "Nära målet"],
    ]);
    expect(table?.rows.map((r) => r.kind)).toEqual(["goal", "body", "body"]);
    expect(table?.rows[1]?.cells[0]?.indent).toBe(true);
    expect(table?.rows[1]?.cells[3]?.status).toBe("green");
  });

  it("keeps a comment that looks like a formula as the text it is", () => {
    const [, table] = tables(blocksUnder(doc, "Patient"));
    expect(table && texts(table).map((r) => r[4])).toContain("=Sämre än i fjol");
  });

  it("says a perspective without goals has nothing to report, with no chart or table", () => {
    expect(blocksUnder(doc, "Medarbetare")).toEqual([
      { kind: "paragraph", role: "sentence", text: "Det finns inga mål att redovisa." },
    ]);
  });

  it("has one table of the plans in sheet order: Handlingsplan/diarienummer | Summering with arrow, words, sentence, comment", () => {
    const [table] = tables(blocksUnder(doc, "Handlingsplaner"));
    expect(table?.columns.map((c) => c.header)).toEqual(["Handlingsplan/diarienummer", "Summering"]);
    expect(table && texts(table)).toEqual([
      [
        "Handlingsplan för klimat / Dnr RS/2346/2019",
        "→ Delvis uppfyllt / Av 2 framgångsfaktorer är 1 uppfylld och 1 delvis uppfylld. / Plan 2019–2022",
      ],
      [
        "Handlingsplan för vård / Dnr RS/1841/2018",
        "→ Delvis uppfyllt / Av 4 framgångsfaktorer är 1 uppfylld och 1 ej uppfylld; 2 saknar bedömning.",
      ],
    ]);
  });

  it("groups the rows left without a status by cause in a short appendix", () => {
    const blocks = blocksUnder(doc, "Bilaga: rader utan bedömning");
    expect(blocks[0]).toMatchObject({ kind: "paragraph", text: expect.stringMatching(/^2 rader i arbetsboken/) });
    const [table] = tables(blocks);
    expect(table && texts(table)).toEqual([
      ["Inget utfall i kolumnen Utfall augusti.", "1", "Planer: rad 10"],
      ["Utfallet kan inte tolkas", "1", "Planer: F13"],
    ]);
  });

  it("gives the outline: headings, tables with their row counts and charts", () => {
    const outline = documentOutline(doc);
    expect(outline.title).toBe(doc.title);
    expect(outline.outline).toContainEqual({
      kind: "table",
      caption: "Handlingsplaner med bedömning och summering",
      columns: ["Handlingsplan/diarienummer", "Summering"],
      rows: 2,
    });
    expect(outline.outline.filter((e) => e.kind === "chart")).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
  });
});

describe("many rows without a status", () => {
  const header = ["Nivå", "Perspektiv", "Namn", "Målvärde", "Utfall augusti"];
  const rows = [header, ["Mål", "Patient", "Mål A", null, null]];
  for (let i = 1; i <= 30; i++) rows.push(["Mätetal", null, `Mätetal ${i}`, "90 %", i === 1 ? "95 %" : null]);
  const many = buildReportDocument(evaluateWorkbook(workbook(sheet("Plan", rows)), { period: null }), {
    runDate: "2026-08-31",
  });

  it("make one line with the first places and how many more, not one line each", () => {
    const [table] = tables(blocksUnder(many, "Bilaga: rader utan bedömning"));
    expect(table && texts(table)).toEqual([
      [
        "Inget utfall i kolumnen Utfall augusti.",
        "29",
        "Plan: rad 4, rad 5, rad 6, rad 7, rad 8, rad 9, rad 10, rad 11 och 21 till",
      ],
    ]);
  });

  it("titles a single plan by its name", () => {
    expect(many.title).toBe("Redovisning av måluppfyllelse för Plan per augusti");
  });
});

describe("periodName", () => {
  it.each([
    ["Utfall augusti", "augusti"],
    ["Resultat per augusti", "augusti"],
    ["Utfall 2018-04-30", "30 april 2018"],
    ["Utfall helår", "helår"],
    ["Utfall", "Utfall"],
    ["Tertial 1", "Tertial 1"],
  ])("%s → %s", (header, name) => expect(periodName(header)).toBe(name));
});

describe("two plans, one with Ansvarig and a manual Bedömning", () => {
  const twoPlans = sheet("Planer", [
    ["Nivå", "Perspektiv", "Namn", "Målvärde", "Utfall augusti", "Bedömning", "Ansvarig"],
    ["Handlingsplan", null, "Plan A", null, null, "Gul", null],
    ["Mål", "Patient", "Mål A", null, null, null, "Vårdförvaltningen"],
    ["Mätetal", null, "Mätetal A", "90 %", "95 %", null, null],
    ["Handlingsplan", null, "Plan B", null, null, null, null],
    ["Mål", "Patient", "Mål B", null, null, null, null],
    ["Mätetal", null, "Mätetal B", "90 %", "50 %", null, null],
  ]);
  const d = buildReportDocument(evaluateWorkbook(workbook(twoPlans), { period: null }), { runDate: "2026-08-31" });

  it("gives every goal table the same columns, so the tables of a perspective line up", () => {
    const goalTables = tables(blocksUnder(d, "Patient")).slice(1);
    expect(goalTables.map((t) => t.columns.map((c) => c.header).at(-1))).toEqual([
      "Kommentar och ansvarig",
      "Kommentar och ansvarig",
    ]);
    expect(goalTables[0] && texts(goalTables[0])[0]?.[4]).toBe("Ansvarig: Vårdförvaltningen");
  });

  it("says when a plan's arrow is a manual judgement", () => {
    const [table] = tables(blocksUnder(d, "Handlingsplaner"));
    expect(table && texts(table)[0]?.[1]).toBe(
      "→ Delvis uppfyllt / Det enda mätetalet är uppfyllt. / Bedömningen är gjord manuellt.",
    );
    expect(table && texts(table)[1]?.[1]).not.toContain("manuellt");
  });
});
