/**
 * Bilaga: what left rows without a status, grouped by cause so that hundreds of empty Utfall cells make one line, not
 * hundreds.
 */
import { formatA1, rowNumber } from "../address/a1";
import type { CellPosition } from "../address/cell-address";
import type { EvaluatedRow } from "../evaluation";
import { renderExplanation } from "../i18n/explanations";
import type { Problem, ProblemCode } from "../problems";
import { cell, column, heading, paragraph, row, table } from "./cells";
import type { ReportBlock } from "./types";

/** Places listed per cause before "och N till". */
export const PLACES_SHOWN = 8;

/** Short causes for the table; any other code is told by its first message. */
const CAUSE: Partial<Record<ProblemCode, string>> = {
  UNPARSEABLE_ACTUAL: "Utfallet kan inte tolkas",
  UNPARSEABLE_TARGET: "Målvärdet kan inte tolkas",
  MISSING_TARGET: "Målvärde saknas",
  CELL_ERROR: "Cellen innehåller ett felvärde (till exempel #SAKNAS! eller #N/A)",
  BASELINE_MISSING: "Jämförelsevärdet som målvärdet hänvisar till saknas",
  INVALID_ASSESSMENT: "Bedömningen kan inte tolkas",
  UNKNOWN_RULE: "Regeln finns inte på bladet Regler",
  UNKNOWN_LEVEL: "Raden har en nivå som inte känns igen och räknas inte med",
  ORPHAN_INDICATOR: "Mätetalet står före första målet och räknas inte med",
  MISSING_COLUMN: "En kolumn som behövs saknas på bladet",
};

interface Place {
  readonly sheet: string;
  /** "G10", or "rad 14" where the problem has no cell of its own (an empty Utfall). */
  readonly label: string;
}

interface Group {
  readonly cause: string;
  readonly places: Place[];
}

/** "Plan 2021: G10, G36; Mål: rad 4", the first PLACES_SHOWN places, then "och N till". */
export function formatPlaces(places: readonly Place[]): string {
  const shown = places.slice(0, PLACES_SHOWN);
  const bySheet = new Map<string, string[]>();
  for (const p of shown) {
    const labels = bySheet.get(p.sheet);
    if (labels) labels.push(p.label);
    else bySheet.set(p.sheet, [p.label]);
  }
  const text = [...bySheet.entries()].map(([sheet, labels]) => `${sheet}: ${labels.join(", ")}`).join("; ");
  const more = places.length - shown.length;
  return more > 0 ? `${text} och ${more} till` : text;
}

const rowKey = (sheet: string | null, row: number | null): string => `${sheet ?? ""}\u0000${row ?? ""}`;

export function appendixSection(rows: readonly EvaluatedRow[], problems: readonly Problem[]): ReportBlock[] {
  const errorsByRow = new Map<string, Problem[]>();
  for (const p of problems) {
    if (p.severity !== "error") continue;
    const key = rowKey(p.sheet, p.cell?.row ?? null);
    const list = errorsByRow.get(key);
    if (list) list.push(p);
    else errorsByRow.set(key, [p]);
  }

  const groups = new Map<string, Group>();
  const withoutStatus = new Set<string>();
  const add = (key: string, cause: string, place: Place, row: string): void => {
    withoutStatus.add(row);
    const group = groups.get(key) ?? { cause, places: [] };
    groups.set(key, group);
    if (!group.places.some((p) => p.sheet === place.sheet && p.label === place.label)) group.places.push(place);
  };
  const placeOf = (sheet: string | null, cell: CellPosition | null, row: number | null): Place => ({
    sheet: sheet ?? "",
    label: cell !== null ? formatA1(cell) : row !== null ? `rad ${rowNumber(row)}` : "",
  });

  const evaluated = new Set<string>();
  for (const r of rows) {
    if (r.level === "plan") continue;
    const key = rowKey(r.sheet, r.row);
    evaluated.add(key);
    if (r.status !== "missing") continue;
    const errors = errorsByRow.get(key) ?? [];
    if (errors.length === 0) {
      const because = renderExplanation(r.explanation, "sv");
      add(`explanation:${because}`, because, placeOf(r.sheet, null, r.row), key);
      continue;
    }
    for (const p of errors) add(`code:${p.code}`, CAUSE[p.code] ?? p.message, placeOf(p.sheet, p.cell, r.row), key);
  }
  // Errors on rows that never became goals or indicators (an unknown level, an indicator before any goal).
  for (const p of problems) {
    if (p.severity !== "error" || p.cell === null) continue;
    const row = p.cell.row;
    if (evaluated.has(rowKey(p.sheet, row))) continue;
    if (!CAUSE[p.code] || p.code === "MISSING_COLUMN") continue;
    add(`code:${p.code}`, CAUSE[p.code] ?? p.message, placeOf(p.sheet, p.cell, row), rowKey(p.sheet, row));
  }

  const blocks: ReportBlock[] = [heading(2, "Bilaga: rader utan bedömning")];
  if (groups.size === 0) return [...blocks, paragraph("Alla mål och mätetal har en bedömning.")];
  const sorted = [...groups.values()].sort((a, b) => b.places.length - a.places.length);
  const total = withoutStatus.size;
  return [
    ...blocks,
    paragraph(
      `${total === 1 ? "En rad" : `${total} rader`} i arbetsboken fick ingen bedömning. Orsakerna, med var i arbetsboken de finns:`,
    ),
    table(
      "Orsaker till att rader saknar bedömning, med antal och plats",
      [column("Orsak", 6), column("Antal", 1.2, "right"), column("Var", 5)],
      sorted.map((g) => row([cell(g.cause), cell(String(g.places.length)), cell(formatPlaces(g.places))])),
    ),
  ];
}
