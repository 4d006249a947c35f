/**
 * The `_Målstyrning` registry: a very hidden sheet listing the sheets this add-in generated (Blad | Typ | Nyckel), as
 * plain cells so both adapters read it like any sheet and it survives save and reload. Only sheets listed here are
 * ever replaced or removed.
 */
import { isCellError, type RawCell, type SheetGrid, type WorkbookGrid } from "../grid";
import { sheetNameKey } from "./sheet-names";
import type { RegistryEntry } from "./types";

export const REGISTRY_SHEET_NAME = "_Målstyrning";
export const REGISTRY_HEADER: readonly string[] = ["Blad", "Typ", "Nyckel"];

/** A registry row as read; `kind` is kept as written so a later version's kinds are still recognised as generated. */
export interface RegisteredSheet {
  readonly name: string;
  readonly kind: string;
  readonly key: string;
}

const text = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined || isCellError(cell) ? "" : String(cell).trim();

export function findRegistrySheet(grid: WorkbookGrid): SheetGrid | null {
  const key = sheetNameKey(REGISTRY_SHEET_NAME);
  return grid.sheets.find((s) => sheetNameKey(s.name) === key) ?? null;
}

/** The registry's rows, header skipped; empty without a registry. */
export function readRegistry(grid: WorkbookGrid): RegisteredSheet[] {
  const sheet = findRegistrySheet(grid);
  if (!sheet) return [];
  const entries: RegisteredSheet[] = [];
  sheet.values.forEach((row, i) => {
    const name = text(row[0]);
    if (name === "" || (i === 0 && sheetNameKey(name) === sheetNameKey(REGISTRY_HEADER[0] ?? ""))) return;
    entries.push({ name, kind: text(row[1]), key: text(row[2]) });
  });
  return entries;
}

export function registryValues(entries: readonly RegistryEntry[]): string[][] {
  return [[...REGISTRY_HEADER], ...entries.map((e) => [e.name, e.kind, e.key])];
}

/**
 * The sheets an evaluation must not read as plan sheets: the registry itself and every registered sheet present in
 * the workbook, in the workbook's spelling. Pass as `evaluateWorkbook(grid, { period, generatedSheets })`.
 */
export function generatedSheetNames(grid: WorkbookGrid): ReadonlySet<string> {
  const registry = findRegistrySheet(grid);
  if (!registry) return new Set();
  const registered = new Set(readRegistry(grid).map((e) => sheetNameKey(e.name)));
  return new Set(grid.sheets.filter((s) => s === registry || registered.has(sheetNameKey(s.name))).map((s) => s.name));
}
