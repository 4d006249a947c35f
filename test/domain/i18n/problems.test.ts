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
import { SAMPLES } from "./problem-samples";

/** The message's own words: quoted cell text and the product's name left out. */
function ownWords(message: string): string {
  return message.replace(/"[^"]*"/g, '""').replace(/\bMålstyrning\b/g, "");
}

/** CLI-only codes whose params are Swedish phrases built outside the domain (see problem-params.ts). */
const SWEDISH_PARAMS: ReadonlySet<ProblemCode> = new Set(["UNSUPPORTED_WORKBOOK_PART"]);

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
      // @ts-expect-error and for a union of codes when any one of them has some
      (code: "EMPTY_PLAN" | "NO_PLAN_SHEET") => makeProblem(code, {}),
      // @ts-expect-error a Regler issue with another issue's params
      makeProblem("RULES_INVALID", {}, { issue: "tolerance-not-number", field: "green", text: "tio" }),
      // @ts-expect-error a Regler issue code that does not exist
      makeProblem("RULES_INVALID", {}, { issue: "tolerance-not-a-number", text: "tio" }),
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
