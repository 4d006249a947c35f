/**
 * The English UI is English throughout: with Office in English, no text the task pane or the ribbon's dialog shows
 * is a Swedish sentence. What the user's workbook says (sheet names, headers, cell texts) is data and stays as
 * written, and so do the few Swedish names the product gives the user's own things (the Målvärde column, the
 * Översikt sheet). The check: take every text, cut out the workbook's own strings, quoted texts and those names,
 * and no å, ä or ö may be left. The same texts in Swedish fail the check, so it can fail.
 */
import { UnknownPeriodError } from "../../src/app/run";
import {
  ProtectedSheetError,
  ProtectedWorkbookError,
  TooManyCellsError,
} from "../../src/adapters/office/office-errors";
import {
  failureText,
  headline,
  LEVELS,
  levelLabel,
  periodLine,
  problemsLine,
  statusLabel,
  summarize,
  summariesLine,
} from "../../src/commands/outcome";
import { evaluateWorkbook } from "../../src/domain/evaluate";
import type { RawCell } from "../../src/domain/grid";
import { UI_STRINGS } from "../../src/domain/i18n/ui";
import { OFFICE_FAILURE_CODES } from "../../src/domain/i18n/ui-strings";
import type { Locale } from "../../src/domain/problems";
import { STATUSES } from "../../src/domain/status/statuses";
import { layoutSentences } from "../../taskpane/layout-view";
import { describeRow, groupProblems } from "../../taskpane/view-model";
import { sheet, workbook } from "../domain/evaluate/sheets";

const PLAN: RawCell[][] = [
  ["Verksamhetsplan 2021 – Hälso- och sjukvårdsnämnden"],
  [],
  [
    "Nivå",
    "Namn",
    "Perspektiv",
    "Målvärde",
    "Jämförelsevärde",
    "Utfall april",
    "Utfall augusti",
    "Bedömning",
    "Status",
  ],
  ["Plan", "Hälso- och sjukvårdsnämndens plan", "Patient"],
  ["Mål", "God tillgänglighet", "Patient"],
  ["Mätetal", "Andel besök inom 30 dagar", null, "Minst 90 %", null, "82 %", "93 %"],
  ["Mätetal", "Väntande över 90 dagar, antal", null, "Högst 100", null, 140, 120],
  ["Mätetal", "Andel nöjda patienter", null, "Minst 85 %", null, "80 %", "84 %", "Grön"],
  ["Mätetal", "Väntetid i dagar", null, "14 dagar", null, null, "80 %"],
  ["Mätetal", "Vårdskador", null, "Lägre än 2020", null, 12, 11],
  ["Mätetal", "Undvikbar slutenvård", null, "Minska med 10 % jämfört med 2019", 200, 190, 185],
  ["Mätetal", "Andel i intervallet", null, "80–90 %", null, "70 %", "99 %"],
  ["Mål", "Hållbar ekonomi", "Ekonomi"],
  ["Mätetal", "Ekonomiskt resultat", null, "0 mkr", null, "-12,5 mkr", { error: "#N/A" }],
  ["Mätetal", "Sjukfrånvaro", null, "lagom", null, "6,1 %", "5,8 %"],
  ["Mätetal", "Genomförd medarbetarenkät", null, "Ja", null, "Pågår", "Ja"],
  ["Mätetal", "Friskvård", null, "Ja", null, "Pågår", "ej mätt"],
  ["Mätetal", "Saknar målvärde", null, null, null, 3, 4],
  ["Mål", "Mål utan mätetal", "Ekonomi"],
  ["Plan", "Tom plan"],
  ["Mätetal", "Föräldralöst mätetal", null, "5", null, 1, 2],
  ["Niveau", "Okänd nivå"],
];

const GRID = workbook(sheet("Plan 2021", PLAN), sheet("Anteckningar", [["Egna anteckningar"]]));

/** The workbook's own strings, and the names of sheets a run may create, longest first. */
const DATA: readonly string[] = [
  ...PLAN.flat().filter((c): c is string => typeof c === "string"),
  ...GRID.sheets.map((s) => s.name),
  "Översikt",
  "Utfall",
  // The lower-is-better term DIRECTION_FROM_NAME quotes from "Väntetid i dagar".
  "väntetid",
]
  .flatMap((text) => [text, text.toLowerCase()])
  .sort((a, b) => b.length - a.length);

/** Names of the user's own things the English UI keeps in Swedish (columns, sheets, the product). */
const KEPT_NAMES = ["Målstyrning", "Målvärde", "Jämförelsevärde", "Bedömning", "Nivå", "Översikt"];

function leftovers(text: string): string {
  let rest = text.replace(/"[^"]*"|”[^”]*”|“[^”]*”/g, "«»");
  for (const data of [...DATA, ...KEPT_NAMES]) rest = rest.split(data).join("«»");
  return rest;
}

/** Every leaf of the UI strings: functions called with plain arguments. */
function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    const f = value as (...args: unknown[]) => unknown;
    const argumentLists: unknown[][] = [
      ["X", 2, 3],
      [1, 1, 1],
      [["X", "Y"]],
      [null],
      [true],
      [false],
      [{ created: true, address: "A1:F9", sheets: 2 }],
    ];
    // Each text takes its own arguments; the lists it cannot take are skipped.
    return argumentLists.flatMap((args) => {
      try {
        const text = f(...args);
        return typeof text === "string" ? [text] : [];
      } catch {
        return [];
      }
    });
  }
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(leaves);
  return [];
}

function texts(locale: Locale): string[] {
  const evaluation = evaluateWorkbook(GRID, { period: null });
  const out: string[] = [];
  for (const row of evaluation.rows) {
    const d = describeRow(row, locale);
    out.push(d.heading, d.statusText, ...d.lines.flatMap((l) => [l.label, l.value, l.note ?? ""]));
  }
  for (const group of groupProblems(evaluation.problems, locale)) {
    out.push(group.title, ...group.items.map((i) => i.message));
  }
  out.push(...layoutSentences(evaluation.layouts, locale));
  for (const kind of ["recalc", "validate"] as const) {
    const outcome = summarize(kind, evaluation, locale, 9);
    out.push(headline(outcome), periodLine(outcome), problemsLine(outcome), summariesLine(outcome) ?? "");
  }
  out.push(...STATUSES.map((s) => statusLabel(s, locale)), ...LEVELS.map((l) => levelLabel(l, locale)));
  const failures: unknown[] = [
    new ProtectedSheetError(["Plan 2021"]),
    new ProtectedSheetError(["Plan 2021", "Anteckningar"]),
    new ProtectedSheetError(["Översikt"], "generated"),
    new ProtectedWorkbookError(),
    new TooManyCellsError("Plan 2021", 6_000_000, 5_000_000),
    new UnknownPeriodError("december", [], ["Utfall april", "Utfall augusti"]),
    new Error("boom"),
    { code: "SomethingNew" },
    ...OFFICE_FAILURE_CODES.map((code) => ({ code })),
  ];
  for (const error of failures) out.push(failureText(error, locale, false), failureText(error, locale, true));
  out.push(...leaves(UI_STRINGS[locale]));
  return out.filter((t) => t !== "");
}

describe("with Office in English", () => {
  const english = texts("en");

  it("shows a good many texts: every row, problem, outcome, failure and UI string", () => {
    expect(english.length).toBeGreaterThan(300);
  });

  it("has no Swedish sentence outside the workbook's own texts and names", () => {
    const swedish = english.filter((t) => /[åäöÅÄÖ]/.test(leftovers(t)));
    expect(swedish).toEqual([]);
  });

  it("the same texts in Swedish do not pass the check", () => {
    const swedish = texts("sv").filter((t) => /[åäöÅÄÖ]/.test(leftovers(t)));
    expect(swedish.length).toBeGreaterThan(100);
  });
});
