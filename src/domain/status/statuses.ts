/** The four statuses of SPEC §3 and how they look wherever they are shown. */

export const STATUSES = ["green", "yellow", "red", "missing"] as const;
export type Status = (typeof STATUSES)[number];

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { green: 0, yellow: 0, red: 0, missing: 0 };
}

export const STATUS_GLYPH: Readonly<Record<Status, string>> = {
  green: "↑",
  yellow: "→",
  red: "↓",
  missing: "–",
};

/** ARGB hex without '#', as both ExcelJS and (with '#') Office.js accept. Chosen to stay readable on white and in print. */
export const STATUS_COLOR: Readonly<Record<Status, string>> = {
  green: "FF00B050",
  yellow: "FFFFC000",
  red: "FFFF0000",
  missing: "FF808080",
};

/** Light fills for table cells behind the arrows. */
export const STATUS_FILL: Readonly<Record<Status, string>> = {
  green: "FFE2F0D9",
  yellow: "FFFFF2CC",
  red: "FFFADBD8",
  missing: "FFEDEDED",
};

/** Short Swedish names used in sentences and tables. */
export const STATUS_NAME_SV: Readonly<Record<Status, string>> = {
  green: "uppfyllt",
  yellow: "delvis uppfyllt",
  red: "ej uppfyllt",
  missing: "saknar bedömning",
};

export const STATUS_NAME_EN: Readonly<Record<Status, string>> = {
  green: "met",
  yellow: "partly met",
  red: "not met",
  missing: "not assessed",
};
