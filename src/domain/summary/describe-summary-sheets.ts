/**
 * From the evaluated workbook to the change of the generated summary sheets: which sheets, under which names, replacing
 * which generated sheets of an earlier run, and the new registry. Pure: the run date is passed in.
 */
import type { Evaluation } from "../evaluation";
import type { WorkbookGrid } from "../grid";
import { assignSheetNames, type WantedSheet } from "./assign-names";
import type { RunInfo } from "./heading-section";
import { buildOverviewSheet } from "./overview-sheet";
import { buildPerspectiveSheet } from "./perspective-sheet";
import { planKeys } from "./plan-key";
import { buildPlanSheet } from "./plan-sheet";
import { REGISTRY_SHEET_NAME, registryValues } from "./registry";
import { countTotal, rowsByPerspective, rowsByPlan } from "./scope";
import { baseSheetName, distinguishingPlanLabels, prefixedSheetName, sheetNameKey } from "./sheet-names";
import type { SheetDescription, SummarySheetsChange } from "./types";

export interface SummaryOptions {
  /** ISO date of the run ("2024-05-02"), shown on every sheet. */
  readonly runDate: string;
}

/** Tables are numbered in tab order, so the same sheets get the same table names run after run. */
const tableName = (n: number): string => `Malstyrning_${n}`;

export function describeSummarySheets(
  evaluation: Evaluation,
  grid: WorkbookGrid,
  options: SummaryOptions,
): SummarySheetsChange {
  const run: RunInfo = { period: evaluation.period, runDate: options.runDate };

  // A perspective the Regler sheet lists but no goal uses gets a row in Översikt, not a sheet of its own.
  const perspectiveRows = rowsByPerspective(
    evaluation.rows,
    evaluation.perspectives.map((p) => p.name),
  );
  const perspectives = evaluation.perspectives
    .map((perspective, i) => ({ perspective, rows: perspectiveRows[i] ?? [] }))
    .filter(
      ({ perspective, rows }) =>
        rows.length > 0 || countTotal(perspective.goals) + countTotal(perspective.indicators) > 0,
    );
  const keys = planKeys(evaluation.plans);
  const planLabels = distinguishingPlanLabels(evaluation.plans.map((p) => p.name));
  // A plan formed by a sheet without plan rows is named after that sheet, and a perspective may be too: such a name
  // takes the prefixed form rather than a numbered copy and a warning on every run.
  const planSheetKeys = new Set(evaluation.plans.map((p) => sheetNameKey(p.sheet)));
  const base = (kind: "perspective" | "plan", label: string): string => {
    const plain = baseSheetName(kind, label);
    return planSheetKeys.has(sheetNameKey(plain)) ? prefixedSheetName(kind, label) : plain;
  };

  const wanted: WantedSheet[] = [
    { kind: "overview", key: "", base: baseSheetName("overview", "") },
    ...perspectives.map(({ perspective }) => ({
      kind: "perspective" as const,
      key: perspective.name,
      base: base("perspective", perspective.name),
    })),
    ...evaluation.plans.map((plan, i) => ({
      kind: "plan" as const,
      key: keys[i] ?? plan.name,
      base: base("plan", planLabels[i] ?? plan.name),
    })),
  ];
  const assignment = assignSheetNames(wanted, grid);
  const nameAt = (i: number): string => assignment.sheets[i]?.name ?? wanted[i]?.base ?? "";
  const firstPlan = 1 + perspectives.length;
  const planRows = rowsByPlan(evaluation);

  const sheets: SheetDescription[] = [
    buildOverviewSheet({
      name: nameAt(0),
      evaluation,
      run,
      perspectiveSheets: new Map(perspectives.map(({ perspective }, i) => [perspective.name, nameAt(1 + i)])),
      planSheets: evaluation.plans.map((_, i) => nameAt(firstPlan + i)),
    }),
    ...perspectives.map(({ perspective, rows }, i) =>
      buildPerspectiveSheet({ name: nameAt(1 + i), perspective, rows, run, tableName: tableName(1 + i) }),
    ),
    ...evaluation.plans.map((plan, i) =>
      buildPlanSheet({
        name: nameAt(firstPlan + i),
        key: keys[i] ?? plan.name,
        plan,
        rows: planRows[i] ?? [],
        run,
        legend: evaluation.rules.legend,
        tableName: tableName(firstPlan + i),
      }),
    ),
  ];

  return {
    remove: assignment.remove,
    sheets: sheets.map((sheet, i) => ({ sheet, replaces: assignment.sheets[i]?.replaces ?? null })),
    registry: {
      name: REGISTRY_SHEET_NAME,
      values: registryValues(sheets.map((s) => ({ name: s.name, kind: s.kind, key: s.key }))),
      replaces: assignment.registryReplaces,
    },
    problems: assignment.problems,
  };
}
