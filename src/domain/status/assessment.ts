/**
 * Reads a manual Bedömning cell (SPEC §3).
 *
 * A lone dash (`–`, `-`, `—`) reads as "no assessment" (null), not as a manual "missing": in Swedish sheets a
 * dash is how people leave a cell deliberately blank, and a manual "missing" would silently hide a status
 * the data can compute.
 */
import { isCellError, type RawCell } from "../grid";
import type { Status } from "./statuses";

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

/** Words a typed assessment may start with, longest first, so "ej uppfyllt" is not read as "uppfyllt". */
const LEADING_WORDS = [...WORDS.keys()].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);

/**
 * An assessment staff typed into a result or summary cell (SPEC §1a.4): an arrow or status word alone, or an arrow
 * leading the text (`↑ Majoriteten av aktiviteterna har genomförts…`), or a status word followed by a colon, dash
 * or line break (`Delvis: arbetet pågår`). The rest of the text is its comment (null when there is none).
 * null when the cell does not start with an assessment (a number, prose).
 */
export function leadingAssessment(raw: RawCell): { status: Status; comment: string | null } | null {
  if (typeof raw !== "string") return null;
  const text = raw.replace(/[\uFE0E\uFE0F]/g, "").trim();
  if (text === "") return null;
  const whole = WORDS.get(normalize(text));
  if (whole !== undefined) return { status: whole, comment: null };
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  const glyph = WORDS.get(first);
  if (glyph !== undefined) return { status: glyph, comment: restOf(text.slice(first.length)) };
  const lower = text.toLocaleLowerCase("sv");
  for (const word of LEADING_WORDS) {
    if (!lower.startsWith(word)) continue;
    const after = text.slice(word.length);
    if (/^\s*(?:[:.,–—-]|\r?\n)/.test(after)) {
      const status = WORDS.get(word);
      if (status !== undefined) return { status, comment: restOf(after) };
    }
  }
  return null;
}

function restOf(text: string): string | null {
  const rest = text.replace(/^[\s:.,–—-]+/, "").trim();
  return rest === "" ? null : rest;
}
