/**
 * Synthetic plan workbooks for the benchmark: `indicators` indicator rows, 10 per goal and 10 goals per plan, on
 * one sheet, with the value forms of SPEC §2 in rotation so the reader does real work. Deterministic (seeded).
 */
import ExcelJS from "exceljs";

const HEADER = [
  "Nivå",
  "Perspektiv",
  "Namn",
  "Målvärde",
  "Riktning",
  "Utfall april",
  "Utfall augusti",
  "Status",
  "Kommentar",
];
const PERSPECTIVES = ["Samhälle", "Patient", "Medarbetare", "Verksamhetsresultat"];

/** Target and actual in one of the reader's forms; `hit` in [0, 1) decides whether the actual meets the target. */
const FORMS: readonly ((hit: number) => readonly [ExcelJS.CellValue, ExcelJS.CellValue, string | null])[] = [
  (h) => ["90 %", `${Math.round(70 + h * 30)} %`, null],
  (h) => [0.9, 0.7 + h * 0.3, "0 %"],
  (h) => ["minst 75 %", `${(60 + h * 25).toFixed(1).replace(".", ",")}%`, null],
  (h) => ["Högst 203,5 kWh/m2", `${(190 + h * 30).toFixed(1).replace(".", ",")} kWh/m2`, null],
  (h) => ["1 600", `1\u00a0${String(Math.round(300 + h * 500)).padStart(3, "0")}`, null],
  (h) => ["Ja", h < 0.4 ? "Nej" : h < 0.7 ? "Pågår" : "Ja", null],
  (h) => ["Under 200", String(Math.round(150 + h * 100)), null],
  (h) => ["5,8 % helår", `${(5 + h * 2).toFixed(1).replace(".", ",")} %`, null],
  (h) => ["Max 4,65 dagar", `${(4 + h).toFixed(2).replace(".", ",")} dagar`, null],
  (h) => ["37,8 mkr", `${(30 + h * 10).toFixed(1).replace(".", ",")} mkr`, null],
];

export function generatePlanWorkbook(indicators: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(HEADER).font = { bold: true };
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const goals = Math.ceil(indicators / 10);
  let written = 0;
  for (let g = 0; g < goals; g++) {
    if (g % 10 === 0) sheet.addRow(["Plan", null, `Plan ${g / 10 + 1}`]);
    sheet.addRow(["Mål", PERSPECTIVES[g % PERSPECTIVES.length], `Mål ${g + 1}`]);
    for (let i = 0; i < 10 && written < indicators; i++, written++) {
      const form = FORMS[written % FORMS.length];
      if (!form) continue;
      const [target, actual, format] = form(random());
      const april = random() < 0.8 ? actual : null;
      const row = sheet.addRow([
        "Mätetal",
        null,
        `Mätetal ${written + 1}`,
        target,
        written % 7 === 0 ? "Högre är bättre" : null,
        april,
        random() < 0.9 ? actual : null,
        null,
        written % 5 === 0 ? "Kommentar till utfallet" : null,
      ]);
      if (format) {
        row.getCell(4).numFmt = format;
        row.getCell(6).numFmt = format;
        row.getCell(7).numFmt = format;
      }
    }
  }
  return workbook;
}
