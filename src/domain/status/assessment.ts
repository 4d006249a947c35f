/**
 * Reads a manual Bedömning cell (SPEC §3).
 *
 * A lone dash (`–`, `-`, `—`) reads as "no assessment" (null), not as a manual "missing": in Swedish sheets a
 * dash is how people leave a cell deliberately blank, and a manual "missing" would silently hide a status
 * the data can compute.
 */
import { isCellError, type RawCell } from "../grid";
import type { Status } from "../status";

const WORDS: ReadonlyMap<string, Status> = new Map<string, Status>([
  ...entries("green", ["↑", "⬆", "▲", "➚", "⇧", "grön", "grönt", "uppfylld", "uppfyllt", "green"]),
  ...entries("yellow", [
    "→",
    "➔",
    "➜",
    "⮕",
    "►",
    "➡",
    "gul",
    "gult",
    "delvis",
    "delvis uppfylld",
    "delvis uppfyllt",
    "yellow",
    "amber",
  ]),
  ...entries("red", ["↓", "⬇", "▼", "➘", "⇩", "röd", "rött", "ej uppfylld", "ej uppfyllt", "red"]),
]);

const BLANK_MARKS: ReadonlySet<string> = new Set(["–", "-", "—", "−"]);

function entries(status: Status, words: readonly string[]): [string, Status][] {
  return words.map((w) => [w, status]);
}

/** null when the cell is empty (or a lone dash); "invalid" for anything that is not a status word or arrow. */
export function parseAssessment(raw: RawCell): Status | "invalid" | null {
  if (raw === null) return null;
  if (typeof raw !== "string" || isCellError(raw)) return "invalid";
  const key = normalize(raw);
  if (key === "" || BLANK_MARKS.has(key)) return null;
  return WORDS.get(key) ?? "invalid";
}

function normalize(text: string): string {
  return (
    text
      // Emoji arrows arrive with a variation selector (⬆️); the arrow alone is what matters.
      .replace(/[\uFE0E\uFE0F]/g, "")
      .replace(/[\s\u00A0\u202F]+/g, " ")
      .trim()
      .toLocaleLowerCase("sv")
  );
}
