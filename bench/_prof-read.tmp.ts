import { readValue } from "../src/domain/values/read-value";
import { formatNumberSv, formatPercentSv } from "../src/domain/values/format";
const forms = ["90 %","1 600","Högst 5 %","37,8 mkr","Ja","Lägre än 2020","Minska till 13 % eller lägre","90 % inom 30 dagar", "80–90 %"];
const cells = Array.from({length: 200000}, (_, i) => ({ value: forms[i % forms.length]!.replace(/\d+/, String(i % 97 + 1)), format: null }));
const mode = process.argv[2] ?? "text";
for (let k = 0; k < 5; k++) {
  const t = performance.now(); let s = 0;
  if (mode === "text") for (const c of cells) { if (readValue(c) !== null) s++; }
  else for (let i = 0; i < 200000; i++) { s += formatPercentSv(Math.random()).length + formatNumberSv(Math.random() * 1000).length; }
  console.log(((performance.now() - t) * 1000 / 200000).toFixed(3), "µs");
}
