/**
 * A text that is one number and nothing else, read with the value reader's own number reading (`scanNumbers`):
 * "0,5", ",5", "1 600", "−2,5", "10 %", "10 procent". For settings typed into a cell (the Regler sheet's tolerances
 * and thresholds), where the words, units and comparators that readValue also takes have no place.
 */
import { scanNumbers } from "./number-tokens";
import { foldForMatching } from "./text-match";

export interface NumberText {
  readonly value: number;
  /** The text had "%" or "procent": the value is still in percent units (10 for "10 %"). */
  readonly percent: boolean;
}

/** The number a whole cell text is, or null ("tio", "10 st", "1,2,3", "minst 10 %"). */
export function readNumberText(text: string): NumberText | null {
  const folded = foldForMatching(text.trim());
  const { numbers, dates } = scanNumbers(folded, text.trim());
  const n = numbers[0];
  if (n === undefined || numbers.length > 1 || dates.length > 0) return null;
  if (n.start !== 0 || n.unit !== null || folded.slice(n.after).trim() !== "") return null;
  return { value: n.value, percent: n.percent };
}
