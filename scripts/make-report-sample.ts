/**
 * A larger workbook for looking at the report document (docs/REPORT.md): 12 handlingsplaner over four perspectives,
 * Framgångsfaktor as the indicator word, some empty and unreadable Utfall cells, long comments, a Regler sheet with
 * its own legend texts. Usage: npx tsx scripts/make-report-sample.ts <out.xlsx>
 */
import ExcelJS from "exceljs";
import { DEFAULT_RULES } from "../src/domain/rules/defaults";
import { buildReglerSheet, REGLER_SHEET_NAME } from "../src/domain/rules/regler-sheet";

const PERSPECTIVES = ["Samhälle", "Patient", "Medarbetare", "Ekonomi"];
const PLANS = [
  "Övergripande handlingsplan för jämlik vård",
  "Handlingsplan för psykisk hälsa",
  "Handlingsplan för klimat och miljö",
  "Handlingsplan för kompetensförsörjning",
  "Handlingsplan för digitalisering",
  "Handlingsplan för god och nära vård",
  "Handlingsplan för tillgänglighet",
  "Handlingsplan för patientsäkerhet",
  "Handlingsplan för barn och unga",
  "Handlingsplan för ekonomi i balans",
  "Handlingsplan för folkhälsa",
  "Handlingsplan för forskning och innovation",
];
const GOALS = [
  "Ökad tillgänglighet till vård",
  "Minskade skillnader i hälsa",
  "Attraktiv arbetsgivare",
  "Budget i balans",
  "Minskad klimatpåverkan",
  "Stärkt samverkan med kommunerna",
  "Säker vård",
];
const MEASURES = [
  ["Andel besök inom 30 dagar", "minst 90 %"],
  ["Väntetid till operation, dagar", "högst 90 dagar"],
  ["Sjukfrånvaro", "högst 6 %"],
  ["Ekonomiskt resultat, mkr", "minst 0 mkr"],
  ["Andel nöjda patienter", "minst 85 %"],
  ["Genomförd handlingsplan", "Ja"],
  ["Koldioxidutsläpp, ton", "högst 800 ton"],
  ["Personalomsättning", "högst 10 %"],
];

let seed = 7;
const random = (): number => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function actualFor(target: string, i: number): string | null {
  if (i % 11 === 5) return null;
  if (i % 17 === 3) return "uppgift saknas";
  const m = /(\d+)/.exec(target);
  if (target === "Ja") return pick(["Ja", "Pågår", "Nej"]);
  const n = Number(m?.[1] ?? 0);
  const factor = 0.7 + random() * 0.5;
  if (target.includes("%")) return `${Math.round(n * factor)} %`;
  if (target.includes("ton")) return `${Math.round(n * factor)} ton`;
  if (target.includes("mkr")) return `${Math.round(-20 + random() * 40)} mkr`;
  return `${Math.round(n * factor)} dagar`;
}

const COMMENTS = [
  null,
  null,
  "Utfallet avser januari–augusti.",
  "Arbetet har försenats av omorganisationen men väntas vara klart under hösten. Åtgärder har vidtagits i samtliga förvaltningar.",
  "=Enligt plan",
  "Mätningen görs i Nationell patientenkät.",
];

async function main(out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Handlingsplaner 2021");
  ws.addRow(["Uppföljning av handlingsplaner 2021 – regionstyrelsen"]);
  ws.addRow([]);
  ws.addRow([
    "Nivå",
    "Perspektiv",
    "Namn",
    "Dnr",
    "Målvärde",
    "Utfall april",
    "Utfall augusti",
    "Bedömning",
    "Status",
    "Kommentar",
    "Ansvarig",
  ]);
  let i = 0;
  PLANS.forEach((plan, p) => {
    ws.addRow([
      "Handlingsplan",
      null,
      plan,
      `RS/${1800 + p * 37}/2019`,
      null,
      null,
      null,
      p === 4 ? "Gul" : null,
      null,
      p % 3 === 0 ? "Planen löper 2019–2022 och följs upp per tertial." : null,
      null,
    ]);
    const goals = 2 + (p % 2);
    for (let g = 0; g < goals; g++) {
      const perspective = PERSPECTIVES[(p + g) % PERSPECTIVES.length] ?? "";
      ws.addRow([
        "Resultatmål",
        perspective,
        pick(GOALS),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        pick(["Hälso- och sjukvårdsförvaltningen", "Regionservice", "HR-avdelningen", null]),
      ]);
      const measures = 2 + Math.floor(random() * 3);
      for (let m = 0; m < measures; m++, i++) {
        const [name, target] = pick(MEASURES) as [string, string];
        ws.addRow([
          "Framgångsfaktor",
          null,
          name,
          null,
          target,
          actualFor(target, i + 1),
          actualFor(target, i),
          null,
          null,
          pick(COMMENTS),
          null,
        ]);
      }
    }
  });
  const regler = wb.addWorksheet(REGLER_SHEET_NAME);
  const rules = {
    ...DEFAULT_RULES,
    perspectives: PERSPECTIVES,
    legend: { ...DEFAULT_RULES.legend, green: "Uppfyllt – målvärdet är nått eller överträffat" },
  };
  for (const row of buildReglerSheet(rules).values) regler.addRow([...row]);
  await wb.xlsx.writeFile(out);
}

void main(process.argv[2] ?? "report-sample.xlsx");
