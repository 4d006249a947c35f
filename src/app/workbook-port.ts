/** The one port both adapters implement: ExcelJS for the CLI, Office.js in Excel. Use cases see nothing else. */
import type { StatusColumnWrite } from "../domain/evaluation";
import type { WorkbookGrid } from "../domain/grid";

export interface WorkbookPort {
  /** Every worksheet's used range as plain data. One batched read. */
  readGrid(): Promise<WorkbookGrid>;
  /** Writes only the listed Status cells (glyph and colour) and, where asked, the Status header. One batched write. */
  writeStatuses(writes: readonly StatusColumnWrite[]): Promise<void>;
}
