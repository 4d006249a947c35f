/**
 * Words that say on purpose that there is no value yet (SPEC §2): "Ej mätt", "Mäts ej", "Ej aktuellt",
 * "Uppgift saknas", "Saknas", "Ej tillgängligt", "n/a". Such a cell is not an error: its row's status is
 * missing, with a NOT_MEASURED info.
 */
import { PhraseFinder } from "./text-match";

const PHRASES = [
  // mäta
  "ej mätt",
  "inte mätt",
  "ej uppmätt",
  "inte uppmätt",
  "ej mätt ännu",
  "ej mätbart",
  "inte mätbart",
  "ej mätbar",
  "mäts ej",
  "mäts inte",
  "mäts senare",
  "ingen mätning",
  "ingen mätning gjord",
  "mätning saknas",
  // aktuellt, tillämpligt, relevant
  "ej aktuellt",
  "ej aktuell",
  "inte aktuellt",
  "inte aktuell",
  "ej tillämpligt",
  "ej tillämplig",
  "inte tillämpligt",
  "ej relevant",
  "inte relevant",
  // saknas
  "saknas",
  "uppgift saknas",
  "uppgifter saknas",
  "data saknas",
  "värde saknas",
  "utfall saknas",
  "resultat saknas",
  "siffra saknas",
  "statistik saknas",
  "saknar uppgift",
  "saknar uppgifter",
  "saknar data",
  "ingen uppgift",
  "inga uppgifter",
  "ingen data",
  "inget utfall",
  "inget värde",
  // tillgängligt, redovisat, känt
  "ej tillgängligt",
  "ej tillgänglig",
  "ej tillgängliga",
  "inte tillgängligt",
  "inte tillgänglig",
  "ej redovisat",
  "ej redovisad",
  "inte redovisat",
  "redovisas ej",
  "redovisas inte",
  "redovisas senare",
  "ej rapporterat",
  "ej rapporterad",
  "rapporteras ej",
  "rapporteras senare",
  "ej känt",
  "okänt",
  "ej framtaget",
  "inte framtaget",
  "kommer senare",
  "uppgift kommer",
  "inväntar uppgift",
  "inväntar data",
  "inväntar resultat",
  // English and abbreviations
  "n/a",
  "n / a",
  "n.a.",
  "n.a",
  "na",
  "not measured",
  "not available",
  "not applicable",
  "missing",
  "tbd",
];

const FINDER = new PhraseFinder<true>(PHRASES.map((p) => [p, true] as const));

/**
 * Whether folded text says "not measured": where it has no number but years, a phrase anywhere ("Uppgift saknas
 * (ny enkät i höst)"); else only a phrase that opens the text ("Ej mätt, förra året 85 %"), since a number later
 * in the text is then history, not the value.
 */
export function isNotMeasured(folded: string, onlyYears: boolean): boolean {
  const matches = FINDER.findAll(folded);
  if (matches.length === 0) return false;
  if (onlyYears) return true;
  const first = matches[0];
  return first !== undefined && folded.slice(0, first.start).trim() === "";
}
