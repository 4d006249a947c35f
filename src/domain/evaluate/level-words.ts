/** The plural the sheet's own level word takes in a roll-up sentence ("4 av 7 framgångsfaktorer uppfyllda"). */
import { normalizeLabel } from "../sheet/text";

const PLURALS: Readonly<Record<string, string>> = {
  mätetal: "mätetal",
  indikator: "indikatorer",
  mått: "mått",
  nyckeltal: "nyckeltal",
  framgångsfaktor: "framgångsfaktorer",
  indicator: "mätetal",
  measure: "mätetal",
  kpi: "nyckeltal",
  mål: "mål",
  "strategiskt mål": "strategiska mål",
  resultatmål: "resultatmål",
  "aktivt mål": "aktiva mål",
  delmål: "delmål",
  goal: "mål",
  objective: "mål",
};

/**
 * The children's shared word in plural; `fallback` when they use different words (or one this list lacks),
 * since a sentence about "mätetal" is right for any mix of indicators.
 */
export function pluralWord(levelTexts: readonly string[], fallback: string): string {
  let word: string | null = null;
  for (const text of levelTexts) {
    const plural = PLURALS[normalizeLabel(text)];
    if (plural === undefined || (word !== null && plural !== word)) return fallback;
    word = plural;
  }
  return word ?? fallback;
}
