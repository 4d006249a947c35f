/** Reading a sheet description the way a user reads the rendered sheet: by A1 address. */
import { type CellRange, type SheetGrid, type WorkbookGrid } from "../../../src/domain/grid";
import { formatA1 } from "../../../src/domain/address/a1";
import type {
  CellStyle,
  SheetContent,
  SheetDescription,
  SummaryValue,
  SummarySheetsChange,
} from "../../../src/domain/summary/types";

export function cells(content: SheetContent): Map<string, { value: SummaryValue; format: string }> {
  const map = new Map<string, { value: SummaryValue; format: string }>();
  for (const b of content.blocks) {
    b.values.forEach((row, i) =>
      row.forEach((value, j) =>
        map.set(formatA1({ row: b.top + i, col: b.left + j }), { value, format: b.numberFormats[i]?.[j] ?? "?" }),
      ),
    );
  }
  return map;
}

export function value(sheet: SheetDescription, address: string): SummaryValue | undefined {
  return cells(sheet.content).get(address)?.value;
}

/** Row (0-based) of the first cell holding exactly `text`, with its column. */
export function find(sheet: SheetDescription, text: SummaryValue): { row: number; col: number } | null {
  for (const b of sheet.content.blocks) {
    for (let i = 0; i < b.values.length; i++) {
      const j = b.values[i]?.indexOf(text) ?? -1;
      if (j >= 0) return { row: b.top + i, col: b.left + j };
    }
  }
  return null;
}

export function rowValues(sheet: SheetDescription, row: number, from: number, to: number): SummaryValue[] {
  const all = cells(sheet.content);
  const out: SummaryValue[] = [];
  for (let c = from; c <= to; c++) out.push(all.get(formatA1({ row, col: c }))?.value ?? null);
  return out;
}

const inside = (a: CellRange, row: number, col: number): boolean =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

/** The style a renderer ends up with at one cell: every entry covering it, in order. */
export function styleAt(content: SheetContent, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const entry of content.styles) {
    if (entry.areas.some((a) => inside(a, row, col))) style = { ...style, ...entry.style };
  }
  return style;
}

export function sheetGrid(name: string, values: SheetGrid["values"] = [["Egen text"]]): SheetGrid {
  return { name, values, numberFormats: [], merges: [] };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** What an adapter does with a plan, on plain data: the workbook as the next run will read it. */
export function applyToGrid(grid: WorkbookGrid, plan: SummarySheetsChange): WorkbookGrid {
  const gone = new Set(
    [...plan.remove, ...plan.sheets.flatMap((s) => (s.replaces ? [s.replaces] : [])), plan.registry.replaces]
      .filter((n): n is string => n !== null)
      .map((n) => n.toLowerCase()),
  );
  const kept = grid.sheets.filter((s) => !gone.has(s.name.toLowerCase()));
  const written = plan.sheets.map(({ sheet }) => {
    const values: SummaryValue[][] = [];
    for (const [address, cell] of cells(sheet.content)) {
      const { row, col } = parseAddress(address);
      (values[row] ??= [])[col] = cell.value;
    }
    return sheetGrid(
      sheet.name,
      Array.from({ length: values.length }, (_, i) => values[i] ?? []),
    );
  });
  return workbook(...kept, ...written, sheetGrid(plan.registry.name, plan.registry.values));
}

function parseAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m?.[1] || !m[2]) throw new Error(address);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}
