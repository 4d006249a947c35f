/**
 * Runs Beräkna status (Status column and summaries) twice on a fake Excel with `indicators` indicator rows and reports
 * the round trips and the largest request and response of each run. Shared by limits.test.ts and
 * `npx tsx scripts/office-limits.ts`, which prints the figures.
 */
import { recalcWithSummaries } from "../../src/app/run";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";
import { FakeExcel, type FakeSheetSpec, type FakeValue } from "./fake-excel";

const PERSPECTIVES = ["Patient", "Medarbetare", "Ekonomi", "Verksamhet"];

/** A region's plan sheet: 10 plans of goals with 10 indicators each, a comment on every third row, percent cells. */
export function largePlanSheet(indicators: number): FakeSheetSpec {
  const rows: FakeValue[][] = [
    ["Verksamhetsplan 2021 – Hälso- och sjukvårdsnämnden"],
    [],
    ["Nivå", "Namn", "Perspektiv", "Dnr", "Målvärde", "Utfall april", "Status", "Kommentar"],
  ];
  const formats: (string | undefined)[][] = [[], [], []];
  const plans = Math.max(1, Math.min(10, Math.ceil(indicators / 10)));
  const perPlan = Math.ceil(indicators / plans);
  let written = 0;
  for (let p = 0; p < plans && written < indicators; p++) {
    rows.push(["Plan", `Handlingsplan ${p + 1} för tillgänglighet och kvalitet`, null, `HSN/${1000 + p}/2021`]);
    formats.push([]);
    for (let i = 0; i < perPlan && written < indicators; i++, written++) {
      if (i % 10 === 0) {
        rows.push(["Mål", `Mål ${p + 1}.${i / 10 + 1}: kortare väntetider`, PERSPECTIVES[(i / 10) % 4] ?? null]);
        formats.push([]);
      }
      const comment = written % 3 === 0 ? `=Uppföljning ${written}: åtgärder pågår enligt plan, se bilaga.` : null;
      rows.push([
        "Mätetal",
        `Andel besök inom 30 dagar, enhet ${written + 1}`,
        null,
        null,
        0.9,
        [0.95, 0.85, 0.5][written % 3] ?? null,
        null,
        comment,
      ]);
      formats.push([undefined, undefined, undefined, undefined, "0%", "0%"]);
    }
  }
  return { name: "Plan 2021", rows, formats };
}

export interface RunFigures {
  readonly syncs: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
}

export interface LimitsFigures {
  readonly indicators: number;
  readonly first: RunFigures;
  readonly second: RunFigures;
  readonly excel: FakeExcel;
}

async function once(excel: FakeExcel): Promise<RunFigures> {
  const before = excel.syncs.length;
  await recalcWithSummaries(new OfficeWorkbook(excel.context), { runDate: "2026-12-03" });
  const syncs = excel.syncs.slice(before);
  return {
    syncs: syncs.length,
    largestRequest: Math.max(...syncs.map((s) => s.requestBytes)),
    largestResponse: Math.max(...syncs.map((s) => s.responseBytes)),
  };
}

export async function measure(indicators: number): Promise<LimitsFigures> {
  const excel = new FakeExcel([largePlanSheet(indicators), { name: "Anteckningar", rows: [["Egen text"]] }]);
  const first = await once(excel);
  const second = await once(excel);
  return { indicators, first, second, excel };
}

export function formatFigures(f: LimitsFigures): string {
  const mb = (n: number): string => `${(n / 1_000_000).toFixed(2)} MB`;
  const run = (r: RunFigures): string =>
    `${r.syncs} syncs, largest request ${mb(r.largestRequest)}, largest response ${mb(r.largestResponse)}`;
  return `${f.indicators.toLocaleString("en-GB")} indicators: first run ${run(f.first)}; second run ${run(f.second)}`;
}
