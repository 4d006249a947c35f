/**
 * The CLI's recalc path taken apart, stage by stage, with the same functions runCli uses: the grid is read from the
 * sheet XML, the engine evaluates, and the output is the original package with the Status cells and the summary
 * sheets edited in.
 */
import { promises as fs } from "node:fs";
import { performance } from "node:perf_hooks";
import { openXlsxPackage } from "../src/adapters/xlsx/file-format";
import { writeFileAtomically } from "../src/adapters/xlsx/file-io";
import { PackageEdit } from "../src/adapters/xlsx/package/package-edit";
import { patchStatusColumns } from "../src/adapters/xlsx/package/status-patch";
import { writeSummarySheetsToPackage } from "../src/adapters/xlsx/package/summary-package";
import { readGridFromPackage } from "../src/adapters/xlsx/package/read-grid";
import { formatSummary } from "../src/cli/output/summary-text";
import { evaluateWorkbook } from "../src/domain/evaluate";
import { describeSummarySheets } from "../src/domain/summary/describe-summary-sheets";

export interface Stage {
  readonly name: string;
  readonly ms: number;
}

export async function timeStages(input: string, output: string): Promise<Stage[]> {
  const stages: Stage[] = [];
  const stage = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await fn();
    stages.push({ name, ms: performance.now() - start });
    return result;
  };
  const bytes = await stage("läsa filen", () => fs.readFile(input));
  const zip = await stage("öppna paketet (zip)", () => openXlsxPackage(bytes, input));
  const grid = await stage("rutnät ur bladens XML", async () => {
    const read = await readGridFromPackage(zip);
    if (!read) throw new Error(`${input}: the XML reader declined`);
    return read;
  });
  const evaluation = await stage("motor", () => evaluateWorkbook(grid, { period: null }));
  const edit = new PackageEdit(bytes, zip);
  await stage("statusceller in i bladets XML", () => patchStatusColumns(edit, evaluation.statusWrites));
  const summaries = await stage("beskriva sammanställningar", () =>
    describeSummarySheets(evaluation, grid, { runDate: "2026-01-01" }),
  );
  await stage("sammanställningar som XML", () => writeSummarySheetsToPackage(edit, summaries));
  const packed = await stage("packa zip", () => edit.toBuffer());
  await stage("spara (atomiskt)", () => writeFileAtomically(output, packed));
  await stage("sammanfattning", () => formatSummary(evaluation, { file: input, action: "recalc" }));
  return stages;
}
