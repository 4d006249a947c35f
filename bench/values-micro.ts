/**
 * Micro-benchmark of the value reader and the Swedish formatters, plus the engine on a generated grid.
 * `npx tsx bench/values-micro.ts [indicators…]` (default 10000 100000). Numbers are µs per call, the best of
 * several runs (the least disturbed by other work on the machine).
 * The cells carry unique numbers (an index is folded into most texts), so a memo of text → value cannot cheat.
 */
import { performance } from "node:perf_hooks";
import { evaluateWorkbook } from "../src/domain/evaluate";
import type { CellContent, RawCell, SheetGrid, WorkbookGrid } from "../src/domain/grid";
import { formatNumberSv, formatPercentSv } from "../src/domain/values/format";
import { readValue } from "../src/domain/values/read-value";

const CELLS = 200_000;

/** Deterministic pseudo-random in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const dec = (n: number, d = 1): string => n.toFixed(d).replace(".", ",");
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** Text cells as people type them, with the number varying per cell. */
const TEXT_FORMS: readonly ((i: number, r: number) => string)[] = [
  (i) => `${(i % 100) + 1} %`,
  (i) => grouped(1000 + (i % 90_000)),
  (_, r) => `Högst ${dec(r * 10)} %`,
  (_, r) => `${dec(30 + r * 10)} mkr`,
  () => "Ja",
  (i) => `Lägre än ${2000 + (i % 40)}`,
  (i) => `Minska till ${(i % 30) + 1} % eller lägre`,
  (i) => `${(i % 100) + 1} % inom ${(i % 60) + 1} dagar`,
  (_, r) => `minst ${dec(60 + r * 25)}%`,
  (_, r) => `Max ${dec(4 + r, 2)} dagar`,
  (i) => `Under ${150 + (i % 1000)}`,
  (i) => `${(i % 50) + 40}–${(i % 50) + 50} %`,
  (_, r) => (r < 0.4 ? "Nej" : r < 0.7 ? "Pågår" : "Genomförd"),
  (_, r) => `${dec(190 + r * 30)} kWh/m2`,
  (i) => `1\u00a0${String(i % 1000).padStart(3, "0")}`,
];

function textCells(n: number): CellContent[] {
  const r = lcg(42);
  const out: CellContent[] = [];
  for (let i = 0; i < n; i++) {
    const form = TEXT_FORMS[i % TEXT_FORMS.length];
    out.push({ value: form ? form(i, r()) : "", format: null });
  }
  return out;
}

const NUMBER_FORMATS: readonly (string | null)[] = [null, "0 %", "0.0%", "General", '# ##0 "mkr"', "0.00"];

function numberCells(n: number): CellContent[] {
  const r = lcg(7);
  const out: CellContent[] = [];
  for (let i = 0; i < n; i++) {
    const format = NUMBER_FORMATS[i % NUMBER_FORMATS.length] ?? null;
    const value = format !== null && format.includes("%") ? r() : Math.round(r() * 1e6) / 100 + i;
    out.push({ value, format });
  }
  return out;
}

/** µs per call of `f` over `items`, best of `runs` (after one warm-up run). */
function perCall<T>(items: readonly T[], f: (x: T) => unknown, runs = 7): number {
  let sink = 0;
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    for (const x of items) if (f(x) !== null) sink++;
    const t = performance.now() - t0;
    if (run > 0) times.push(t);
  }
  if (sink < 0) process.stdout.write("");
  return (Math.min(...times) * 1000) / items.length;
}

/** A plan sheet with `indicators` Mätetal rows, goals and plans interleaved, text and numeric values mixed. */
function planGrid(indicators: number): WorkbookGrid {
  const values: RawCell[][] = [["Nivå", "Perspektiv", "Namn", "Dnr", "Målvärde", "Utfall"]];
  const formats: (string | null)[][] = [[null, null, null, null, null, null]];
  const texts = textCells(indicators);
  const r = lcg(99);
  for (let i = 0; i < indicators; i++) {
    if (i % 100 === 0) {
      values.push(["Plan", "", `Plan ${i / 100 + 1}`, "", "", ""]);
      formats.push([null, null, null, null, null, null]);
    }
    if (i % 10 === 0) {
      values.push(["Mål", "Patient", `Mål ${i / 10 + 1}`, "", "", ""]);
      formats.push([null, null, null, null, null, null]);
    }
    const numeric = i % 4 === 3;
    const target: RawCell = numeric ? 0.9 : (texts[i]?.value ?? null);
    const actual: RawCell = numeric ? 0.7 + r() * 0.3 : (texts[(i * 7 + 3) % indicators]?.value ?? null);
    values.push(["Mätetal", "", `Indikator ${i + 1}`, "", target, actual]);
    formats.push([null, null, null, null, numeric ? "0 %" : null, numeric ? "0 %" : null]);
  }
  const sheet: SheetGrid = { name: "Plan", values, numberFormats: formats, merges: [] };
  return { sheets: [sheet] };
}

/** Best of `runs` after one warm-up run. */
function timeMs(f: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    f();
    if (i > 0) times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

function main(): void {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const texts = textCells(CELLS);
  const numbers = numberCells(CELLS);
  const r = lcg(3);
  const floats = Array.from({ length: CELLS }, (_, i) => r() * 10 ** ((i % 8) - 2) * (i % 5 === 0 ? -1 : 1));
  const fractions = Array.from({ length: CELLS }, () => r());

  const line = (label: string, us: number): void => {
    process.stdout.write(`${label.padEnd(34)} ${us.toFixed(3).padStart(8)} µs/call\n`);
  };
  line(
    "readValue text (mix)",
    perCall(texts, (c) => readValue(c)),
  );
  for (let f = 0; f < TEXT_FORMS.length; f++) {
    const only = texts.filter((_, i) => i % TEXT_FORMS.length === f).slice(0, 20_000);
    line(
      `  ${String(only[0]?.value)}`,
      perCall(only, (c) => readValue(c)),
    );
  }
  line(
    "readValue number (mix of formats)",
    perCall(numbers, (c) => readValue(c)),
  );
  line(
    "formatNumberSv",
    perCall(floats, (n) => formatNumberSv(n)),
  );
  line(
    "formatPercentSv",
    perCall(fractions, (n) => formatPercentSv(n)),
  );

  for (const n of sizes.length > 0 ? sizes : [10_000, 100_000]) {
    const grid = planGrid(n);
    const ms = timeMs(() => evaluateWorkbook(grid, { period: null }), n >= 100_000 ? 3 : 5);
    process.stdout.write(`evaluateWorkbook ${String(n).padEnd(17)} ${ms.toFixed(0).padStart(8)} ms\n`);
  }
}

main();
