/** Saving and reloading with ExcelJS, and looking into the saved package, as a user's next run would see it. */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return load(await save(workbook));
}

/** The XML parts of a saved workbook whose path matches. */
export async function parts(buffer: Buffer, pattern: RegExp): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => pattern.test(n))) {
    out.set(name, (await zip.file(name)?.async("string")) ?? "");
  }
  return out;
}

/** A workbook with one user plan sheet, the way staff keep them. */
export function userWorkbook(...extraSheets: { name: string; cells: Record<string, string> }[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet("Plan 2021");
  plan.getCell("A1").value = "Nivå";
  plan.getCell("B1").value = "Namn";
  plan.getCell("A2").value = "Plan";
  plan.getCell("B2").value = "Vårdplan 2021";
  for (const { name, cells } of extraSheets) {
    const ws = workbook.addWorksheet(name);
    for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  }
  return workbook;
}

export function sheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((ws) => ws.name);
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${sheetNames(workbook).join(", ")}`);
  return ws;
}
