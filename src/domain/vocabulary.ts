/**
 * The words the whole domain shares about rows, apart from the four statuses (`status/statuses.ts`): the levels of a
 * plan sheet, which way an indicator counts as better, and where a row's direction and status came from. A leaf
 * module, so that values/ and sheet/ can use these words without depending on anything about statuses.
 */

/** plan (verksamhetsplan, handlingsplan), goal (strategiskt mål, resultatmål), indicator (mätetal, framgångsfaktor). */
export type Level = "plan" | "goal" | "indicator";

/** Whether a higher or a lower actual value is better. */
export type Direction = "higher" | "lower";
export type DirectionSource = "column" | "rule" | "target" | "name" | "default";

export type StatusSource = "manual" | "computed" | "rollup" | "none";
