/** The report button's texts, Swedish and English, kept apart from strings.ts so the button stays one small module. */
import type { Locale } from "../src/domain/problems";

export interface ReportStrings {
  readonly button: string;
  readonly help: string;
  readonly working: string;
  readonly done: (file: string, title: string) => string;
  readonly saveLink: (file: string) => string;
  readonly unsupported: string;
  readonly notInExcel: string;
  readonly failed: (detail: string) => string;
}

export const REPORT_STRINGS: Readonly<Record<Locale, ReportStrings>> = {
  sv: {
    button: "Skapa rapport (Word)",
    help:
      "Skapar redovisningen av måluppfyllelse som Word-dokument för den valda perioden: teckenförklaring, " +
      "sammanfattning, ett avsnitt per perspektiv och planerna. Arbetsboken ändras inte.",
    working: "Skapar rapporten …",
    done: (file, title) =>
      `Rapporten ”${title}” är skapad och sparas som ${file} bland dina hämtade filer. ` +
      "Syns den inte kan du spara den med länken nedan.",
    saveLink: (file) => `Spara ${file}`,
    unsupported:
      "Excel för Mac och iPad låter inte tillägg spara filer, så rapporten kan inte laddas ned här. " +
      "Skapa den i Excel på webben eller i Excel för Windows med samma knapp, " +
      "eller med kommandoraden: malstyrning rapport <arbetsbok.xlsx>.",
    notInExcel: "Rapporten kan bara skapas när panelen är öppen i Excel.",
    failed: (detail) => `Rapporten kunde inte skapas: ${detail}`,
  },
  en: {
    button: "Create report (Word)",
    help:
      "Creates the goal attainment report as a Word document for the chosen period: legend, summary, one " +
      "section per perspective and the plans. The workbook is not changed.",
    working: "Creating the report …",
    done: (file, title) =>
      `The report “${title}” has been created and is saved as ${file} in your downloads. ` +
      "If you cannot see it, save it with the link below.",
    saveLink: (file) => `Save ${file}`,
    unsupported:
      "Excel for Mac and iPad do not let add-ins save files, so the report cannot be downloaded here. " +
      "Create it in Excel on the web or Excel for Windows with the same button, " +
      "or on the command line: malstyrning rapport <workbook.xlsx>.",
    notInExcel: "The report can only be created when the pane is open in Excel.",
    failed: (detail) => `The report could not be created: ${detail}`,
  },
};
