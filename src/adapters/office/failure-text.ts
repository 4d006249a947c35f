/**
 * Every failure of a run as one sentence for the user, Swedish or English by Office's display language, that says
 * what happened and what to do. Office's own error text (English API jargon such as "The requested resource doesn't
 * exist.") never reaches the user; its code is named only where support would need it.
 *
 * Codes: `Excel.ErrorCodes` in @types/office-js and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling.
 */
import type { Locale } from "../../domain/problems";
import { UnknownPeriodError } from "../../app/run";
import { officeErrorCode, ProtectedSheetError, ProtectedWorkbookError, TooManyCellsError } from "./office-errors";

type Texts = Readonly<Record<Locale, string>>;

/** "Inget skrevs." when the run stopped before its first write, else how to repair a half-finished run. */
function afterwards(wroteSomething: boolean, locale: Locale): string {
  if (locale === "en") {
    return wroteSomething
      ? "Part of the Status column or the summary sheets may have been written; run Beräkna status again once this is fixed."
      : "Nothing was written.";
  }
  return wroteSomething
    ? "Status-kolumnen eller sammanställningarna kan vara delvis skrivna; kör Beräkna status igen när felet är åtgärdat."
    : "Inget skrevs.";
}

const BY_CODE: Readonly<Record<string, Texts>> = {
  InvalidOperationInCellEditMode: {
    sv: "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök sedan igen.",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  },
  EditModeCellEditing: {
    sv: "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök sedan igen.",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  },
  AccessDenied: {
    sv: "Excel tillät inte ändringen: arbetsboken är skrivskyddad, skyddad eller öppen i läsläge. Öppna den för redigering, ta bort skyddet (Granska → Ta bort bladskydd / Skydda arbetsbok) och försök igen.",
    en: "Excel refused the change: the workbook is read-only, protected or open for viewing. Open it for editing, remove the protection (Review → Unprotect Sheet / Protect Workbook) and try again.",
  },
  ItemNotFound: {
    sv: "Ett blad som körningen behövde finns inte längre (det kan ha bytt namn eller tagits bort under tiden). Välj Validera och sedan Beräkna status igen.",
    en: "A sheet the run needed no longer exists (it may have been renamed or deleted meanwhile). Choose Validate, then Beräkna status again.",
  },
  ItemAlreadyExists: {
    sv: "Ett blad med samma namn som en sammanställning skapades under körningen. Byt namn på det bladet och försök igen.",
    en: "A sheet with the name of a summary sheet was created during the run. Rename that sheet and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    sv: "Arbetsboken är för stor för att Excel på webben ska ta emot ändringarna (högst 5 MB per begäran). Öppna arbetsboken i Excel för Windows eller Mac och kör Beräkna status där.",
    en: "The workbook is too large for Excel on the web to accept the changes (at most 5 MB per request). Open it in Excel for Windows or Mac and run Beräkna status there.",
  },
  ResponsePayloadSizeLimitExceeded: {
    sv: "Planbladen är för stora för att Excel på webben ska kunna skicka dem (högst 5 MB per svar). Öppna arbetsboken i Excel för Windows eller Mac, eller ta bort långa texter och tomma rader långt ned på planbladen.",
    en: "The plan sheets are too large for Excel on the web to send (at most 5 MB per response). Open the workbook in Excel for Windows or Mac, or remove long texts and stray cells far down the plan sheets.",
  },
  InsertDeleteConflict: {
    sv: "Excel kunde inte ändra bladen eftersom en tabell med filter, en pivottabell eller ett sammanfogat område är i vägen. Ta bort filtret (Data → Rensa) och försök igen.",
    en: "Excel could not change the sheets because a filtered table, a PivotTable or a merged area is in the way. Clear the filter (Data → Clear) and try again.",
  },
  MergedRangeConflict: {
    sv: "Excel kunde inte skriva i ett sammanfogat område. Dela upp de sammanfogade cellerna i Status-kolumnen (Start → Sammanfoga och centrera) och försök igen.",
    en: "Excel could not write into a merged area. Unmerge the cells in the Status column (Home → Merge & Center) and try again.",
  },
  FilteredRangeConflict: {
    sv: "Excel kunde inte skriva i ett filtrerat område. Ta bort filtret på planbladet (Data → Rensa) och försök igen.",
    en: "Excel could not write into a filtered range. Clear the filter on the plan sheet (Data → Clear) and try again.",
  },
  InvalidOperation: {
    sv: "Excel tillät inte ändringen, ofta för att ett blad eller arbetsboken är skyddad eller en tabell är i vägen. Ta bort skyddet (Granska) och försök igen.",
    en: "Excel did not allow the change, often because a sheet or the workbook is protected or a table is in the way. Remove the protection (Review) and try again.",
  },
  UnsupportedSheet: {
    sv: "Arbetsboken har ett blad som tillägget inte kan läsa (ett diagram- eller makroblad). Kör igen; kvarstår felet, flytta planbladen till en vanlig arbetsbok.",
    en: "The workbook has a sheet the add-in cannot read (a chart or macro sheet). Try again; if it persists, move the plan sheets to an ordinary workbook.",
  },
  RangeExceedsLimit: {
    sv: "Ett område är för stort för Excel att läsa i ett svep. Ta bort innehåll långt ned eller långt till höger på planbladen och försök igen.",
    en: "A range is too large for Excel to read at once. Remove content far down or far to the right on the plan sheets and try again.",
  },
  OperationCellsExceedLimit: {
    sv: "Ett område är för stort för Excel att läsa i ett svep. Ta bort innehåll långt ned eller långt till höger på planbladen och försök igen.",
    en: "A range is too large for Excel to read at once. Remove content far down or far to the right on the plan sheets and try again.",
  },
  ApiNotFound: {
    sv: "Den här Excel-versionen saknar en funktion som tillägget behöver (ExcelApi 1.13). Uppdatera Office, eller använd Excel på webben.",
    en: "This version of Excel lacks a feature the add-in needs (ExcelApi 1.13). Update Office, or use Excel on the web.",
  },
  NotImplemented: {
    sv: "Den här Excel-versionen saknar en funktion som tillägget behöver (ExcelApi 1.13). Uppdatera Office, eller använd Excel på webben.",
    en: "This version of Excel lacks a feature the add-in needs (ExcelApi 1.13). Update Office, or use Excel on the web.",
  },
  RequestAborted: {
    sv: "Excel avbröt körningen (arbetsboken stängdes eller laddades om). Öppna arbetsboken och försök igen.",
    en: "Excel stopped the run (the workbook was closed or reloaded). Open the workbook and try again.",
  },
  InactiveWorkbook: {
    sv: "Arbetsboken är inte längre aktiv. Klicka i arbetsboken och försök igen.",
    en: "The workbook is no longer active. Click in the workbook and try again.",
  },
  Conflict: {
    sv: "Någon annan ändrade arbetsboken samtidigt. Vänta tills ändringarna har sparats och försök igen.",
    en: "Someone else changed the workbook at the same time. Wait until the changes are saved and try again.",
  },
};

function list(names: readonly string[]): string {
  return names.map((n) => `”${n}”`).join(", ");
}

/** The sentence the task pane and the result dialog show for a failed run. */
export function failureSentence(error: unknown, locale: Locale, wroteSomething = false): string {
  const en = locale === "en";
  if (error instanceof ProtectedSheetError) {
    const sheets = list(error.sheets);
    const many = error.sheets.length > 1;
    if (error.role === "generated") {
      return en
        ? `The summary sheet ${sheets} is protected, so nothing was written. Unprotect it (Review → Unprotect Sheet), or delete it, and try again.`
        : `Sammanställningsbladet ${sheets} är skyddat, så inget skrevs. Ta bort skyddet (Granska → Ta bort bladskydd), eller ta bort bladet, och försök igen.`;
    }
    return en
      ? `The sheet${many ? "s" : ""} ${sheets} ${many ? "are" : "is"} protected, so nothing was written. Unprotect ${many ? "them" : "it"} (Review → Unprotect Sheet) and try again.`
      : `${many ? "Bladen" : "Bladet"} ${sheets} är skyddat, så inget skrevs. Ta bort skyddet (Granska → Ta bort bladskydd) och försök igen.`;
  }
  if (error instanceof ProtectedWorkbookError) {
    return en
      ? "The workbook structure is protected, so the summary sheets cannot be added or replaced and nothing was written. Remove the protection (Review → Protect Workbook) and try again, or use Validate, which writes nothing."
      : "Arbetsbokens struktur är skyddad, så sammanställningsbladen kan inte läggas till eller ersättas och inget skrevs. Ta bort skyddet (Granska → Skydda arbetsbok) och försök igen, eller välj Validera, som inte skriver något.";
  }
  if (error instanceof TooManyCellsError) {
    const cells = error.cells.toLocaleString(en ? "en-GB" : "sv-SE");
    return en
      ? `The sheet ”${error.sheet}” uses ${cells} cells, more than the add-in reads in one run, so nothing was read or written. Delete the empty rows and columns far below or to the right of the plan (select them, right-click → Delete) and try again.`
      : `Bladet ”${error.sheet}” använder ${cells} celler, fler än tillägget läser i en körning, så inget lästes eller skrevs. Ta bort tomma rader och kolumner långt under eller till höger om planen (markera dem, högerklicka → Ta bort) och försök igen.`;
  }
  if (error instanceof UnknownPeriodError) {
    const periods = error.periods.length > 0 ? error.periods.join(", ") : en ? "none" : "inga";
    return en
      ? `The period ”${error.requested}” matches no Utfall column, so nothing was written. Choose one of: ${periods}, or Automatic.`
      : `Perioden ”${error.requested}” matchar ingen Utfall-kolumn, så inget skrevs. Välj någon av: ${periods}, eller Automatiskt.`;
  }
  const code = officeErrorCode(error);
  const known = code === null ? undefined : BY_CODE[code];
  if (known) return `${known[locale]} ${afterwards(wroteSomething, locale)}`;
  const tail = code ? (en ? ` (error code ${code})` : ` (felkod ${code})`) : "";
  return en
    ? `Excel could not finish the run${tail}. ${afterwards(wroteSomething, locale)} Save the workbook, close and reopen it, and try again; if it happens again, contact support and mention the error code.`
    : `Excel kunde inte slutföra körningen${tail}. ${afterwards(wroteSomething, locale)} Spara arbetsboken, stäng och öppna den igen och försök på nytt; händer det igen, kontakta support och ange felkoden.`;
}
