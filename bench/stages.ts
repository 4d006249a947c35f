/**
 * The CLI's recalc path taken apart, stage by stage, with the same functions runCli uses: where the time goes
 * beyond ExcelJS's own load and save.
 */
import { promises as fs } from "node:fs";
import { performance } from "node:perf_hooks";
import { openXlsxPackage } from "../src/adapters/xlsx/file-format";
import { saveWorkbookFile } from "../src/adapters/xlsx/file-io";
import { readWorkbookGrid } from "../src/adapters/xlsx/read-grid";
import { applySummaryPlan } from "../src/adapters/xlsx/summary/apply-summary-plan";
import { findUnsupportedParts } from "../src/adapters/xlsx/unsupported-parts";
import { writeStatusCells } from "../src/adapters/xlsx/write-statuses";
import { formatSummary } from "../src/cli/output/summary-text";
import { evaluateWorkbook } from "../src/domain/evaluate";
import { planSummaries } from "../src/domain/summary/plan-summaries";
import ExcelJS from "exceljs";

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
  await stage("granska delar (zip)", async () => findUnsupportedParts(await openXlsxPackage(bytes, input)));
  const workbook = new ExcelJS.Workbook();
  await stage("ExcelJS läser", () => workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]));
  const grid = await stage("rutnät ur ExcelJS", () => readWorkbookGrid(workbook));
  const evaluation = await stage("motor", () => evaluateWorkbook(grid, { period: null }));
  await stage("skriva statusceller", () => writeStatusCells(workbook, evaluation.statusWrites));
  const summaries = await stage("planera sammanställningar", () =>
    planSummaries(evaluation, grid, { runDate: "2026-01-01" }),
  );
  await stage("skriva sammanställningar", () => applySummaryPlan(workbook, summaries));
  await stage("ExcelJS sparar (atomiskt)", () => saveWorkbookFile(workbook, output));
  await stage("sammanfattning", () => formatSummary(evaluation, { file: input, action: "recalc" }));
  return stages;
}
