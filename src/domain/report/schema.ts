/**
 * SPEC §7's JSON report as a zod schema: strict objects, so a field added by mistake fails the tests and the
 * CLI's `--json` output stays the documented contract. The Report type is derived from it.
 */
import { z } from "zod";
import { PROBLEM_CODES } from "../problem-codes";
import { STATUSES } from "../status/statuses";
import { layoutSchema } from "./layouts";

const counts = z.strictObject({
  green: z.number().int().nonnegative(),
  yellow: z.number().int().nonnegative(),
  red: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
});

const status = z.enum(STATUSES);
const text = z.string();

/** A read value. Percents are fractions; a range carries `percent` so its bounds can be read the same way. */
const reportValue = z.union([
  z.strictObject({ kind: z.literal("number"), value: z.number(), unit: z.string().nullable(), text }),
  z.strictObject({ kind: z.literal("percent"), value: z.number(), unit: z.null(), text }),
  /**
   * Three states kept apart: yes is true, no is false, ongoing ("Pågår", "Delvis") is null with state "ongoing",
   * so that a consumer reading only `value` never takes an ongoing task for a no.
   */
  z.strictObject({
    kind: z.literal("boolean"),
    value: z.boolean().nullable(),
    state: z.enum(["yes", "ongoing", "no"]),
    unit: z.null(),
    text,
  }),
  z.strictObject({ kind: z.literal("baseline"), value: z.null(), unit: z.null(), text, ref: z.string() }),
  z.strictObject({
    kind: z.literal("range"),
    value: z.number(),
    high: z.number(),
    percent: z.boolean(),
    unit: z.string().nullable(),
    text,
  }),
  z.strictObject({ kind: z.literal("unparseable"), value: z.null(), text }),
  /** "Ej mätt", "n/a": deliberately no value yet; the status is missing with a NOT_MEASURED info. */
  z.strictObject({ kind: z.literal("not-measured"), value: z.null(), text }),
]);

/** One problem as the JSON report shows it (SPEC §7). */
export const problemSchema = z.strictObject({
  severity: z.enum(["error", "warning", "info"]),
  code: z.enum(PROBLEM_CODES),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  message: z.string(),
});

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(1),
  period: z.string().nullable(),
  problems: z.array(problemSchema),
  rows: z.array(
    z.strictObject({
      sheet: z.string(),
      row: z.number().int().positive(),
      level: z.enum(["plan", "goal", "indicator"]),
      name: z.string(),
      plan: z.string(),
      perspective: z.string().nullable(),
      target: reportValue.nullable(),
      actual: reportValue.nullable(),
      direction: z.enum(["higher", "lower"]).nullable(),
      directionSource: z.enum(["column", "rule", "target", "name", "default"]).nullable(),
      status,
      source: z.enum(["manual", "computed", "rollup", "none"]),
      explanation: z.string(),
    }),
  ),
  perspectives: z.array(z.strictObject({ name: z.string(), goals: counts, indicators: counts })),
  plans: z.array(
    z.strictObject({
      name: z.string(),
      dnr: z.string().nullable(),
      sheet: z.string(),
      row: z.number().int().positive().nullable(),
      status,
      source: z.enum(["manual", "rollup"]),
      goals: counts,
    }),
  ),
  /** How each plan sheet was read (SPEC §1a); added in schema version 1, so older readers may not expect it. */
  layouts: z.array(layoutSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportValue = z.infer<typeof reportValue>;
