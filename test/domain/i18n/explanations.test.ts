/** Every kind of explanation in both languages: Swedish as the JSON report prints it, English for the task pane. */
import { renderExplanation } from "../../../src/domain/i18n/explanations";
import { GENERIC_WORDS, levelWord, type LevelWord } from "../../../src/domain/level-words";
import type { Explanation } from "../../../src/domain/status/explanation";

const pct = (value: number) => ({ value, percent: true, unit: null });
const amt = (value: number, unit: string | null = null) => ({ value, percent: false, unit });
const target90 = { kind: "target", amount: pct(0.9), relativeTo: null } as const;
const relative = { kind: "relative", share: 0.1 } as const;
const FRAMGÅNGSFAKTOR = levelWord("Framgångsfaktor") as LevelWord;

/** [what, data, Swedish, English] */
const CASES: readonly (readonly [string, Explanation, string, string])[] = [
  [
    "threshold met",
    {
      kind: "threshold",
      status: "green",
      actual: { amount: pct(0.92), asWritten: null },
      reference: target90,
      direction: "higher",
      position: "meets",
      tolerance: null,
    },
    "Utfall 92 % når målvärdet 90 % → grön.",
    "Actual 92% reaches the target 90% → green.",
  ],
  [
    "threshold within the tolerance, lower is better, thousands",
    {
      kind: "threshold",
      status: "yellow",
      actual: { amount: amt(15400.5, "dagar"), asWritten: null },
      reference: { kind: "target", amount: amt(14000, "dagar"), relativeTo: null },
      direction: "lower",
      position: "worse",
      tolerance: relative,
    },
    "Utfall 15 400,5 dagar är över målvärdet 14 000 dagar men inom toleransen 10 % (lägre är bättre) → gul.",
    "Actual 15,400.5 dagar is above the target 14,000 dagar but within the tolerance of 10% (lower is better) → yellow.",
  ],
  [
    "threshold beyond an absolute tolerance in percentage points",
    {
      kind: "threshold",
      status: "red",
      actual: { amount: pct(0.8), asWritten: null },
      reference: target90,
      direction: "higher",
      position: "beyond-tolerance",
      tolerance: { kind: "absolute", value: 0.05 },
    },
    "Utfall 80 % är mer än 5 procentenheter under målvärdet 90 % → röd.",
    "Actual 80% is more than 5 percentage points below the target 90% → red.",
  ],
  [
    "threshold on the edge of a strict target, at most",
    {
      kind: "threshold",
      status: "red",
      actual: { amount: amt(0), asWritten: null },
      reference: { kind: "target", amount: amt(0), relativeTo: null },
      direction: "higher",
      position: "on-edge",
      tolerance: null,
    },
    "Utfall 0 är inte över målvärdet 0 → röd.",
    "Actual 0 is not above the target 0 → red.",
  ],
  [
    "threshold strictly better, at most, converted actual, target stated relative to a year",
    {
      kind: "threshold",
      status: "green",
      actual: { amount: amt(0.75, "ton"), asWritten: "750 kg" },
      reference: { kind: "target", amount: amt(0.8, "ton"), relativeTo: "2019" },
      direction: "lower",
      position: "better",
      tolerance: null,
    },
    "Utfall 750 kg (= 0,75 ton) är under målvärdet 0,8 ton (målet anges i förhållande till 2019; lägre är bättre) → grön.",
    "Actual 750 kg (= 0.75 ton) is below the target 0.8 ton (the target is stated relative to 2019; lower is better) → green.",
  ],
  [
    "threshold against the Jämförelsevärde",
    {
      kind: "threshold",
      status: "green",
      actual: { amount: amt(12), asWritten: null },
      reference: { kind: "baseline", amount: amt(14), ref: "2020" },
      direction: "lower",
      position: "meets",
      tolerance: null,
    },
    "Utfall 12 är högst jämförelsevärdet 14 från 2020 (lägre är bättre) → grön.",
    "Actual 12 is at most the baseline 14 from 2020 (lower is better) → green.",
  ],
  [
    "threshold against a moved baseline",
    {
      kind: "threshold",
      status: "red",
      actual: { amount: amt(199), asWritten: null },
      reference: {
        kind: "baseline-change",
        amount: amt(180),
        change: { value: 0.1, percent: true },
        towards: "lower",
        baseline: amt(200),
        ref: "2019",
      },
      direction: "lower",
      position: "beyond-tolerance",
      tolerance: relative,
    },
    "Utfall 199 är mer än 10 % över målvärdet 180 (10 % under jämförelsevärdet 200 från 2019; lägre är bättre) → röd.",
    "Actual 199 is more than 10% above the target 180 (10% below the baseline 200 from 2019; lower is better) → red.",
  ],
  [
    "range within the tolerance",
    {
      kind: "range",
      status: "yellow",
      actual: { amount: pct(0.75), asWritten: null },
      range: { low: 0.8, high: 0.9, percent: true, unit: null },
      side: "below",
      beyondTolerance: false,
      tolerance: relative,
    },
    "Utfall 75 % ligger under målintervallet 80–90 % men inom toleransen 10 % → gul.",
    "Actual 75% lies below the target range 80–90% but within the tolerance of 10% → yellow.",
  ],
  [
    "range beyond the tolerance",
    {
      kind: "range",
      status: "red",
      actual: { amount: amt(12, "st"), asWritten: null },
      range: { low: 2, high: 5, percent: false, unit: "st" },
      side: "above",
      beyondTolerance: true,
      tolerance: { kind: "absolute", value: 1 },
    },
    "Utfall 12 st ligger mer än 1 st över målintervallet 2–5 st → röd.",
    "Actual 12 st lies more than 1 st above the target range 2–5 st → red.",
  ],
  [
    "range inside",
    {
      kind: "range",
      status: "green",
      actual: { amount: pct(0.85), asWritten: null },
      range: { low: 0.8, high: 0.9, percent: true, unit: null },
      side: "inside",
      beyondTolerance: false,
      tolerance: null,
    },
    "Utfall 85 % ligger inom målintervallet 80–90 % → grön.",
    "Actual 85% lies within the target range 80–90% → green.",
  ],
  [
    "yes/no word",
    { kind: "yesno", status: "yellow", target: "Genomfort ja/nej", actual: "Pagar", countedAs: null },
    'Utfall "Pagar" uppfyller delvis målvärdet "Genomfort ja/nej" → gul.',
    'Actual "Pagar" partly meets the target "Genomfort ja/nej" → yellow.',
  ],
  [
    "yes/no counted from a number",
    { kind: "yesno", status: "red", target: "Klart", actual: "0", countedAs: "no" },
    'Utfall 0 (räknas som nej) uppfyller inte målvärdet "Klart" → röd.',
    'Actual 0 (counted as no) does not meet the target "Klart" → red.',
  ],
  [
    "manual, differing",
    { kind: "manual", status: "green", computed: "red" },
    "Manuell bedömning: uppfyllt (beräknat: ej uppfyllt).",
    "Manual assessment: met (computed: not met).",
  ],
  [
    "manual",
    { kind: "manual", status: "yellow", computed: null },
    "Manuell bedömning: delvis uppfyllt.",
    "Manual assessment: partly met.",
  ],
  [
    "roll-up by mean score, the sheet's own word",
    {
      kind: "rollup",
      status: "red",
      method: "andel",
      counts: { green: 0, yellow: 1, red: 4, missing: 2 },
      childLevel: "indicator",
      childWord: FRAMGÅNGSFAKTOR,
      decision: { by: "mean", mean: 0.1 },
    },
    "0 av 5 framgångsfaktorer uppfyllda, 1 delvis uppfylld, 4 ej uppfyllda; 2 saknar bedömning och räknas inte; medelpoäng 0,10 → röd.",
    "0 of 5 indicators met, 1 partly met, 4 not met; 2 lack an assessment and are not counted; mean score 0.10 → red.",
  ],
  [
    "roll-up by share",
    {
      kind: "rollup",
      status: "green",
      method: "andel",
      counts: { green: 3, yellow: 0, red: 1, missing: 0 },
      childLevel: "indicator",
      childWord: GENERIC_WORDS.indicator,
      decision: { by: "share", share: 0.75 },
    },
    "3 av 4 mätetal uppfyllda, 1 ej uppfyllt; minst 75 % är uppfyllda → grön.",
    "3 of 4 indicators met, 1 not met; at least 75% are met → green.",
  ],
  [
    "roll-up by the worst",
    {
      kind: "rollup",
      status: "yellow",
      method: "sämsta",
      counts: { green: 1, yellow: 1, red: 0, missing: 0 },
      childLevel: "goal",
      childWord: GENERIC_WORDS.goal,
      decision: { by: "worst" },
    },
    "1 av 2 mål uppfyllt, 1 delvis uppfyllt; sämsta bedömning: delvis uppfyllt → gul.",
    "1 of 2 goals met, 1 partly met; worst assessment: partly met → yellow.",
  ],
  [
    "empty plan",
    { kind: "empty-plan", status: "red" },
    "Planen har inga mål att följa upp → röd.",
    "The plan has no goals to follow up → red.",
  ],
  [
    "missing: target-unreadable",
    { kind: "missing", reason: "target-unreadable", text: "God tillgang" },
    'Målvärdet "God tillgang" kan inte tolkas, så status kan inte beräknas.',
    'The target "God tillgang" cannot be read, so no status can be computed.',
  ],
  [
    "missing: actual-unreadable",
    { kind: "missing", reason: "actual-unreadable", text: "ca halften" },
    'Utfallet "ca halften" kan inte tolkas, så status kan inte beräknas.',
    'The actual "ca halften" cannot be read, so no status can be computed.',
  ],
  [
    "missing: target-not-measured",
    { kind: "missing", reason: "target-not-measured", text: "Ej matt" },
    'Målvärdet är "Ej matt", så status beräknas inte.',
    'The target is "Ej matt", so no status is computed.',
  ],
  [
    "missing: actual-not-measured",
    { kind: "missing", reason: "actual-not-measured", text: "–" },
    'Utfallet är "–" (inte mätt), så status beräknas inte.',
    'The actual is "–" (not measured), so no status is computed.',
  ],
  [
    "missing: internal-error",
    { kind: "missing", reason: "internal-error", which: "target" },
    "Målvärdet kunde inte läsas på grund av ett internt fel, så status kan inte beräknas.",
    "The target could not be read because of an internal error, so no status can be computed.",
  ],
  [
    "missing: baseline-missing",
    { kind: "missing", reason: "baseline-missing", target: "Lagre an 2020" },
    'Målvärdet "Lagre an 2020" jämför med ett tidigare värde, men Jämförelsevärde saknas.',
    'The target "Lagre an 2020" compares with an earlier value, but the baseline is missing.',
  ],
  [
    "missing: baseline-unreadable",
    { kind: "missing", reason: "baseline-unreadable", text: "se ovan" },
    'Jämförelsevärdet "se ovan" kan inte tolkas som ett tal, så status kan inte beräknas.',
    'The baseline "se ovan" cannot be read as a number, so no status can be computed.',
  ],
  [
    "missing: incomparable with a target",
    { kind: "missing", reason: "incomparable", actual: "Ja", against: { kind: "reference", reference: target90 } },
    'Utfallet "Ja" kan inte jämföras med målvärdet 90 %, så status kan inte beräknas.',
    'The actual "Ja" cannot be compared with the target 90%, so no status can be computed.',
  ],
  [
    "missing: incomparable with a range",
    {
      kind: "missing",
      reason: "incomparable",
      actual: "Ja",
      against: { kind: "range", range: { low: 2, high: 5, percent: false, unit: null } },
    },
    'Utfallet "Ja" kan inte jämföras med målintervallet 2–5, så status kan inte beräknas.',
    'The actual "Ja" cannot be compared with the target range 2–5, so no status can be computed.',
  ],
  [
    "missing: incomparable with a yes/no target",
    { kind: "missing", reason: "incomparable", actual: "1-2", against: { kind: "yesno", target: "Klart" } },
    'Utfallet "1-2" kan inte jämföras med målvärdet "Klart", så status kan inte beräknas.',
    'The actual "1-2" cannot be compared with the target "Klart", so no status can be computed.',
  ],
  [
    "missing: no-actual-column",
    { kind: "missing", reason: "no-actual-column" },
    "Bladet har ingen kolumn för utfall.",
    "The sheet has no column for actuals.",
  ],
  [
    "missing: no-actual",
    { kind: "missing", reason: "no-actual", column: "Utfall augusti" },
    "Inget utfall i kolumnen Utfall augusti.",
    "No actual in the column Utfall augusti.",
  ],
  [
    "missing: no-target",
    { kind: "missing", reason: "no-target" },
    "Målvärde saknas, så status kan inte beräknas.",
    "The target is missing, so no status can be computed.",
  ],
  [
    "missing: unit-mismatch",
    { kind: "missing", reason: "unit-mismatch", actualUnit: "%", targetUnit: "dagar", against: "baseline" },
    "Utfallets enhet (%) kan inte räknas om till jämförelsevärdets (dagar), så status beräknas inte.",
    "The actual's unit (%) cannot be converted to the baseline's (dagar), so no status is computed.",
  ],
  [
    "missing: goal-without-measures",
    { kind: "missing", reason: "goal-without-measures" },
    "Målet har varken mätetal eller eget målvärde och utfall.",
    "The goal has neither indicators nor a target and actual of its own.",
  ],
  [
    "missing: plan-judged-by-hand",
    { kind: "missing", reason: "plan-judged-by-hand" },
    "Planen bedöms manuellt.",
    "The plan is assessed by hand.",
  ],
  [
    "missing: plan-not-assessed",
    { kind: "missing", reason: "plan-not-assessed" },
    "Planen har ingen bedömning ännu.",
    "The plan has no assessment yet.",
  ],
  [
    "missing: no-children",
    { kind: "missing", reason: "no-children", childLevel: "goal", childWord: GENERIC_WORDS.goal },
    "Inga mål att väga samman.",
    "No goals to roll up.",
  ],
  [
    "missing: children-missing, one",
    { kind: "missing", reason: "children-missing", count: 1, childLevel: "indicator", childWord: FRAMGÅNGSFAKTOR },
    "1 framgångsfaktor saknar bedömning.",
    "1 indicator lacks an assessment.",
  ],
  [
    "missing: children-missing, several",
    {
      kind: "missing",
      reason: "children-missing",
      count: 3,
      childLevel: "indicator",
      childWord: GENERIC_WORDS.indicator,
    },
    "Alla 3 mätetal saknar bedömning.",
    "All 3 indicators lack an assessment.",
  ],
];

describe.each(CASES)("%s", (_what, explanation, sv, en) => {
  it("in Swedish", () => expect(renderExplanation(explanation, "sv")).toBe(sv));
  it("in English", () => expect(renderExplanation(explanation, "en")).toBe(en));
});

it("covers every kind and every missing reason", () => {
  const seen = new Set(CASES.map(([, e]) => (e.kind === "missing" ? `missing:${e.reason}` : e.kind)));
  expect([...seen].sort()).toEqual(
    [
      "threshold",
      "range",
      "yesno",
      "manual",
      "rollup",
      "empty-plan",
      ...[
        "target-unreadable",
        "actual-unreadable",
        "target-not-measured",
        "actual-not-measured",
        "internal-error",
        "baseline-missing",
        "baseline-unreadable",
        "incomparable",
        "no-actual-column",
        "no-actual",
        "no-target",
        "unit-mismatch",
        "goal-without-measures",
        "plan-judged-by-hand",
        "plan-not-assessed",
        "no-children",
        "children-missing",
      ].map((r) => `missing:${r}`),
    ].sort(),
  );
});

it("English has no Swedish letters outside the quoted cell texts (the data here has none)", () => {
  for (const [, explanation] of CASES) {
    const english = renderExplanation(explanation, "en").replace(/"[^"]*"/g, '""');
    expect(english).not.toMatch(/[åäöÅÄÖ]/);
  }
});
