import {
  localizeProblem,
  makeProblem,
  PROBLEM_CODES,
  type ParamsOf,
  type Problem,
  type ProblemCode,
} from "../../../src/domain/problems";
import { messagesEn } from "../../../src/domain/i18n/en/problems";
import { messagesSv } from "../../../src/domain/i18n/sv/problems";
import { adr } from "../../support/adr";

/** Every form of every code's params (each optional param present and absent, each variant of a union). */
const SAMPLES: { readonly [C in ProblemCode]: readonly ParamsOf<C>[] } = {
  NO_PLAN_SHEET: [
    {},
    { row: 3, recognised: 'E "Målvärde", F "Utfall"', missing: ["level", "name"] },
    { row: 1, recognised: "", missing: ["name"] },
  ],
  MISSING_COLUMN: [{ column: "Nivå" }],
  UNKNOWN_LEVEL: [
    { value: "Delmål", name: "Besök" },
    { value: "", name: "Besök" },
  ],
  ORPHAN_INDICATOR: [{ name: "Väntetid" }],
  MISSING_NAME: [
    { level: "Mål", name: "Mål på rad 7" },
    { level: "Mål", name: "" },
  ],
  MISSING_TARGET: [{ name: "Väntetid" }],
  UNPARSEABLE_TARGET: [
    { value: "lagom", reason: "text" },
    { value: "2024-05-01", reason: "date" },
    { value: "#N/A", reason: "cell-error" },
    { value: "1,234", reason: "ambiguous" },
    { value: "3 eller 4", reason: "several-numbers" },
  ],
  UNPARSEABLE_ACTUAL: [
    { value: "många", reason: "text" },
    { value: "2024-05-01", reason: "incomparable", target: "90 %" },
  ],
  SCALE_MISMATCH: [
    { actual: "83", interpreted: "83 %", target: "≥ 85 %", targetScale: "percent" },
    { actual: "83 %", interpreted: "0,83", target: "1", targetScale: "number" },
  ],
  UNIT_MISMATCH: [{ actualUnit: "dagar", targetUnit: "kr" }],
  BASELINE_MISSING: [{ value: "Öka jämfört med 2023" }, { value: "Öka jämfört med 2023", baseline: "saknas" }],
  DIRECTION_ASSUMED: [
    { name: "Besök", direction: "higher" },
    { name: "Köer", direction: "lower" },
  ],
  DIRECTION_CONFLICT: [
    { winner: "column", winnerDirection: "lower", loser: "target", loserDirection: "higher" },
    { winner: "rule", winnerDirection: "higher", loser: "name", loserDirection: "lower" },
    { winner: "default", winnerDirection: "higher", loser: "default", loserDirection: "lower" },
  ],
  UNKNOWN_PERSPECTIVE: [{ value: "Ekonomi" }],
  UNKNOWN_RULE: [{ value: "Strikt" }],
  INVALID_ASSESSMENT: [{ value: "bra" }],
  CELL_ERROR: [{ value: "#N/A" }],
  EMPTY_PLAN: [{ name: "Handlingsplan 2025" }],
  GOAL_WITHOUT_MEASURES: [{ name: "God tillgänglighet" }],
  MANUAL_DIFFERS: [
    { manual: "green", computed: "yellow" },
    { manual: "red", computed: "missing" },
  ],
  DUPLICATE_NAME: [{ name: "Besök", other: "Plan!B4" }],
  RULES_INVALID: [{ detail: 'Toleransen "tio" är inget tal.' }],
  STATUS_COLUMN_ADDED: [{ column: "G" }],
  GENERATED_NAME_TAKEN: [{ name: "Översikt", used: "Översikt (2)" }],
  UNSUPPORTED_WORKBOOK_PART: [{ part: "2 diagram" }, { part: "2 diagram", reason: "bladet är skyddat" }],
  UNKNOWN_PERIOD: [
    { value: "maj", available: "Utfall april, Utfall augusti" },
    { value: "utfall", available: "Utfall april, Utfall augusti", matches: "Utfall april, Utfall augusti" },
  ],
  NOTHING_EVALUATED: [{ row: 4 }, { row: 4, skipped: 3 }],
  NOT_MEASURED: [
    { name: "Besök", value: "Ej mätt", column: "actual" },
    { name: "Besök", value: "Uppgift saknas", column: "target" },
  ],
  INTERNAL_ERROR: [{ value: "90 %", detail: "TypeError: x.y is not a function" }],
  LAYOUT_INFERRED: [{ sv: "Bladet Plan: rubrikrad 2.", en: "Sheet Plan: header row 2." }],
  DIRECTION_FROM_NAME: [{ name: "Sjukfrånvaro", direction: "lower", term: "sjukfrånvaro" }],
  KEPT_SUMMARY_SHEET: [{ name: "Översikt" }],
};

/** The message's own words: quoted cell text and the product's name left out. */
function ownWords(message: string): string {
  return message.replace(/"[^"]*"/g, '""').replace(/\bMålstyrning\b/g, "");
}

/** CLI-only codes whose params are Swedish phrases built outside the domain (see problem-params.ts). */
const SWEDISH_PARAMS: ReadonlySet<ProblemCode> = new Set(["UNSUPPORTED_WORKBOOK_PART", "RULES_INVALID"]);

describe("the problem message maps", () => {
  const cases = PROBLEM_CODES.flatMap((code) =>
    (SAMPLES[code] as readonly ParamsOf<ProblemCode>[]).map((params, i) => [code, i, params] as const),
  );

  it.each(cases)("render %s (form %i) in Swedish and English with every slot filled", (code, _i, params) => {
    const problem = makeProblem(code, adr("Plan!E7"), params as never);
    for (const message of [problem.message, localizeProblem(problem, "en").message]) {
      expect(message.length).toBeGreaterThan(20);
      expect(message).not.toMatch(/undefined|null|NaN|\[object/);
      expect(message).not.toMatch(/""|\(\)|\s[.,;:]|\s{2}/);
    }
  });

  it.each(cases)("English for %s (form %i) has no Swedish words of its own", (code, _i, params) => {
    const en = localizeProblem(makeProblem(code, {}, params as never), "en").message;
    if (!SWEDISH_PARAMS.has(code)) expect(ownWords(en)).not.toMatch(/[åäöÅÄÖ]/);
    expect(en).not.toBe(makeProblem(code, {}, params as never).message);
  });

  it("renders the words a param stands for, not its key", () => {
    const conflict = makeProblem("DIRECTION_CONFLICT", {}, SAMPLES.DIRECTION_CONFLICT[0] as never);
    expect(conflict.message).toBe(
      "Riktningen från kolumnen Riktning (lägre är bättre) strider mot målvärdet (högre är bättre); kolumnen Riktning gäller.",
    );
    expect(localizeProblem(conflict, "en").message).toBe(
      "The direction from the Direction column (lower is better) contradicts the target (higher is better); the Direction column wins.",
    );
  });

  it("has one function per code in each language, and nothing else", () => {
    expect(Object.keys(messagesSv).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(messagesEn).sort()).toEqual([...PROBLEM_CODES].sort());
  });
});

describe("problem params are typed per code", () => {
  it("narrows params on the code", () => {
    const problems: Problem[] = [makeProblem("UNIT_MISMATCH", {}, { actualUnit: "dagar", targetUnit: "kr" })];
    const units = problems.flatMap((p) => (p.code === "UNIT_MISMATCH" ? [p.params.actualUnit] : []));
    expect(units).toEqual(["dagar"]);
  });

  it("turns a misspelt or missing key into a compile error (checked by npm run typecheck)", () => {
    const wrong = (): unknown[] => [
      // @ts-expect-error a misspelt key at a call site
      makeProblem("UNKNOWN_RULE", {}, { valeu: "Strikt" }),
      // @ts-expect-error a required key left out
      makeProblem("UNIT_MISMATCH", {}, { actualUnit: "dagar" }),
      // @ts-expect-error the params of another code
      makeProblem("MISSING_TARGET", {}, { value: "x" }),
      // @ts-expect-error a word that is not one of the param's keys
      makeProblem("DIRECTION_ASSUMED", {}, { name: "Besök", direction: "högre" }),
      // @ts-expect-error params are required for a code that has some
      makeProblem("EMPTY_PLAN", {}),
      (p: Problem) => {
        // @ts-expect-error a key read before narrowing on the code
        return p.params.value;
      },
      (p: Problem<"UNKNOWN_RULE">) => {
        // @ts-expect-error a misspelt key read from a narrowed problem
        return p.params.valeu;
      },
    ];
    const map: Pick<typeof messagesSv, "UNKNOWN_RULE"> = {
      // @ts-expect-error a misspelt key in a message map
      UNKNOWN_RULE: (p) => `Regeln "${p.valeu}"`,
    };
    expect(wrong).toBeInstanceOf(Function);
    expect(map).toBeDefined();
  });
});
