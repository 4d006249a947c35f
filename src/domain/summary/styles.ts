/** The look of the summary sheets, in one place so the three sheet kinds stay alike. */
import { STATUS_COLOR, STATUS_FILL, STATUSES, type Status } from "../status/statuses";
import type { CellStyle } from "./types";

export const TAB_COLOR = "FF1F4E79";
/** The column the pie chart mostly covers is at least this wide (Excel characters), so the pie is readable. */
export const CHART_COLUMN_WIDTH = 45;
export const TABLE_STYLE = "TableStyleLight9";

const HEADER_FILL = "FFD9E1F2";
const MUTED = "FF595959";

/** Wrapped: a long plan name stays whole beside the chart instead of running under it. */
export const TITLE: CellStyle = { bold: true, size: 16, wrap: true };
export const SUBTITLE: CellStyle = { italic: true, fontColor: MUTED };
export const SENTENCE: CellStyle = { size: 12, wrap: true, vertical: "top" };
export const SECTION_TITLE: CellStyle = { bold: true, size: 12 };
export const HEADER: CellStyle = { bold: true, fill: HEADER_FILL, borderBottom: true, vertical: "bottom" };
/** A header whose words may wrap (Översikt's many count columns). */
export const HEADER_WRAPPED: CellStyle = { ...HEADER, wrap: true, horizontal: "center" };
export const LABEL: CellStyle = { bold: true };
export const TOTAL: CellStyle = { bold: true, borderTop: true };
export const COUNT: CellStyle = { horizontal: "center" };
/** Table body text: long comments wrap instead of running off the printed page. */
export const BODY_TEXT: CellStyle = { wrap: true, vertical: "top" };
/** A cell that links to another sheet: Excel's hyperlink blue. */
export const LINK: CellStyle = { fontColor: "FF0563C1" };
/** Goal rows of the table stand out from their indicators. */
export const GOAL_ROW: CellStyle = { bold: true };

/** One object per status, so a table's thousands of Status cells share it (and its key in the composer). */
const perStatus = (style: (status: Status) => CellStyle): Readonly<Record<Status, CellStyle>> =>
  Object.fromEntries(STATUSES.map((s) => [s, style(s)])) as Record<Status, CellStyle>;

const GLYPH_STYLES = perStatus((status) => ({
  bold: true,
  fontColor: STATUS_COLOR[status],
  fill: STATUS_FILL[status],
  horizontal: "center",
}));

/** The arrow as in the plan sheets' Status column: coloured glyph on a light fill. */
export function statusGlyphStyle(status: Status): CellStyle {
  return GLYPH_STYLES[status];
}

/** A status name next to its arrow (counts, legend): the light fill only, so the text stays readable. */
export function statusLabelStyle(status: Status): CellStyle {
  return { fill: STATUS_FILL[status] };
}

/** Count column headers in Översikt: the status colour itself, white text where the colour is dark enough. */
export function statusHeaderStyle(status: Status): CellStyle {
  return {
    ...HEADER_WRAPPED,
    fill: STATUS_COLOR[status],
    fontColor: status === "yellow" ? "FF000000" : "FFFFFFFF",
  };
}

/** The cell bar standing in for the pie chart where charts cannot be drawn. */
export function statusBarStyle(status: Status): CellStyle {
  return { fontColor: STATUS_COLOR[status] };
}
