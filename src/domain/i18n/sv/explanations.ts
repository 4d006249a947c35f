/**
 * Status explanations in Swedish: the sentences the JSON report, the report document and a Swedish task pane show
 * ("Utfall 61 % är mer än 10 % under målvärdet 90 % → röd."). Numbers the Swedish way (formatNumberSv): "37,8 mkr",
 * "90 %"; the user's units and texts as written.
 */
import { capitalise, countNoun, statusParticiple, type LevelWord } from "../../level-words";
import { STATUS_NAME_SV, type Status, type StatusCounts } from "../../status/statuses";
import { type Direction } from "../../vocabulary";
import type {
  Against,
  Amount,
  ExplanationRenderer,
  Reference,
  ShownActual,
  TargetRange,
  Tolerance,
} from "../../status/explanation";
import { formatNumberSv, formatPercentSv } from "../../values/format";
import type { YesNoState } from "../../values/types";

/** The colour words explanations end with ("→ gul"), as the seeds' sentences do. */
export const STATUS_WORD_SV: Readonly<Record<Status, string>> = {
  green: "grön",
  yellow: "gul",
  red: "röd",
  missing: "saknar bedömning",
};

/** The closing "→ gul" for each status, built once rather than for every row. */
const VERDICT: Readonly<Record<Status, string>> = {
  green: `→ ${STATUS_WORD_SV.green}`,
  yellow: `→ ${STATUS_WORD_SV.yellow}`,
  red: `→ ${STATUS_WORD_SV.red}`,
  missing: `→ ${STATUS_WORD_SV.missing}`,
};
const verdict = (status: Status): string => VERDICT[status];

const STATE_WORD: Readonly<Record<YesNoState, string>> = { yes: "ja", ongoing: "pågår", no: "nej" };

/** "90 %", "37,8 mkr", "12". */
export function formatAmountSv(value: number, percent: boolean, unit: string | null): string {
  if (percent) return formatPercentSv(value);
  return unit ? `${formatNumberSv(value)} ${unit}` : formatNumberSv(value);
}

const show = (a: Amount): string => formatAmountSv(a.value, a.percent, a.unit);

/** "30 000 tkr (= 30 mkr)" when the actual was converted to the target's unit, else the amount itself. */
const shown = (a: ShownActual): string =>
  a.asWritten === null ? show(a.amount) : `${a.asWritten} (= ${show(a.amount)})`;

const from = (ref: string): string => (ref === "" ? "" : ` från ${ref}`);

function referencePhrase(r: Reference): string {
  return r.kind === "baseline" ? `jämförelsevärdet ${show(r.amount)}${from(r.ref)}` : `målvärdet ${show(r.amount)}`;
}

/** What the reference adds in brackets: the year a target is stated against, or how a baseline was moved. */
function referenceNote(r: Reference): string | null {
  if (r.kind === "target") return r.relativeTo === null ? null : `målet anges i förhållande till ${r.relativeTo}`;
  if (r.kind === "baseline") return null;
  const change = r.change.percent
    ? formatPercentSv(r.change.value)
    : formatAmountSv(r.change.value, r.baseline.percent, r.baseline.unit);
  const side = r.towards === "lower" ? "under" : "över";
  return `${change} ${side} jämförelsevärdet ${show(r.baseline)}${from(r.ref)}`;
}

/** " (10 % under jämförelsevärdet …; lägre är bättre)", or "" when there is nothing to add. */
function thresholdNote(r: Reference, direction: Direction): string {
  const note = referenceNote(r);
  const lower = direction === "lower";
  if (note === null) return lower ? " (lägre är bättre)" : "";
  return lower ? ` (${note}; lägre är bättre)` : ` (${note})`;
}

/**
 * The tolerance's number, formatted once per Tolerance (one object per rule, and a workbook has a handful of rules
 * but can have 100k rows: formatting a number the Swedish way is far dearer than a lookup).
 */
const toleranceNumbers = new WeakMap<Tolerance, string>();

function toleranceNumber(t: Tolerance, percent: boolean): string {
  const cached = toleranceNumbers.get(t);
  if (cached !== undefined) return cached;
  const text =
    t.kind === "relative"
      ? formatPercentSv(t.share)
      : percent
        ? `${formatNumberSv(t.value * 100)} procentenheter`
        : formatNumberSv(t.value);
  // An absolute tolerance is shown on the reference's scale; only the common case is kept.
  if (t.kind === "relative") toleranceNumbers.set(t, text);
  return text;
}

/** "10 %", "5 procentenheter" against a percent, "2 dagar" in the reference's unit. */
function toleranceText(t: Tolerance, scale: Pick<Amount, "percent" | "unit">): string {
  const number = toleranceNumber(t, scale.percent);
  if (t.kind === "relative" || scale.percent) return number;
  return scale.unit ? `${number} ${scale.unit}` : number;
}

const withinTolerance = (t: Tolerance | null, scale: Pick<Amount, "percent" | "unit">): string =>
  t === null ? "" : ` men inom toleransen ${toleranceText(t, scale)}`;

function rangeText(r: TargetRange): string {
  return r.percent
    ? `${formatNumberSv(r.low * 100)}–${formatNumberSv(r.high * 100)} %`
    : `${formatNumberSv(r.low)}–${formatNumberSv(r.high)}${r.unit ? ` ${r.unit}` : ""}`;
}

function againstPhrase(a: Against): string {
  switch (a.kind) {
    case "reference":
      return referencePhrase(a.reference);
    case "range":
      return `målintervallet ${rangeText(a.range)}`;
    case "yesno":
      return `målvärdet "${a.target}"`;
  }
}

/** "2 av 5 mätetal uppfyllda, 3 ej uppfyllda", with gender and number agreement ("1 av 2 indikatorer uppfylld"). */
function describeCounts(counts: StatusCounts, word: LevelWord): string {
  const counted = counts.green + counts.yellow + counts.red;
  const agree = (status: "green" | "yellow" | "red"): string => statusParticiple(status, counts[status], word.gender);
  const parts = [`${counts.green} av ${countNoun(counted, word)} ${agree("green")}`];
  if (counts.yellow > 0) parts.push(`${counts.yellow} ${agree("yellow")}`);
  if (counts.red > 0) parts.push(`${counts.red} ${agree("red")}`);
  const text = parts.join(", ");
  return counts.missing > 0 ? `${text}; ${counts.missing} saknar bedömning och räknas inte` : text;
}

const CANNOT = "så status kan inte beräknas.";

export const explanationsSv: ExplanationRenderer = {
  threshold: (e) => {
    const a = `Utfall ${shown(e.actual)}`;
    const ref = referencePhrase(e.reference);
    const note = thresholdNote(e.reference, e.direction);
    const better = e.direction === "higher" ? "över" : "under";
    const worse = e.direction === "higher" ? "under" : "över";
    const within = e.status === "yellow" ? withinTolerance(e.tolerance, e.reference.amount) : "";
    let sentence: string;
    switch (e.position) {
      case "meets":
        sentence = `${a} ${e.direction === "higher" ? "når" : "är högst"} ${ref}`;
        break;
      case "better":
        sentence = `${a} är ${better} ${ref}`;
        break;
      case "on-edge":
        sentence = `${a} är inte ${better} ${ref}${within}`;
        break;
      case "worse":
        sentence = `${a} är ${worse} ${ref}${within}`;
        break;
      case "beyond-tolerance": {
        const tolerance = e.tolerance === null ? "" : ` ${toleranceText(e.tolerance, e.reference.amount)}`;
        sentence = `${a} är mer än${tolerance} ${worse} ${ref}`;
        break;
      }
    }
    return `${sentence}${note} ${verdict(e.status)}.`;
  },
  range: (e) => {
    const a = `Utfall ${shown(e.actual)} ligger`;
    const ref = `målintervallet ${rangeText(e.range)}`;
    if (e.side === "inside") return `${a} inom ${ref} ${verdict(e.status)}.`;
    const side = e.side === "below" ? "under" : "över";
    if (e.beyondTolerance && e.tolerance !== null) {
      return `${a} mer än ${toleranceText(e.tolerance, e.range)} ${side} ${ref} ${verdict(e.status)}.`;
    }
    const within = e.status === "yellow" ? withinTolerance(e.tolerance, e.range) : "";
    return `${a} ${side} ${ref}${within} ${verdict(e.status)}.`;
  },
  yesno: (e) => {
    const a =
      e.countedAs === null ? `Utfall "${e.actual}"` : `Utfall ${e.actual} (räknas som ${STATE_WORD[e.countedAs]})`;
    const verb = e.status === "green" ? "uppfyller" : e.status === "yellow" ? "uppfyller delvis" : "uppfyller inte";
    return `${a} ${verb} målvärdet "${e.target}" ${verdict(e.status)}.`;
  },
  manual: (e) => {
    const note = e.computed === null ? "" : ` (beräknat: ${STATUS_NAME_SV[e.computed]})`;
    return `Manuell bedömning: ${STATUS_NAME_SV[e.status]}${note}.`;
  },
  rollup: (e) => {
    const reason =
      e.decision.by === "worst"
        ? `sämsta bedömning: ${STATUS_NAME_SV[e.status]}`
        : e.decision.by === "share"
          ? `minst ${formatPercentSv(e.decision.share)} är uppfyllda`
          : `medelpoäng ${e.decision.mean.toFixed(2).replace(".", ",")}`;
    return `${capitalise(describeCounts(e.counts, e.childWord))}; ${reason} ${verdict(e.status)}.`;
  },
  "empty-plan": () => `Planen har inga mål att följa upp ${verdict("red")}.`,
  missing: {
    "target-unreadable": (e) => `Målvärdet "${e.text}" kan inte tolkas, ${CANNOT}`,
    "actual-unreadable": (e) => `Utfallet "${e.text}" kan inte tolkas, ${CANNOT}`,
    "target-not-measured": (e) => `Målvärdet är "${e.text}", så status beräknas inte.`,
    "actual-not-measured": (e) => `Utfallet är "${e.text}" (inte mätt), så status beräknas inte.`,
    "internal-error": (e) =>
      `${e.which === "target" ? "Målvärdet" : "Utfallet"} kunde inte läsas på grund av ett internt fel, ${CANNOT}`,
    "baseline-missing": (e) => `Målvärdet "${e.target}" jämför med ett tidigare värde, men Jämförelsevärde saknas.`,
    "baseline-unreadable": (e) => `Jämförelsevärdet "${e.text}" kan inte tolkas som ett tal, ${CANNOT}`,
    incomparable: (e) => `Utfallet "${e.actual}" kan inte jämföras med ${againstPhrase(e.against)}, ${CANNOT}`,
    "no-actual-column": () => "Bladet har ingen kolumn för utfall.",
    "no-actual": (e) => `Inget utfall i kolumnen ${e.column}.`,
    "no-target": () => `Målvärde saknas, ${CANNOT}`,
    "unit-mismatch": (e) =>
      `Utfallets enhet (${e.actualUnit}) kan inte räknas om till ` +
      `${e.against === "target" ? "målvärdets" : "jämförelsevärdets"} (${e.targetUnit}), så status beräknas inte.`,
    "goal-without-measures": () => "Målet har varken mätetal eller eget målvärde och utfall.",
    "plan-judged-by-hand": () => "Planen bedöms manuellt.",
    "plan-not-assessed": () => "Planen har ingen bedömning ännu.",
    "no-children": (e) => `Inga ${e.childWord.plural} att väga samman.`,
    "children-missing": (e) =>
      e.count === 1
        ? `${capitalise(countNoun(1, e.childWord))} saknar bedömning.`
        : `Alla ${countNoun(e.count, e.childWord)} saknar bedömning.`,
  },
};
