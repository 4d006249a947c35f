/** The WorkbookPort over Office.js: what the ribbon commands and the task pane hand to the use cases. */
import type { GeneratedSheetsPort } from "../../app/summaries";
import type { WorkbookPort } from "../../app/workbook-port";
import type { SummaryWritePlan } from "../../domain/summary/types";
import type { StatusColumnWrite } from "../../domain/evaluation";
import type { WorkbookGrid } from "../../domain/grid";
import { ProtectedSheetError } from "./office-errors";
import { readWorkbook } from "./read-grid";
import { applySummaryPlan } from "./render-summaries";
import { applyWritePlan, planStatusWrites } from "./write-statuses";

export class OfficeWorkbook implements WorkbookPort, GeneratedSheetsPort {
  /** Known after readGrid; a write to a protected sheet would fail half-way, so it is refused before anything is written. */
  private protectedSheets: ReadonlySet<string> | null = null;

  constructor(private readonly context: Excel.RequestContext) {}

  async readGrid(): Promise<WorkbookGrid> {
    const read = await readWorkbook(this.context);
    this.protectedSheets = read.protectedSheets;
    return read.grid;
  }

  async applySummaryPlan(plan: SummaryWritePlan): Promise<void> {
    await applySummaryPlan(this.context, plan);
  }

  async writeStatuses(writes: readonly StatusColumnWrite[]): Promise<void> {
    const targets = writes.filter((w) => w.cells.length > 0 || w.addHeader);
    if (targets.length === 0) return;
    const protectedSheets = this.protectedSheets ?? (await this.loadProtection(targets.map((w) => w.sheet)));
    const refused = [...new Set(targets.map((w) => w.sheet))].filter((s) => protectedSheets.has(s));
    if (refused.length > 0) throw new ProtectedSheetError(refused);
    // Everything is computed before the first request: an error above leaves the workbook untouched.
    await applyWritePlan(this.context, planStatusWrites(targets));
  }

  /** Only when writeStatuses is used without a read first (one extra round trip). */
  private async loadProtection(sheets: readonly string[]): Promise<ReadonlySet<string>> {
    const worksheets = this.context.workbook.worksheets;
    const protections = [...new Set(sheets)].map((name) => {
      const protection = worksheets.getItem(name).protection;
      protection.load("protected");
      return { name, protection };
    });
    await this.context.sync();
    return new Set(protections.filter((p) => p.protection.protected).map((p) => p.name));
  }
}
