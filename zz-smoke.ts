import { evaluateWorkbook } from "./src/domain/evaluate";
import { buildReport } from "./src/domain/report";
import type { RawCell } from "./src/domain/grid";
function run(n: number) {
  const rows: RawCell[][] = [["Nivå", "Perspektiv", "Namn", "Målvärde", "Utfall", "Bedömning", "Status"]];
  rows.push(["Plan", null, "Plan", null, null, null, null]);
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) rows.push(["Mål", `P${i % 7}`, `Mål ${i}`, null, null, null, null]);
    rows.push(["Mätetal", null, `Mätetal ${i}`, "minst 90 %", `${80 + (i % 20)} %`, i % 13 === 0 ? "Grön" : null, null]);
  }
  const t = Date.now();
  const ev = evaluateWorkbook({ sheets: [{ name: "Plan", values: rows, numberFormats: [], merges: [{top: 2, left: 1, bottom: 5, right: 1}] }] }, { period: null });
  const t2 = Date.now();
  buildReport(ev);
  console.log(n, t2 - t, "ms", Date.now() - t2, "ms report", ev.rows.length, ev.problems.length);
}
run(10000); run(50000); run(100000);
