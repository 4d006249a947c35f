import type { EvaluatedRow } from "../../../src/domain/evaluation";
import { rowsByPerspective, rowsByPlan, rowsOfPlan } from "../../../src/domain/summary/scope";
import { buildEvaluation, type PlanSpec } from "./model";

/** The obvious one-perspective filter, as the oracle for the one-pass grouping. */
function rowsOfPerspective(rows: readonly EvaluatedRow[], perspective: string): EvaluatedRow[] {
  const key = (name: string | null): string => (name ?? "Utan perspektiv").trim().toLowerCase();
  return rows.filter((r) => r.level !== "plan" && key(r.perspective) === key(perspective));
}

const plan = (name: string, perspective: string | null, hasRow = true): PlanSpec => ({
  name,
  status: "green",
  hasRow,
  goals: [
    { name: `${name} mål`, status: "green", perspective, indicators: [{ name: `${name} mätetal`, status: "red" }] },
    { name: `${name} mål 2`, status: "red", perspective: "Patient" },
  ],
});

describe("rows of every plan and perspective at once", () => {
  const evaluation = buildEvaluation([
    { sheet: "A", plans: [plan("Implicit", "Samhälle", false), plan("Ett", "patient"), plan("Ett", null)] },
    { sheet: "B", plans: [plan("Två", "Medarbetare"), plan("Tre", "Samhälle")] },
  ]);

  it("are the rows each plan's own pass finds, in the same order", () => {
    expect(rowsByPlan(evaluation)).toEqual(evaluation.plans.map((p) => rowsOfPlan(evaluation, p)));
    expect(rowsByPlan(evaluation).map((rows) => rows.length)).toEqual([3, 3, 3, 3, 3]);
  });

  it("are the rows each perspective's own pass finds, in the same order", () => {
    const names = ["Patient", "Samhälle", "Medarbetare", "Utan perspektiv", "Saknas"];
    expect(rowsByPerspective(evaluation.rows, names)).toEqual(
      names.map((name) => rowsOfPerspective(evaluation.rows, name)),
    );
  });
});
