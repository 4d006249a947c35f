/**
 * Names of generated sheets: at most 31 characters, legal in Excel, derived only from what the sheet summarises so
 * that the same input gives the same names (docs/SUMMARIES.md, "Naming").
 */
import type { SummaryKind } from "./types";

export const MAX_SHEET_NAME_LENGTH = 31;
export const OVERVIEW_SHEET_NAME = "Översikt";
export const PERSPECTIVE_PREFIX = "Perspektiv – ";
export const PLAN_PREFIX = "Plan – ";
/** What a plan or perspective without a usable name is called. */
export const UNNAMED = "utan namn";
/** Excel keeps this name for itself (the change history). */
export const RESERVED_SHEET_NAMES: readonly string[] = ["History"];

const ELLIPSIS = "…";

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Makes free text usable inside a sheet name: brackets become parentheses, the separators / \ : become "-",
 * ? and * and control characters go, whitespace runs become one space. An apostrophe becomes ’: Excel refuses one at
 * either end, and ExcelJS writes references to the sheet (print titles) without doubling one inside.
 */
export function cleanNameText(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\[/g, "(")
      .replace(/\]/g, ")")
      .replace(/[/\\:]/g, "-")
      .replace(/'/g, "’")
      // Control characters (a newline typed with Alt+Enter in the plan's name) and the two wildcards.
      // eslint-disable-next-line no-control-regex
      .replace(/[?*\u0000-\u001f\u007f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * Shortens to `max` UTF-16 units (Excel's count) without splitting a character, ending in "…" so a reader sees the
 * name was cut; a separator left dangling before the "…" is dropped.
 */
export function truncateName(name: string, max: number): string {
  if (name.length <= max) return name;
  let out = "";
  for (const ch of Array.from(name)) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return out.replace(/[\s\-–—.,;:(]+$/u, "") + ELLIPSIS;
}

/** The name a generated sheet would have if nothing stood in its way. */
export function baseSheetName(kind: SummaryKind, label: string): string {
  if (kind === "overview") return OVERVIEW_SHEET_NAME;
  const prefix = kind === "perspective" ? PERSPECTIVE_PREFIX : PLAN_PREFIX;
  const cleaned = cleanNameText(label);
  return truncateName(prefix + (cleaned === "" ? UNNAMED : cleaned), MAX_SHEET_NAME_LENGTH);
}

/** The n:th choice for a base name: the base itself, then "Base (2)", "Base (3)"…, the base shortened to fit. */
export function candidateName(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = ` (${n})`;
  return truncateName(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

/** Whether `name` is one of the candidates for `base` (so a name kept from an earlier run still fits its sheet). */
export function isCandidateOf(name: string, base: string): boolean {
  const key = sheetNameKey(name);
  if (key === sheetNameKey(base)) return true;
  const match = /\((\d+)\)$/.exec(name);
  if (!match?.[1]) return false;
  const n = Number(match[1]);
  return n >= 2 && key === sheetNameKey(candidateName(base, n));
}

/** Whether Excel accepts the name; every name made above is, which the tests check for arbitrary input. */
export function isLegalSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[[\]/\\:?*]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED_SHEET_NAMES.some((r) => sheetNameKey(r) === sheetNameKey(name))
  );
}
