/** The top of every summary sheet: title, what and when it reports, and the one-sentence summary. */
import type { SheetComposer, WriteOptions } from "./composer";
import { SENTENCE, SUBTITLE, TITLE } from "./styles";

export interface RunInfo {
  /** The active period's header; null when no sheet has an Utfall column. */
  readonly period: string | null;
  /** ISO date of the run ("2024-05-02"), passed in so that runs are reproducible. */
  readonly runDate: string;
}

/** "Period: Utfall 2018-04-30 · Sammanställt 2024-05-02", with any leading details first. */
export function runLine(run: RunInfo, details: readonly string[] = []): string {
  return [...details, `Period: ${run.period ?? "–"}`, `Sammanställt ${run.runDate}`].join(" · ");
}

/** Writes a line of text across columns 0..lastCol (merged) and returns the next row. */
export function writeWide(c: SheetComposer, row: number, lastCol: number, text: string, options: WriteOptions): number {
  const area = c.write(row, 0, [[text]], options);
  c.merge({ ...area, right: lastCol });
  return row + 1;
}

/** Title, run line and sentence on rows top, top+1, top+2; returns the next free row. */
export function writeHeading(
  c: SheetComposer,
  top: number,
  lastCol: number,
  heading: { readonly title: string; readonly runLine: string; readonly sentence: string },
): number {
  let row = writeWide(c, top, lastCol, heading.title, { style: TITLE });
  row = writeWide(c, row, lastCol, heading.runLine, { style: SUBTITLE });
  return writeWide(c, row, lastCol, heading.sentence, { style: SENTENCE });
}
