/**
 * References to an earlier value in a target: "Lägre än 2020", "jämfört med föregående år", "Bättre än fg år".
 * A year 1990–2100 after "än", "jämfört med", "i förhållande till" or "från", with no unit, names a baseline;
 * "Lägre än 2020 kr" is a number.
 */
import type { NumberToken } from "./number-tokens";
import { isSpaceCode, PhraseFinder } from "./text-match";

const INTRODUCERS = new PhraseFinder<true>(
  [
    "än",
    "jämfört med",
    "jämfört mot",
    "jmf med",
    "jmf. med",
    "jmf",
    "jfr med",
    "jfr",
    "i jämförelse med",
    "i förhållande till",
    "relativt",
    "från",
  ].map((p) => [p, true] as const),
);

const PREVIOUS_YEAR = "föregående år";

/** Phrases naming the reference, with the name a report shows. */
const REFERENCES = new PhraseFinder<string>([
  ["föregående år", PREVIOUS_YEAR],
  ["föregående års", PREVIOUS_YEAR],
  ["föregående året", PREVIOUS_YEAR],
  ["föreg. år", PREVIOUS_YEAR],
  ["föreg år", PREVIOUS_YEAR],
  ["fg år", PREVIOUS_YEAR],
  ["fg. år", PREVIOUS_YEAR],
  ["fg året", PREVIOUS_YEAR],
  ["fg. året", PREVIOUS_YEAR],
  ["förra året", PREVIOUS_YEAR],
  ["förra årets", PREVIOUS_YEAR],
  ["förra år", PREVIOUS_YEAR],
  ["året innan", PREVIOUS_YEAR],
  ["föregående period", "föregående period"],
  ["föregående mätperiod", "föregående period"],
  ["föregående tertial", "föregående tertial"],
  ["föregående delår", "föregående delår"],
  ["föregående mätning", "föregående mätning"],
  ["förra mätningen", "föregående mätning"],
  ["senaste mätningen", "föregående mätning"],
  ["föregående värde", "föregående värde"],
  ["tidigare år", "tidigare år"],
  ["basåret", "basåret"],
  ["basår", "basåret"],
  ["utgångsläget", "utgångsläget"],
  ["utgångsvärdet", "utgångsvärdet"],
  ["jämförelsevärdet", "jämförelsevärdet"],
  ["basvärdet", "basvärdet"],
  ["nuläget", "nuläget"],
  ["nuvarande nivå", "nuvarande nivå"],
  ["dagens nivå", "dagens nivå"],
  ["idag", "idag"],
  ["i dag", "idag"],
  ["rikssnittet", "rikssnittet"],
  ["riksgenomsnittet", "rikssnittet"],
  ["riket", "riket"],
]);

export interface BaselineRef {
  /** "2020", "föregående år". */
  readonly ref: string;
  /** Where the reference starts in the folded text: comparators right before it belong to it. */
  readonly at: number;
  /** The year token that is the reference, so it is not also read as the target. */
  readonly token: NumberToken | null;
}

export function findBaselineRef(folded: string, numbers: readonly NumberToken[]): BaselineRef | null {
  for (const intro of INTRODUCERS.findAll(folded)) {
    let at = intro.end;
    while (folded.charCodeAt(at) === 0x20) at++;
    // "jämfört med år 2019", "än året innan"
    const yearAt = pastYearWord(folded, at);
    const token = yearToken(numbers, yearAt);
    // A year is four digits from 1990 on: its value written out is the text of the year.
    if (token !== undefined) return { ref: String(token.value), at, token };
    const phrase = REFERENCES.matchAt(folded, at);
    if (phrase !== null) return { ref: phrase.entry, at, token: null };
  }
  return null;
}

function yearToken(numbers: readonly NumberToken[], start: number): NumberToken | undefined {
  for (const n of numbers) if (n.start === start && n.year) return n;
  return undefined;
}

/** Past "år " or "året " when a digit follows the spaces (`/^år(?:et)?\s+(?=\d)/`); else `at` itself. */
function pastYearWord(folded: string, at: number): number {
  if (!folded.startsWith("år", at)) return at;
  if (folded.startsWith("et", at + 2)) {
    const digit = pastSpaces(folded, at + 4);
    if (digit > at + 4 && isAsciiDigit(folded.charCodeAt(digit))) return digit;
  }
  const digit = pastSpaces(folded, at + 2);
  return digit > at + 2 && isAsciiDigit(folded.charCodeAt(digit)) ? digit : at;
}

function pastSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
