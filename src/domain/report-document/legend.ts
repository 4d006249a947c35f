/** Teckenförklaring: the arrows in the regions' own words, and the Regler sheet's texts where the workbook set its own. */
import { DEFAULT_RULES } from "../rules/defaults";
import type { Rules } from "../rules/types";
import { STATUS_GLYPH, STATUSES, type Status } from "../status/statuses";
import { cell, column, heading, row, statusWords, table } from "./cells";
import type { ReportBlock } from "./types";

/** After the seeds: "↑ Arbetet har gått bra – alla eller de flesta målen uppfyllda", "➔ delvis", "↓ inga eller väldigt få". */
export const REGION_LEGEND: Readonly<Record<Status, string>> = {
  green: "Arbetet har gått bra – alla eller de flesta målen är uppfyllda",
  yellow: "Arbetet har delvis gått bra – målen är delvis uppfyllda",
  red: "Arbetet har inte gått bra – inga eller väldigt få av målen är uppfyllda",
  missing: "Bedömning saknas – utfall eller målvärde saknas för perioden",
};

function ownLegend(rules: Rules): boolean {
  return STATUSES.some((s) => rules.legend[s].trim() !== DEFAULT_RULES.legend[s]);
}

export function legendSection(rules: Rules): ReportBlock[] {
  const own = ownLegend(rules);
  const columns = [column("Symbol", 1.4), column("Bedömning", 2.4), column("Innebörd", own ? 5 : 8)];
  if (own) columns.push(column("Enligt reglerna", 4));
  const rows = STATUSES.map((s) => {
    const cells = [cell(STATUS_GLYPH[s], { status: s }), cell(statusWords(s)), cell(REGION_LEGEND[s])];
    if (own) cells.push(cell(rules.legend[s]));
    return row(cells);
  });
  return [heading(2, "Teckenförklaring"), table("Teckenförklaring: symbolerna och vad de betyder", columns, rows)];
}
