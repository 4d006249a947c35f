/**
 * The DrawingML parts of a summary sheet's pie chart (ECMA-376 Part 1, §21.2 and §20.5): the chart part
 * (xl/charts/chartN.xml) and the drawing part that places it over cells (xl/drawings/drawingN.xml). Written in
 * the schema's element order, each slice in its status colour, data labels with count and share, a legend, and
 * series that reference the counts on the sheet with a cache, so readers that do not recalculate show the numbers.
 */
import { type CellRange } from "../../../domain/grid";
import { columnLetters } from "../../../domain/address/a1";
import type { ChartDescription } from "../../../domain/summary/types";
import { escapeXmlAttribute, escapeXmlText } from "../xml/escape";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The name the graphic frame carries: how a later run (and a reader) tells the chart Målstyrning drew. */
export const CHART_FRAME_NAME = "Målstyrning statusdiagram";

/** `'Sheet'!$A$6:$A$9`: an absolute reference to a range on the named sheet. */
export function sheetRangeFormula(sheet: string, range: CellRange): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${cell(range.top, range.left)}:${cell(range.bottom, range.right)}`;
}

/** An sRGB colour from an ARGB hex ("FF00B050" → "00B050"). */
function rgb(argb: string): string {
  return escapeXmlAttribute(argb.length === 8 ? argb.slice(2) : argb);
}

const solidFill = (argb: string): string => `<a:solidFill><a:srgbClr val="${rgb(argb)}"/></a:solidFill>`;

/** One paragraph of rich text in the chart's font (title, labels). */
function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? "1" : "0";
  return (
    "<c:rich><a:bodyPr/><a:lstStyle/>" +
    `<a:p><a:pPr><a:defRPr sz="${size * 100}" b="${b}"/></a:pPr>` +
    `<a:r><a:rPr lang="sv-SE" sz="${size * 100}" b="${b}"/><a:t>${escapeXmlText(text)}</a:t></a:r></a:p>` +
    "</c:rich>"
  );
}

/** Text properties for the labels and the legend (CT_TextBody without runs). */
function textProperties(size: number): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="0"/></a:pPr>` +
    '<a:endParaRPr lang="sv-SE"/></a:p></c:txPr>'
  );
}

function strCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXmlText(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/**
 * CT_DLbls: count and share ("7" and "17 %" on two lines) on every slice, none on an empty slice (a "0; 0 %" label
 * would point at nothing). Colour is never the only carrier: the numbers are on the slices, the names in the legend.
 */
function dataLabels(values: readonly number[]): string {
  const hidden = values
    .map((v, i) => (v === 0 ? `<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>` : ""))
    .join("");
  return (
    `<c:dLbls>${hidden}` +
    "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" +
    textProperties(10) +
    '<c:dLblPos val="bestFit"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/>' +
    '<c:separator>\n</c:separator><c:showLeaderLines val="1"/></c:dLbls>'
  );
}

/** xl/charts/chartN.xml for a pie whose data is on `sheet`. */
export function pieChartXml(chart: ChartDescription, sheet: string): string {
  const points = chart.colors
    .map(
      (color, i) =>
        `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>` +
        `<c:spPr>${solidFill(color)}<a:ln w="12700">${solidFill("FFFFFFFF")}</a:ln></c:spPr></c:dPt>`,
    )
    .join("");
  const series =
    "<c:ser>" +
    '<c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${escapeXmlText(chart.title)}</c:v></c:tx>` +
    points +
    dataLabels(chart.values) +
    `<c:cat><c:strRef><c:f>${escapeXmlText(sheetRangeFormula(sheet, chart.categoriesRange))}</c:f>` +
    `${strCache(chart.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXmlText(sheetRangeFormula(sheet, chart.valuesRange))}</c:f>` +
    `${numCache(chart.values)}</c:numRef></c:val>` +
    "</c:ser>";
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<c:date1904 val="0"/><c:lang val="sv-SE"/><c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title><c:tx>${richText(chart.title, 12, true)}</c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>` +
    "</c:plotArea>" +
    `<c:legend><c:legendPos val="r"/><c:overlay val="0"/>${textProperties(10)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    `<c:spPr>${solidFill("FFFFFFFF")}<a:ln><a:noFill/></a:ln></c:spPr>` +
    "</c:chartSpace>"
  );
}

/** The anchor's corner: a cell's top-left (0-based), no offset. */
function marker(tag: "from" | "to", col: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * xl/drawings/drawingN.xml: the chart in a graphic frame anchored from the anchor's top-left cell to the bottom-right
 * corner of its last cell, moving and sizing with the cells; the alt text in `descr`, the title in `title`.
 */
export function chartDrawingXml(chart: ChartDescription, chartRelId: string): string {
  const { anchor } = chart;
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_MAIN_NS}">` +
    "<xdr:twoCellAnchor>" +
    marker("from", anchor.left, anchor.top) +
    marker("to", anchor.right + 1, anchor.bottom + 1) +
    '<xdr:graphicFrame macro="">' +
    "<xdr:nvGraphicFramePr>" +
    `<xdr:cNvPr id="2" name="${escapeXmlAttribute(CHART_FRAME_NAME)}" descr="${escapeXmlAttribute(chart.altText)}" title="${escapeXmlAttribute(chart.title)}"/>` +
    '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr>' +
    "</xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}">` +
    `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${escapeXmlAttribute(chartRelId)}"/>` +
    "</a:graphicData></a:graphic>" +
    "</xdr:graphicFrame>" +
    "<xdr:clientData/>" +
    "</xdr:twoCellAnchor>" +
    "</xdr:wsDr>"
  );
}
