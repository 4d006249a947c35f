/**
 * `npm run bench`: engine time without I/O, the CLI's recalc (load, evaluate, write statuses, save,
 * summary, in-process through runCli exactly as the command runs), and ExcelJS's bare load + save of the same
 * file as the I/O floor. Targets: engine 100k ≤ 11 × 10k (linear); CLI ≤ 1.2 × bare I/O, for the Status column
 * alone (`--no-summaries`) and for the default recalc, whose summary sheets repeat every indicator twice (its
 * perspective's table and its plan's): output the bare floor does not have.
 */
import { mkdtempSync, promises as fs, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../src/adapters/xlsx/exceljs/read-grid";
import { runCli } from "../src/cli/run-cli";
import { evaluateWorkbook } from "../src/domain/evaluate";
import { generatePlanWorkbook } from "./generate-workbook";
import { timeStages, type Stage } from "./stages";

interface Size {
  readonly indicators: number;
  /** Median of this many runs (the lower median: with two runs, the faster, as the slower one usually met a busy machine). */
  readonly runs: number;
}

const SIZES: readonly Size[] = [
  { indicators: 1_000, runs: 5 },
  { indicators: 10_000, runs: 3 },
  { indicators: 100_000, runs: 2 },
];

interface Result {
  readonly indicators: number;
  readonly rows: number;
  readonly engineMs: number;
  readonly cliMs: number;
  readonly fullMs: number;
  readonly bareMs: number;
}

async function main(): Promise<void> {
  const only = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const sizes = only.length > 0 ? SIZES.filter((s) => only.includes(s.indicators)) : SIZES;
  const dir = mkdtempSync(path.join(os.tmpdir(), "malstyrning-bench-"));
  const results: Result[] = [];
  let breakdown: { indicators: number; stages: Stage[] } | null = null;
  try {
    for (const size of sizes) {
      const input = path.join(dir, `plan-${size.indicators}.xlsx`);
      const generated = generatePlanWorkbook(size.indicators);
      await generated.xlsx.writeFile(input);
      const rows = generated.worksheets[0]?.rowCount ?? 0;
      process.stderr.write(`${size.indicators} mätetal: ${rows} rader, ${await sizeMb(input)} MB …\n`);

      const grid = await loadGrid(input);
      // One untimed run first: the first evaluation of a grid this size mostly measures the JIT compiler.
      evaluateWorkbook(grid, { period: null });
      const engineMs = median(5, () => time(() => evaluateWorkbook(grid, { period: null })));
      // CLI and bare runs alternate, and swap who goes first, so warm-up and a busy machine hit both alike.
      const cli: number[] = [];
      const full: number[] = [];
      const bare: number[] = [];
      for (let run = 0; run < size.runs; run++) {
        const pair = [
          async () => cli.push(await timeAsync(() => runCliQuietly(input, dir, ["--no-summaries"]))),
          async () => bare.push(await timeAsync(() => bareLoadSave(input, dir))),
          async () => full.push(await timeAsync(() => runCliQuietly(input, dir, []))),
        ];
        if (run % 2 === 1) pair.reverse();
        for (const step of pair) await step();
      }
      results.push({
        indicators: size.indicators,
        rows,
        engineMs,
        cliMs: middle(cli),
        fullMs: middle(full),
        bareMs: middle(bare),
      });
      if (size === sizes[sizes.length - 1]) {
        breakdown = { indicators: size.indicators, stages: await timeStages(input, path.join(dir, "stages-out.xlsx")) };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(table(results));
  if (breakdown) process.stdout.write(stageTable(breakdown.indicators, breakdown.stages));
}

function stageTable(indicators: number, stages: readonly Stage[]): string {
  const total = stages.reduce((sum, s) => sum + s.ms, 0);
  const lines = [`\nrecalc steg för steg, ${indicators} mätetal (en körning):`];
  for (const s of stages) {
    lines.push(
      `  ${s.name.padEnd(28)}${s.ms.toFixed(0).padStart(8)} ms${((100 * s.ms) / total).toFixed(0).padStart(5)} %`,
    );
  }
  lines.push(`  ${"summa".padEnd(28)}${total.toFixed(0).padStart(8)} ms`);
  return `${lines.join("\n")}\n`;
}

async function loadGrid(file: string): Promise<ReturnType<typeof readWorkbookGrid>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return readWorkbookGrid(workbook);
}

async function runCliQuietly(input: string, dir: string, flags: readonly string[]): Promise<void> {
  const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {} };
  const code = await runCli(["recalc", input, "-o", path.join(dir, "cli-out.xlsx"), ...flags], io);
  if (code === 2) throw new Error(`recalc failed on ${input}`);
}

async function bareLoadSave(input: string, dir: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(input)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  await fs.writeFile(path.join(dir, "bare-out.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function table(results: readonly Result[]): string {
  const lines = [
    "mätetal     rader   motor (ms)   ExcelJS läs+spara (ms)   recalc --no-summaries (ms)   kvot   recalc med sammanställningar (ms)   kvot",
    ...results.map((r) =>
      [
        String(r.indicators).padStart(7),
        String(r.rows).padStart(9),
        r.engineMs.toFixed(0).padStart(12),
        r.bareMs.toFixed(0).padStart(25),
        r.cliMs.toFixed(0).padStart(29),
        (r.cliMs / r.bareMs).toFixed(2).padStart(7),
        r.fullMs.toFixed(0).padStart(36),
        (r.fullMs / r.bareMs).toFixed(2).padStart(7),
      ].join(""),
    ),
  ];
  const k10 = results.find((r) => r.indicators === 10_000);
  const k100 = results.find((r) => r.indicators === 100_000);
  if (k10 && k100) {
    lines.push("", `motor 100k/10k: ${(k100.engineMs / k10.engineMs).toFixed(1)} (mål ≤ 11, linjärt)`);
  }
  const worst = Math.max(...results.map((r) => r.cliMs / r.bareMs));
  const worstFull = Math.max(...results.map((r) => r.fullMs / r.bareMs));
  lines.push(`recalc --no-summaries / ExcelJS högst: ${worst.toFixed(2)} (mål ≤ 1,2)`);
  lines.push(`recalc med sammanställningar / ExcelJS högst: ${worstFull.toFixed(2)} (mål ≤ 1,2)`);
  return `${lines.join("\n")}\n`;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(runs: number, fn: () => number): number {
  return middle(Array.from({ length: runs }, fn));
}

function middle(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

async function sizeMb(file: string): Promise<string> {
  return ((await fs.stat(file)).size / 1e6).toFixed(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
