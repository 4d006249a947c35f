/**
 * References to an earlier value in a target: "Lägre än 2020", "jämfört med föregående år", "Bättre än fg år".
 * A year 1990–2100 after "än", "jämfört med", "i förhållande till" or "från", with no unit, names a baseline;
 * "Lägre än 2020 kr" is a number.
 */
import type { NumberToken } from "./number-tokens";
import { PhraseFinder } from "./text-match";

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
    while (folded.charAt(at) === " ") at++;
    // "jämfört med år 2019", "än året innan"
    const yearWord = /^år(?:et)?\s+(?=\d)/u.exec(folded.slice(at));
    const yearAt = yearWord === null ? at : at + yearWord[0].length;
    const token = numbers.find((n) => n.start === yearAt && n.year);
    if (token !== undefined) return { ref: token.decimal, at, token };
    const phrase = REFERENCES.findAll(folded.slice(at))[0];
    if (phrase !== undefined && phrase.start === 0) return { ref: phrase.entry, at, token: null };
  }
  return null;
}
