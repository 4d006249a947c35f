/**
 * The CLI's WorkbookPort over a loaded .xlsx file that writes by editing the original package: the grid was read
 * when the file was loaded, the Status cells are patched into the sheet XML, the summary sheets are added as new parts, and
 * everything else in the file is copied as it was stored. When the file has something the package editor does not
 * handle, the whole write falls back to ExcelJS (`savesThroughExcelJs` says why), and the caller must then apply the
 * refusal of parts ExcelJS would lose.
 */
import type { GeneratedSheetsPort } from "../../../app/summaries";
import type { WorkbookPort } from "../../../app/workbook-port";
import type { StatusColumnWrite } from "../../../domain/evaluation";
import type { WorkbookGrid } from "../../../domain/grid";
import type { SummarySheetsChange } from "../../../domain/summary/types";
import type ExcelJS from "exceljs";
import { loadExcelJs, saveWorkbookFile, writeFileAtomically, type LoadedWorkbook } from "../file-io";
import { writeSummarySheets } from "../exceljs/summary/write-summary-sheets";
import { writeStatusCells } from "../exceljs/write-statuses";
import { PackageEdit } from "./package-edit";
import { patchStatusColumns, protectedSheets } from "./status-patch";
import { WorkbookFileError } from "../workbook-file-error";
import { writeSummarySheetsToPackage } from "./summary-package";

export class PackageWorkbook implements WorkbookPort, GeneratedSheetsPort {
  private readonly edit: PackageEdit;
  private fallbackReason: string | null = null;
  /** What was written so far, to replay through ExcelJS if a later step falls back. */
  private statusWrites: readonly StatusColumnWrite[] = [];
  /** Loaded only when a write falls back to ExcelJS. */
  private fallbackWorkbook: ExcelJS.Workbook | null = null;

  constructor(private readonly loaded: LoadedWorkbook) {
    this.edit = new PackageEdit(loaded.bytes, loaded.zip);
  }

  readGrid(): Promise<WorkbookGrid> {
    return Promise.resolve(this.loaded.grid);
  }

  async writeStatuses(writes: readonly StatusColumnWrite[]): Promise<void> {
    const locked = await protectedSheets(
      this.edit,
      writes.filter((w) => w.cells.length > 0 || w.addHeader !== null).map((w) => w.sheet),
    );
    if (locked.length > 0) {
      const which =
        locked.length === 1 ? `Bladet ${locked[0] ?? ""} är skyddat` : `Bladen ${locked.join(", ")} är skyddade`;
      throw new WorkbookFileError(
        "protected",
        `${which}, så Status-kolumnen skrivs inte. Ta bort bladskyddet i Excel (Granska > Ta bort skydd för blad) och försök igen. Inget skrevs.`,
      );
    }
    this.statusWrites = writes;
    if (this.fallbackReason === null) {
      const outcome = await patchStatusColumns(this.edit, writes);
      if (outcome.ok) return;
      this.fallbackReason = outcome.reason;
    }
    writeStatusCells(await this.exceljsWorkbook(), writes);
  }

  async writeSummarySheets(change: SummarySheetsChange): Promise<void> {
    if (this.fallbackReason === null) {
      const outcome = await writeSummarySheetsToPackage(this.edit, change);
      if (outcome.ok) return;
      this.fallbackReason = outcome.reason;
      writeStatusCells(await this.exceljsWorkbook(), this.statusWrites);
    }
    writeSummarySheets(await this.exceljsWorkbook(), change);
  }

  private async exceljsWorkbook(): Promise<ExcelJS.Workbook> {
    this.fallbackWorkbook ??= await loadExcelJs(this.loaded.bytes, this.loaded.file);
    return this.fallbackWorkbook;
  }

  /** Why the package could not be edited in place; null when it was (or nothing was written yet). */
  get savesThroughExcelJs(): string | null {
    return this.fallbackReason;
  }

  async save(file: string): Promise<void> {
    if (this.fallbackReason !== null) await saveWorkbookFile(await this.exceljsWorkbook(), file);
    else await writeFileAtomically(file, await this.edit.toBuffer());
  }
}
