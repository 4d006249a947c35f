/**
 * Reading an .xlsx file (its package, and the grid straight from the XML, or through ExcelJS when the XML reader
 * declines) and writing one back atomically (temp file in the same folder, then rename).
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { FILTER_DATABASE_NAME } from "./exceljs/defined-names";
import type { WorkbookGrid } from "../../domain/grid";
import { openXlsxPackage } from "./file-format";
import { readGridFromPackage } from "./package/read-grid";
import { readWorkbookGrid } from "./exceljs/read-grid";
import { findUnsupportedParts, type UnsupportedPart } from "./exceljs/unsupported-parts";
import { WorkbookFileError } from "./workbook-file-error";
import type { ZipPackage } from "./zip/reader";

export interface LoadedWorkbook {
  readonly file: string;
  /** Every sheet's values, number formats and merges: what the engine evaluates. */
  readonly grid: WorkbookGrid;
  /** The file as read, and its package: a recalc that can edit the package in place writes from these. */
  readonly bytes: Buffer;
  readonly zip: ZipPackage;
  /** A macro-enabled workbook (.xlsm): its package may only be saved under that extension, or Excel will not open it. */
  readonly macroEnabled: boolean;
}

export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const bytes = await readInput(file);
  const zip = await openXlsxPackage(bytes, file);
  const grid = (await readGridFromPackage(zip)) ?? readWorkbookGrid(await loadExcelJs(bytes, file));
  const macroEnabled = ((await zip.text("[Content_Types].xml")) ?? "").includes("macroEnabled.main+xml");
  return { file, grid, bytes, zip, macroEnabled };
}

/**
 * What ExcelJS would drop if this workbook were saved through it; empty for an ordinary plan workbook. Asked only when
 * a write has to go through ExcelJS: the package writer copies every part it does not edit, and the scan reads every
 * worksheet's XML again (seconds on a large workbook).
 */
export async function findLossyParts(loaded: LoadedWorkbook): Promise<UnsupportedPart[]> {
  try {
    return await findUnsupportedParts(loaded.zip);
  } catch (error) {
    throw new WorkbookFileError("corrupt", `${loaded.file} är skadad och kan inte läsas (${errorText(error)}).`);
  }
}

export async function loadExcelJs(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as its own ArrayBuffer-like Buffer; a Node Buffer is what it actually reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new WorkbookFileError("corrupt", `${file} kan inte läsas som Excel-arbetsbok (${errorText(error)}).`);
  }
  return workbook;
}

export async function saveWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  dropFilterDatabaseNames(workbook);
  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  await writeFileAtomically(file, data);
}

/**
 * Writes to a temporary file beside the target and renames it into place, so the target is either the old file or
 * the complete new one. The temporary file is removed on any failure.
 */
export async function writeFileAtomically(file: string, data: Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new WorkbookFileError("write-failed", writeFailureMessage(file, error));
  }
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    switch (errorCode(error)) {
      case "ENOENT":
        throw new WorkbookFileError("not-found", `Filen ${file} finns inte.`);
      case "EISDIR":
        throw new WorkbookFileError("not-a-file", `${file} är en mapp, inte en fil.`);
      case "EACCES":
      case "EPERM":
        throw new WorkbookFileError("no-access", `Saknar behörighet att läsa ${file}.`);
      case "EBUSY":
        throw new WorkbookFileError("no-access", `${file} är låst av ett annat program.`);
      default:
        throw new WorkbookFileError("no-access", `${file} kan inte läsas (${errorText(error)}).`);
    }
  }
}

function writeFailureMessage(file: string, error: unknown): string {
  switch (errorCode(error)) {
    case "EACCES":
      return `Saknar behörighet att skriva ${file}. Inget skrevs.`;
    case "EPERM":
    case "EBUSY":
      return `${file} kan inte skrivas; är filen öppen i Excel? Inget skrevs.`;
    case "EISDIR":
      return `${file} är en mapp. Inget skrevs.`;
    case "ENOSPC":
      return `Disken är full; ${file} kunde inte skrivas. Inget skrevs.`;
    default:
      return `${file} kunde inte skrivas (${errorText(error)}). Inget skrevs.`;
  }
}

/**
 * ExcelJS turns Excel's hidden, sheet-local filter-range names into visible workbook-wide ones. Excel rebuilds them
 * from each sheet's autoFilter on open, so leaving them out is the faithful choice.
 */
function dropFilterDatabaseNames(workbook: ExcelJS.Workbook): void {
  const names = workbook.definedNames as unknown as { model: { name: string }[] };
  const model = names.model;
  const kept = model.filter((n) => n.name !== FILTER_DATABASE_NAME);
  if (kept.length !== model.length) names.model = kept;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
