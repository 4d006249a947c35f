/**
 * Executes the domain's SummarySheetsChange in Excel: one round trip to learn the charts and tables on the generated
 * sheets being replaced, then the writes in as few requests as fit under 4 MB each. Excel on the web refuses a
 * request above 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * at 10,000 indicators the summary sheets alone are about 4.6 MB, at 100,000 about 47 MB, so the writes are queued
 * through a RequestBudget that syncs before a request would pass the budget, and large value blocks are cut into
 * row slices. A small workbook is still written in one request.
 *
 * A replaced sheet is cleared in place rather than deleted, so formulas in the user's own sheets that point at
 * Översikt keep working. @microsoft/office-js-helpers' forceCreateSheet would do the same with one or two syncs per
 * sheet, which is why it is not used here.
 */
import { type CellRange } from "../../domain/grid";
import { columnLetters } from "../../domain/address/a1";
import type {
  CellStyle,
  ChartDescription,
  PlannedSheet,
  SheetContent,
  SheetDescription,
  StyledAreas,
  SummarySheetsChange,
} from "../../domain/summary/types";
import { sheetLinkLocation, TEXT_FORMAT } from "../../domain/summary/types";
import { charactersToPoints, officeColor } from "./sheet-format";

/** getRanges takes many areas in one address; long lists are cut so no single address grows unreasonably. */
const MAX_ADDRESS_LENGTH = 2_000;
/** Excel on the web refuses requests above 5 MB; the estimate below is of the JSON the request carries. */
export const MAX_REQUEST_BYTES = 3_800_000;
/** A value block is cut into slices of at most this much, so slices pack well into requests. */
const MAX_SLICE_BYTES = 1_000_000;
/** What a queued call costs in the request besides its arrays: object path, method, ids (generous on purpose). */
const CALL_BYTES = 300;

/**
 * Counts what is queued on the context and syncs before a request would pass `max`: the one place that decides
 * where a summary write is cut into requests.
 */
export class RequestBudget {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly max: number = MAX_REQUEST_BYTES,
  ) {}

  /** Call before queueing an operation of about `bytes`. */
  async spend(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.max) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.queued = 0;
    // Screen updating resumes at every sync; the next request is suspended again.
    this.context.application.suspendScreenUpdatingUntilNextSync();
  }
}
const BORDER_COLOR = "#8EA9DB";
/** The chart's name, as in the package writer's drawing: tells a reader which chart Målstyrning drew. */
const CHART_NAME = "Målstyrning statusdiagram";

export function rangeAddress(range: CellRange): string {
  const first = `${columnLetters(range.left)}${range.top + 1}`;
  const last = `${columnLetters(range.right)}${range.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
}

/** "A1:B2,D4,…" lists of at most MAX_ADDRESS_LENGTH characters. */
export function areaAddresses(areas: readonly CellRange[]): string[] {
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    const address = rangeAddress(area);
    if (current && current.length + address.length + 1 > MAX_ADDRESS_LENGTH) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}

function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fontColor !== undefined) format.font.color = officeColor(style.fontColor);
  if (style.fill !== undefined) format.fill.color = officeColor(style.fill);
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  // "A line under (over) each cell": the outer edge plus the lines between the rows of a taller area.
  const edges: Excel.BorderIndex[] = [];
  if (style.borderBottom) edges.push("EdgeBottom" as Excel.BorderIndex);
  if (style.borderTop) edges.push("EdgeTop" as Excel.BorderIndex);
  if (edges.length > 0) edges.push("InsideHorizontal" as Excel.BorderIndex);
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = BORDER_COLOR;
  }
}

type Cell = string | number | boolean;

/** Row slices of a block, each at most MAX_SLICE_BYTES of values and formats, with their size. */
function slices(
  values: readonly (readonly Cell[])[],
  formats: readonly (readonly string[])[],
): { from: number; to: number; bytes: number }[] {
  const out: { from: number; to: number; bytes: number }[] = [];
  let from = 0;
  let bytes = 0;
  values.forEach((row, r) => {
    const rowBytes = JSON.stringify(row).length + JSON.stringify(formats[r] ?? []).length + 2;
    if (r > from && bytes + rowBytes > MAX_SLICE_BYTES) {
      out.push({ from, to: r, bytes });
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (values.length > from) out.push({ from, to: values.length, bytes });
  return out;
}

async function writeContent(sheet: Excel.Worksheet, content: SheetContent, budget: RequestBudget): Promise<void> {
  for (const block of content.blocks) {
    const rows = block.values.length;
    const columns = block.values[0]?.length ?? 0;
    if (rows === 0 || columns === 0) continue;
    const values = block.values.map((row) => row.map((v) => v ?? ""));
    const formats = block.numberFormats.map((row) => [...row]);
    for (const slice of slices(values, formats)) {
      await budget.spend(slice.bytes + 2 * CALL_BYTES);
      const range = sheet.getRangeByIndexes(block.top + slice.from, block.left, slice.to - slice.from, columns);
      // Formats before values: with "@" in place, "=…", "+46…" or "-5" from a comment stay text.
      range.numberFormat = formats.slice(slice.from, slice.to);
      range.values = values.slice(slice.from, slice.to);
    }
  }
  for (const styled of content.styles) await applyStyles(sheet, styled, budget);
}

async function applyStyles(sheet: Excel.Worksheet, styled: StyledAreas, budget: RequestBudget): Promise<void> {
  const properties = Object.keys(styled.style).length + 2;
  for (const address of areaAddresses(styled.areas)) {
    // Counted as if every property set carried the address again: the pessimistic reading of the request format.
    await budget.spend((address.length + CALL_BYTES) * (properties + 1));
    applyStyle(sheet.getRanges(address).format, styled.style);
  }
}

/**
 * The pie as the package writer draws it: one slice per status in its colour, count and share on every slice that
 * has any, a title naming the period, the legend on the right. Pie and seriesBy are Excel.ChartType.pie and
 * Excel.ChartSeriesBy.columns/rows by value: the enums are not defined where the renderer is tested.
 */
function addChart(sheet: Excel.Worksheet, chart: ChartDescription): void {
  const { valuesRange, categoriesRange, anchor } = chart;
  const seriesBy = valuesRange.bottom > valuesRange.top ? "Columns" : "Rows";
  const added = sheet.charts.add("Pie", rangeOf(sheet, valuesRange), seriesBy);
  added.name = CHART_NAME;
  const series = added.series.getItemAt(0);
  series.setXAxisValues(rangeOf(sheet, categoriesRange));
  series.name = chart.title;
  series.hasDataLabels = true;
  series.dataLabels.set({
    showValue: true,
    showPercentage: true,
    showCategoryName: false,
    showSeriesName: false,
    showLegendKey: false,
    separator: "\n",
    position: "BestFit",
  });
  added.title.text = chart.title;
  added.legend.visible = true;
  added.legend.position = "Right";
  chart.colors.forEach((color, i) => {
    const point = series.points.getItemAt(i);
    point.format.fill.setSolidColor(officeColor(color));
    // No "0 / 0 %" on an empty slice, as in the package writer's chart.
    if ((chart.values[i] ?? 0) === 0) point.hasDataLabel = false;
  });
  added.setPosition(
    rangeAddress({ ...anchor, bottom: anchor.top, right: anchor.left }),
    rangeAddress({ ...anchor, top: anchor.bottom, left: anchor.right }),
  );
}

export async function renderSheet(
  sheet: Excel.Worksheet,
  description: SheetDescription,
  budget: RequestBudget,
): Promise<void> {
  await writeContent(sheet, description.content, budget);
  await budget.spend(CALL_BYTES * (description.merges.length + description.columnWidths.length + 16));
  for (const merge of description.merges) rangeOf(sheet, merge).merge(false);
  description.columnWidths.forEach((characters, c) => {
    const letters = columnLetters(c);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = charactersToPoints(characters);
  });
  await budget.spend(CALL_BYTES * description.rowHeights.length);
  for (const { row, height } of description.rowHeights)
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
  if (description.table) {
    const table = sheet.tables.add(rangeAddress(description.table.range), true);
    table.name = description.table.name;
    table.style = description.table.style;
  }
  if (description.chart) {
    await budget.spend(CALL_BYTES * (12 + description.chart.colors.length * 2));
    addChart(sheet, description.chart);
  }
  await budget.spend(CALL_BYTES * description.links.length);
  for (const link of description.links) {
    // The cell's text is already written (as text); the link only adds where it leads.
    sheet.getCell(link.row, link.col).hyperlink = { documentReference: sheetLinkLocation(link.sheet) };
  }
  if (description.freezeRows > 0) sheet.freezePanes.freezeRows(description.freezeRows);
  const { print } = description;
  sheet.pageLayout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = "A4";
  // Only the width: Office.js documents no value for "as many pages tall as needed", and a rejected value would stop
  // the batch half-way.
  sheet.pageLayout.zoom =
    print.fitToPagesTall === 1
      ? { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 1 }
      : { horizontalFitToPages: print.fitToPagesWide };
  if (print.titleRows) sheet.pageLayout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  sheet.tabColor = officeColor(description.tabColor);
}

interface Existing {
  readonly sheet: Excel.Worksheet;
  readonly charts: Excel.ChartCollection;
  readonly tables: Excel.TableCollection;
}

/** Empties a sheet we generated earlier: charts, tables, merges, values, formats, sizes and frozen panes. */
function clearSheet(existing: Existing): void {
  for (const chart of existing.charts.items) chart.delete();
  for (const table of existing.tables.items) table.delete();
  existing.sheet.freezePanes.unfreeze();
  const all = existing.sheet.getRange();
  all.unmerge();
  all.clear("All");
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
}

export async function writeSummarySheets(context: Excel.RequestContext, change: SummarySheetsChange): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const lookUp = (name: string): Existing => {
    const sheet = worksheets.getItem(name);
    const charts = worksheets.getItem(name).charts;
    const tables = worksheets.getItem(name).tables;
    charts.load("items/name");
    tables.load("items/name");
    return { sheet, charts, tables };
  };
  const replaced = change.sheets.map((p) => (p.replaces === null ? null : lookUp(p.replaces)));
  const registryExisting = change.registry.replaces === null ? null : lookUp(change.registry.replaces);
  await context.sync();

  const generatedNames = new Set(
    [...change.remove, ...change.sheets.map((p) => p.replaces), change.registry.replaces].filter(
      (n): n is string => n !== null,
    ),
  );
  const userSheets = worksheets.items.filter((ws) => !generatedNames.has(ws.name)).length;

  context.application.suspendScreenUpdatingUntilNextSync();
  const budget = new RequestBudget(context);
  await budget.spend(CALL_BYTES * (change.remove.length + change.sheets.length * 12 + 12));
  for (const name of change.remove) worksheets.getItem(name).delete();

  const targets = change.sheets.map((planned: PlannedSheet, i) => {
    const existing = replaced[i];
    if (!existing) return worksheets.add(planned.sheet.name);
    clearSheet(existing);
    // The earlier run's spelling may differ in case; the change's name wins.
    if (planned.replaces !== planned.sheet.name) existing.sheet.name = planned.sheet.name;
    existing.sheet.visibility = "Visible";
    return existing.sheet;
  });
  for (const [i, sheet] of targets.entries()) {
    const planned = change.sheets[i];
    // Sheet after sheet, each through the budget: a request is sent whenever the next write would pass 4 MB.
    if (planned) await renderSheet(sheet, planned.sheet, budget);
    sheet.position = userSheets + i;
  }

  let registry: Excel.Worksheet;
  if (registryExisting) {
    clearSheet(registryExisting);
    registry = registryExisting.sheet;
    if (change.registry.replaces !== change.registry.name) registry.name = change.registry.name;
  } else {
    registry = worksheets.add(change.registry.name);
  }
  const width = Math.max(1, ...change.registry.values.map((r) => r.length));
  const registryValues = change.registry.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  if (registryValues.length > 0) {
    await budget.spend(2 * JSON.stringify(registryValues).length + 2 * CALL_BYTES);
    const range = registry.getRangeByIndexes(0, 0, registryValues.length, width);
    range.numberFormat = registryValues.map((row) => row.map(() => TEXT_FORMAT));
    range.values = registryValues;
  }
  registry.position = userSheets + targets.length;
  registry.visibility = "VeryHidden";

  // The user asked for the summaries: show the first one (Översikt).
  targets[0]?.activate();
  await context.sync();
}
