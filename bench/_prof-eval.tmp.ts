import { evaluateWorkbook } from "/work/main/src/domain/evaluate";
import type { RawCell, WorkbookGrid } from "/work/main/src/domain/grid";
const forms = ["90 %","1 600","Högst 5 %","37,8 mkr","Ja","Lägre än 2020","Minska till 13 % eller lägre","90 % inom 30 dagar"];
function grid(n: number): WorkbookGrid {
  const values: RawCell[][] = [["Nivå","Perspektiv","Namn","Dnr","Målvärde","Utfall"]];
  for (let i = 0; i < n; i++) {
    if (i % 100 === 0) values.push(["Plan","",`Plan ${i/100+1}`,"","",""]);
    if (i % 10 === 0) values.push(["Mål","Patient",`Mål ${i/10+1}`,"","",""]);
    values.push(["Mätetal","",`Indikator ${i+1}`,"",forms[i%8]!, forms[(i*3+1)%8]!]);
  }
  return { sheets: [{ name: "Plan", values, numberFormats: [], merges: [] }] };
}
const g = grid(Number(process.argv[2] ?? 100000));
for (let k = 0; k < 3; k++) { const t = performance.now(); evaluateWorkbook(g, { period: null }); console.log(performance.now() - t); }
