/**
 * The WorkbookPort over Office.js: what the ribbon commands and the task pane hand to the use cases.
 *
 * An Office.js batch is not a transaction: when a request fails, what earlier requests wrote stays. So everything a
 * run will touch is checked before its first write (`checkWrites`, SPEC §8): the protection of the plan sheets, of
 * the generated sheets it replaces and of the workbook structure, all known from the read, without another round
 * trip. Status cells inside a merged area are never written (SPEC §6).
 */
import type { GeneratedSheetsPort } from "../../app/summaries";
import type { PlannedWrites, WorkbookPort } from "../../app/workbook-port";
import type { SummarySheetsChange } from "../../domain/summary/types";
import type { StatusColumnWrite } from "../../domain/evaluation";
import type { CellRange, WorkbookGrid } from "../../domain/grid";
import { parseRange } from "./a1";
import { ProtectedSheetError, ProtectedWorkbookError } from "./office-errors";
import { readWorkbook, type SheetTable } from "./read-grid";
import { writeSummarySheets } from "./render-summaries";
import { applyWritePlan, planStatusWrites, type TableExtension } from "./write-statuses";

interface ReadState {
  readonly protectedSheets: ReadonlySet<string>;
  readonly workbookProtected: boolean;
  readonly merges: ReadonlyMap<string, readonly CellRange[]>;
  readonly tables: readonly SheetTable[];
}

function inside(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** Sheets the summary sheets change deletes, clears or renames: each must be unprotected. */
function generatedTargets(change: SummarySheetsChange): string[] {
  const names = [...change.remove, ...change.sheets.map((p) => p.replaces), change.registry.replaces];
  return [...new Set(names.filter((n): n is string => n !== null))];
}

export class OfficeWorkbook implements WorkbookPort, GeneratedSheetsPort {
  private read: ReadState | null = null;
  /** Set at the first request that writes: from then on a failure may leave part of the run written. */
  wroteSomething = false;

  constructor(private readonly context: Excel.RequestContext) {}

  async readGrid(): Promise<WorkbookGrid> {
    const read = await readWorkbook(this.context);
    this.read = {
      protectedSheets: read.protectedSheets,
      workbookProtected: read.workbookProtected,
      merges: new Map(read.grid.sheets.map((s) => [s.name, s.merges])),
      tables: read.tables,
    };
    return read.grid;
  }

  /** Stops the run before its first write when any write would fail; needs readGrid first (or loads protection). */
  async checkWrites(writes: PlannedWrites): Promise<void> {
    const read = this.read ?? (this.read = await this.loadProtection(writes));
    const statusSheets = [...new Set(this.targets(writes.statusWrites).map((w) => w.sheet))];
    const refused = statusSheets.filter((s) => read.protectedSheets.has(s));
    if (refused.length > 0) throw new ProtectedSheetError(refused, "plan");
    if (writes.summaries) {
      const generated = generatedTargets(writes.summaries).filter((s) => read.protectedSheets.has(s));
      if (generated.length > 0) throw new ProtectedSheetError(generated, "generated");
      // Summaries add, delete, rename, move and hide sheets: all refused in a protected structure.
      if (read.workbookProtected) throw new ProtectedWorkbookError();
    }
  }

  async writeSummarySheets(change: SummarySheetsChange): Promise<void> {
    await this.checkWrites({ statusWrites: [], summaries: change });
    this.wroteSomething = true;
    await writeSummarySheets(this.context, change);
  }

  async writeStatuses(writes: readonly StatusColumnWrite[]): Promise<void> {
    const targets = this.targets(writes);
    if (targets.length === 0) return;
    await this.checkWrites({ statusWrites: targets, summaries: null });
    // Everything is computed before the first request: an error above leaves the workbook untouched.
    const plan = planStatusWrites(targets, undefined, await this.tableExtensions(targets));
    this.wroteSomething = true;
    await applyWritePlan(this.context, plan);
  }

  /** The writes that write something, without Status cells inside a merged area (SPEC §6: never written). */
  private targets(writes: readonly StatusColumnWrite[]): StatusColumnWrite[] {
    const merges = this.read?.merges;
    return writes
      .map((w) => {
        const areas = merges?.get(w.sheet) ?? [];
        if (areas.length === 0) return w;
        return { ...w, cells: w.cells.filter((c) => !areas.some((a) => inside(a, c.row, w.col))) };
      })
      .filter((w) => w.cells.length > 0 || w.addHeader);
  }

  /**
   * A Status column added right of an Excel table, on its header row, joins the table (`Table.resize`, ExcelApi
   * 1.13, the manifest's set): outside it, sorting or filtering the table would move the rows under the arrows.
   * Costs one round trip, only in the run that adds the column.
   */
  private async tableExtensions(writes: readonly StatusColumnWrite[]): Promise<TableExtension[]> {
    const adding = writes.filter((w) => w.addHeader !== null);
    const candidates = (this.read?.tables ?? []).filter((t) => adding.some((w) => w.sheet === t.sheet));
    if (candidates.length === 0) return [];
    const worksheets = this.context.workbook.worksheets;
    const ranges = candidates.map((t) => {
      const range = worksheets.getItem(t.sheet).tables.getItem(t.name).getRange();
      range.load("address");
      return { ...t, range };
    });
    await this.context.sync();
    const extensions: TableExtension[] = [];
    for (const write of adding) {
      const header = write.addHeader;
      const table = ranges
        .map((t) => ({ ...t, box: parseRange(t.range.address) }))
        .find((t) => t.sheet === write.sheet && t.box?.top === header?.row && t.box?.right === write.col - 1);
      if (table?.box)
        extensions.push({ sheet: write.sheet, table: table.name, range: { ...table.box, right: write.col } });
    }
    return extensions;
  }

  /** Only when checkWrites runs without a read first: one extra round trip for the sheets the run will touch. */
  private async loadProtection(writes: PlannedWrites): Promise<ReadState> {
    const names = new Set(writes.statusWrites.map((w) => w.sheet));
    if (writes.summaries) for (const name of generatedTargets(writes.summaries)) names.add(name);
    const worksheets = this.context.workbook.worksheets;
    const workbook = this.context.workbook.protection;
    workbook.load("protected");
    const protections = [...names].map((name) => {
      const protection = worksheets.getItem(name).protection;
      protection.load("protected");
      return { name, protection };
    });
    await this.context.sync();
    return {
      protectedSheets: new Set(protections.filter((p) => p.protection.protected).map((p) => p.name)),
      workbookProtected: workbook.protected,
      merges: new Map(),
      tables: [],
    };
  }
}
