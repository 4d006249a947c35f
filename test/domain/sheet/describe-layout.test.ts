/** SPEC §1a: how a sheet was read, told in words a controller understands, from the layout object alone. */
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { RawCell } from "../../../src/domain/grid";
import { localizeProblem } from "../../../src/domain/problems";
import { describeLayout } from "../../../src/domain/sheet/describe-layout";
import type { PlanLayout } from "../../../src/domain/sheet/layout";
import { adr } from "../../support/adr";

/** The Patient sheet: levels as columns, nämnd rows as owner headings, arrows in the results column. */
const PATIENT: PlanLayout = {
  sheet: "Patient",
  headerRow: 3,
  columns: { comment: 3 },
  periods: [{ header: "Resultat per augusti", col: 2, hasValues: true }],
  lastHeaderCol: 3,
  origin: "inferred",
  levels: {
    kind: "level-columns",
    columns: [
      { col: 0, level: "goal", word: "Strategiskt mål" },
      { col: 1, level: "indicator", word: "Framgångsfaktor" },
    ],
  },
  headings: [
    { row: 4, col: 1, level: "owner", text: "Regionstyrelsen" },
    { row: 7, col: 1, level: "owner", text: "Vårdvalsnämnden" },
    { row: 9, col: 1, level: "owner", text: "Regionstyrelsen" },
    { row: 12, col: 1, level: "owner", text: "Vårdvalsnämnden" },
  ],
  perspectives: [{ kind: "sheet-name", name: "Patient" }],
  typedAssessments: [2],
  nameWithDnr: false,
};

describe("describeLayout", () => {
  it("tells a levels-as-columns sheet the way the issue asks", () => {
    expect(describeLayout(PATIENT, "sv")).toBe(
      "Bladet Patient: rubrikrad 4; strategiska mål i kolumn A, framgångsfaktorer i kolumn B (tomma celler fortsätter " +
        "raden ovan); nämnd-rubriker i kolumn B (på rad 5, 8, 10 och 1 till); kommentar i kolumn D; utfall och " +
        "bedömningar (pilar) i kolumn C (Resultat per augusti); perspektiv från bladnamnet.",
    );
    expect(describeLayout(PATIENT, "en")).toBe(
      "Sheet Patient: header row 4; goals (Strategiskt mål) in column A, indicators (Framgångsfaktor) in column B " +
        "(an empty cell continues the row above); owner headings in column B (on rows 5, 8, 10 and 1 more); comment " +
        "in column D; actuals and assessments (arrows) in column C (Resultat per augusti); perspective from the sheet name.",
    );
  });

  it("says row, not rows, in English for one heading row", () => {
    const one: PlanLayout = { ...PATIENT, headings: [{ row: 4, col: 1, level: "owner", text: "Regionstyrelsen" }] };
    expect(describeLayout(one, "en")).toContain("owner headings in column B (on row 5);");
    expect(describeLayout(one, "sv")).toContain("nämnd-rubriker i kolumn B (på rad 5);");
  });

  it("tells heading rows, perspective headings and a perspective column in order of precedence", () => {
    const layout: PlanLayout = {
      ...PATIENT,
      sheet: "Vård",
      headerRow: 0,
      columns: { name: 0, target: 1, perspective: 4 },
      periods: [{ header: "Utfall helår", col: 2, hasValues: true }],
      levels: { kind: "heading-rows", nameCol: 0, rowLevel: "indicator", word: "Mätetal" },
      headings: [
        { row: 1, col: 0, level: "perspective", text: "Vård" },
        { row: 2, col: 0, level: "goal", text: "God och nära vård" },
        { row: 5, col: 0, level: "goal", text: "Hög tillgänglighet" },
      ],
      perspectives: [{ kind: "column", col: 4 }, { kind: "heading-rows" }],
      typedAssessments: [],
    };
    expect(describeLayout(layout, "sv")).toBe(
      "Bladet Vård: rubrikrad 1; mätetal under rubrikrader i kolumn A; perspektiv-rubriker i kolumn A (på rad 2); " +
        "mål-rubriker i kolumn A (på rad 3, 6); målvärde i kolumn B, utfall i kolumn C (Utfall helår); perspektiv i " +
        "kolumn E, annars från perspektiv-rubrikerna.",
    );
  });

  it("tells a plan list, name and Dnr in one cell, and a Bladtolkning override", () => {
    const layout: PlanLayout = {
      ...PATIENT,
      sheet: "Handlingsplaner",
      origin: "override",
      headerRow: 1,
      columns: { name: 0, dnr: 1, assessment: 2, comment: 3 },
      periods: [],
      levels: { kind: "plan-list", nameCol: 0, word: "Handlingsplan" },
      headings: [],
      perspectives: [{ kind: "title-row", row: 0, name: "Samhälle" }],
      typedAssessments: [2],
      nameWithDnr: true,
    };
    expect(describeLayout(layout, "sv")).toBe(
      "Bladet Handlingsplaner (enligt Bladtolkning på bladet Regler): rubrikrad 2; en plan per rad (Handlingsplan i " +
        "kolumn A); Dnr i kolumn B, kommentar i kolumn D; bedömningar (pilar) i kolumn C; namn och Dnr i samma cell " +
        "på var sin rad; perspektiv från rubriken på rad 1 (Samhälle).",
    );
  });

  it("tells the Nivå layout with its columns in sheet order", () => {
    const layout: PlanLayout = {
      sheet: "Plan 2021",
      headerRow: 0,
      columns: { level: 0, name: 2, perspective: 1, target: 4, status: 7 },
      periods: [
        { header: "Utfall april", col: 5, hasValues: true },
        { header: "Utfall augusti", col: 6, hasValues: true },
      ],
      lastHeaderCol: 7,
      origin: "header",
      levels: { kind: "level-column", col: 0 },
      headings: [],
      perspectives: [{ kind: "column", col: 1 }],
      typedAssessments: [],
      nameWithDnr: false,
    };
    expect(describeLayout(layout, "sv")).toBe(
      "Bladet Plan 2021: rubrikrad 1; nivå i kolumn A; namn i kolumn C, målvärde i kolumn E, utfall i kolumn F " +
        "(Utfall april), utfall i kolumn G (Utfall augusti), status i kolumn H; perspektiv i kolumn B.",
    );
  });
});

describe("LAYOUT_INFERRED", () => {
  // prettier-ignore
  const PLAN_LIST: RawCell[][] = [
    ["Handlingsplaner 2025",                           null,           null,        null],
    ["Handlingsplan",                                  "Diarienummer", "Summering", "Kommentar"],
    ["Handlingsplan för jämlik hälsa\nRS/1841/2018",   null,           "↑ Majoriteten av aktiviteterna har genomförts", null],
    ["Handlingsplan för klimat",                       "RS/2019/77",   "➔",         "Pågår"],
  ];

  it("says at the header row how a recognised sheet was read, in Swedish and English", () => {
    const e = evaluateWorkbook(
      { sheets: [{ name: "Handlingsplaner", values: PLAN_LIST, numberFormats: [], merges: [] }] },
      { period: null },
    );
    const [p] = e.problems.filter((x) => x.code === "LAYOUT_INFERRED");
    expect(p).toMatchObject({ severity: "info", sheet: "Handlingsplaner", cell: adr("A2") });
    expect(p?.message).toBe(
      "Bladet Handlingsplaner: rubrikrad 2; en plan per rad (Handlingsplan i kolumn A); Dnr i kolumn B, kommentar i " +
        "kolumn D; bedömningar (pilar) i kolumn C; namn och Dnr i samma cell på var sin rad; inget perspektiv.",
    );
    expect(p && localizeProblem(p, "en").message).toMatch(/^Sheet Handlingsplaner: header row 2; one plan per row/);
    expect(e.layouts.map((l) => l.origin)).toEqual(["inferred"]);
  });

  it("is not raised for a sheet with a Nivå column, which is read as SPEC §1 says", () => {
    const e = evaluateWorkbook(
      {
        sheets: [
          {
            name: "Plan",
            values: [
              ["Nivå", "Namn", "Målvärde", "Utfall"],
              ["Mål", "God vård", "90 %", "93 %"],
            ],
            numberFormats: [],
            merges: [],
          },
        ],
      },
      { period: null },
    );
    expect(e.problems.filter((x) => x.code === "LAYOUT_INFERRED")).toEqual([]);
    expect(e.layouts.map((l) => l.origin)).toEqual(["header"]);
  });
});
