/** A small evaluated workbook and its report document, for the renderer's tests. */
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import { buildReportDocument, type ReportDocument } from "../../../src/domain/report-document";
import { sheet, workbook } from "../../domain/evaluate/sheets";

const plans = sheet("Planer", [
  ["Nivå", "Perspektiv", "Namn", "Dnr", "Målvärde", "Utfall augusti", "Kommentar"],
  ["Handlingsplan", null, "Handlingsplan för klimat", "RS/2346/2019", null, null, null],
  ["Resultatmål", "Samhälle", "Minskad klimatpåverkan", null, null, null, null],
  ["Mätetal", null, "Koldioxidutsläpp tjänsteresor", null, "högst 867 ton", "610 ton", null],
  ["Mätetal", null, "Andel fossilfria bilar", null, "minst 90 %", "70 %", "Upphandling pågår"],
  ["Handlingsplan", null, "Handlingsplan för vård", "RS/1841/2018", null, null, null],
  ["Resultatmål", "Patient", "Korta väntetider", null, null, null, null],
  ["Mätetal", null, "Andel besök inom 30 dagar", null, "minst 90 %", "89 %", '<&> "citat"'],
  ["Mätetal", null, "Väntetid operation", null, "högst 14 dagar", null, null],
]);

export const fixtureDocument: ReportDocument = buildReportDocument(
  evaluateWorkbook(workbook(plans), { period: null }),
  { runDate: "2026-08-31" },
);
