// Prints the round trips and the largest request and response of Beräkna status on the FAKE Excel
// (test/office/fake-excel.ts) at 100, 10,000 and 100,000 indicators, first and second run.
//   npx tsx scripts/office-limits.ts
import { formatFigures, measure } from "../test/office/limits-run";

async function main(): Promise<void> {
  for (const n of [100, 10_000, 100_000]) console.log(formatFigures(await measure(n)));
}

void main();
