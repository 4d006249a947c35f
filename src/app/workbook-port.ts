/** The one port both adapters implement: ExcelJS for the CLI, Office.js in Excel. Use cases see nothing else. */
import type { StatusColumnWrite } from "../domain/evaluation";
import type { WorkbookGrid } from "../domain/grid";
import type { SummarySheetsChange } from "../domain/summary/types";

/** Everything a run is about to write, known before the first write. */
export interface PlannedWrites {
  readonly statusWrites: readonly StatusColumnWrite[];
  /** null when the run writes no summary sheets. */
  readonly summaries: SummarySheetsChange | null;
}

export interface WorkbookPort {
  /** Every worksheet's used range as plain data. One batched read. */
  readGrid(): Promise<WorkbookGrid>;
  /**
   * Optional: throws, before anything is written, when a planned write could not complete (a protected sheet or
   * workbook structure in Excel). A port without the risk of a half-written workbook leaves it out.
   */
  checkWrites?(writes: PlannedWrites): Promise<void>;
  /** Writes only the listed Status cells (glyph and colour) and, where asked, the Status header. One batched write. */
  writeStatuses(writes: readonly StatusColumnWrite[]): Promise<void>;
}
