/** What every summary sheet shares once its cells are written: widths, frozen header, print setup, tab colour. */
import type { SheetComposer } from "./composer";
import { TAB_COLOR } from "./styles";
import type { ChartDescription, SheetDescription, SheetLink, SummaryKind, TableDescription } from "./types";

export function finishSheet(
  c: SheetComposer,
  id: { readonly name: string; readonly kind: SummaryKind; readonly key: string },
  table: TableDescription | null,
  chart: ChartDescription | null,
  links: readonly SheetLink[] = [],
): SheetDescription {
  const composed = c.build();
  const header = table?.range.top ?? null;
  return {
    ...id,
    content: composed.content,
    merges: composed.merges,
    columnWidths: composed.columnWidths,
    rowHeights: composed.rowHeights,
    table,
    // Down to the table header, so the column names stay in view while scrolling through the goals.
    freezeRows: header === null ? 0 : header + 1,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: header === null ? null : { first: header, last: header },
    },
    chart: chart ? { ...chart, fallback: composed.fallback } : null,
    links,
    tabColor: TAB_COLOR,
  };
}
