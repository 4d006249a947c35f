/** Row kinds of SPEC §1: the word in the Nivå cell. */
import type { Level } from "../vocabulary";
import { normalizeLabel } from "./text";

/** Normalised (lower case); SPEC §1's words first, then plural forms and words seen in Swedish regions' plans. */
export const LEVEL_WORDS: Readonly<Record<Level, readonly string[]>> = {
  plan: [
    "plan",
    "handlingsplan",
    "verksamhetsplan",
    "action plan",
    "planer",
    "handlingsplaner",
    "verksamhetsplaner",
    "åtgärdsplan",
    "åtgärdsplaner",
    "plans",
    "action plans",
  ],
  goal: [
    "mål",
    "strategiskt mål",
    "resultatmål",
    "aktivt mål",
    "delmål",
    "goal",
    "objective",
    "strategiska mål",
    "aktiva mål",
    "effektmål",
    "verksamhetsmål",
    "övergripande mål",
    "långsiktigt mål",
    "långsiktiga mål",
    "målsättning",
    "goals",
    "objectives",
    "strategic goal",
    "sub-goal",
    "subgoal",
  ],
  indicator: [
    "mätetal",
    "indikator",
    "mått",
    "nyckeltal",
    "framgångsfaktor",
    "indicator",
    "measure",
    "kpi",
    "indikatorer",
    "framgångsfaktorer",
    "målindikator",
    "målindikatorer",
    "indicators",
    "measures",
    "kpis",
  ],
};

const BY_WORD = new Map<string, Level>(
  (Object.entries(LEVEL_WORDS) as [Level, readonly string[]][]).flatMap(([level, words]) =>
    words.map((w) => [w, level] as const),
  ),
);

/** A numbering after the word, as in "Mål 1", "Mätetal 2.3", "Delmål 1a". */
const NUMBERING = /^(.*?)\s+(?:nr\.?\s*)?\d+[\d.:]*[a-z]?\.?$/;

/** The kind of a Nivå cell, or null when the word is not one of the known ones. */
export function parseLevel(text: string): Level | null {
  const label = normalizeLabel(text);
  const direct = BY_WORD.get(label);
  if (direct) return direct;
  const numbered = NUMBERING.exec(label);
  return numbered?.[1] ? (BY_WORD.get(numbered[1]) ?? null) : null;
}
