/**
 * The one Swedish message map, keyed by problem code (like zod's locales/sv.ts).
 * Parameters: `value` the cell text, `column` a column name, `name` a row name, etc.; missing ones render as "".
 */
import type { MessageMap, ProblemParams } from "../../problem-codes";
import { STATUS_NAME_SV } from "../../status";

const s = (p: ProblemParams, key: string): string => String(p[key] ?? "");

/** Params that are keys (a direction, a status, a direction source, a reason) read as words; other values as written. */
const word = (p: ProblemParams, key: string, words: Readonly<Record<string, string>>): string =>
  words[s(p, key)] ?? s(p, key);
const DIRECTION: Readonly<Record<string, string>> = { higher: "högre", lower: "lägre" };
const SOURCE: Readonly<Record<string, string>> = {
  column: "kolumnen Riktning",
  rule: "regeln i kolumnen Regel",
  target: "målvärdet",
  name: "namnet",
  default: "standardregeln",
};
const REASON: Readonly<Record<string, string>> = {
  text: "",
  date: "ett datum, inget tal",
  "cell-error": "ett felvärde",
  ambiguous: "tvetydigt",
  "several-numbers": "flera tal",
};
const reason = (p: ProblemParams): string => {
  const r = word(p, "reason", REASON);
  return r === "" ? "" : ` (${r})`;
};

/** What a sheet turned down as a plan sheet lacks (sheet/diagnose.ts MissingPart, comma-separated in `missing`). */
const MISSING_PART: Readonly<Record<string, string>> = {
  level: "kolumnen Nivå (Plan, Mål eller Mätetal på varje rad)",
  name: "kolumnen Namn (planens, målets eller mätetalets namn)",
};
const missingParts = (p: ProblemParams): string =>
  s(p, "missing")
    .split(",")
    .filter(Boolean)
    .map((m) => MISSING_PART[m] ?? m)
    .join(" och ");
const WORKING_SHEET_SV =
  "Exempel på ett blad som fungerar: rubrikraden Nivå | Namn | Målvärde | Utfall och under den raderna " +
  "Plan | Handlingsplan 2025, Mål | God tillgänglighet, Mätetal | Besök inom 30 dagar | 90 % | 83 %.";

export const messagesSv: MessageMap = {
  NO_PLAN_SHEET: (p) =>
    p["row"]
      ? `Bladet kunde inte läsas som planblad. Rad ${s(p, "row")} togs som rubrikrad; ${p["recognised"] ? `kända kolumner: ${s(p, "recognised")}` : "ingen kolumn känns igen"}. Det saknas ${missingParts(p)}. ${WORKING_SHEET_SV} Eller beskriv bladet i tabellen Bladtolkning på bladet Regler.`
      : "Arbetsboken har inget planblad: inget blad har en rubrikrad med kolumnerna Nivå och Namn bland de 20 första raderna.",
  MISSING_COLUMN: (p) => `Kolumnen ${s(p, "column")} saknas${p["detail"] ? `: ${s(p, "detail")}` : "."}`,
  UNKNOWN_LEVEL: (p) =>
    p["value"]
      ? `Okänd nivå "${s(p, "value")}"; raden hoppas över. Använd Plan, Mål eller Mätetal (eller en synonym som Handlingsplan, Resultatmål, Indikator).`
      : `Raden "${s(p, "name")}" saknar nivå och hoppas över. Skriv Plan, Mål eller Mätetal i kolumnen Nivå.`,
  ORPHAN_INDICATOR: (p) =>
    `Mätetalet "${s(p, "name")}" står före första målet i planen och hör inte till något mål; raden hoppas över.`,
  MISSING_NAME: (p) =>
    `Raden har nivån ${s(p, "level")} men inget namn${p["name"] ? `; den kallas ${s(p, "name")} i rapporterna.` : "."}`,
  MISSING_TARGET: (p) => `"${s(p, "name")}" har utfall men inget målvärde; status kan inte beräknas.`,
  UNPARSEABLE_TARGET: (p) => `Målvärdet "${s(p, "value")}" går inte att tolka${reason(p)}.`,
  UNPARSEABLE_ACTUAL: (p) =>
    p["reason"] === "incomparable"
      ? `Utfallet "${s(p, "value")}" kan inte jämföras med målvärdet ${s(p, "target")}; status kan inte beräknas.`
      : `Utfallet "${s(p, "value")}" går inte att tolka${reason(p)}.`,
  SCALE_MISMATCH: (p) =>
    p["targetScale"] === "number"
      ? `Utfallet ${s(p, "actual")} tolkas som ${s(p, "interpreted")} eftersom målvärdet ${s(p, "target")} inte är angivet i procent.`
      : `Utfallet ${s(p, "actual")} tolkas som ${s(p, "interpreted")} eftersom målvärdet ${s(p, "target")} är angivet i procent.`,
  UNIT_MISMATCH: (p) =>
    `Utfallets enhet (${s(p, "actualUnit")}) kan inte räknas om till målvärdets (${s(p, "targetUnit")}); status beräknas inte. Skriv utfallet i samma enhet som målvärdet.`,
  BASELINE_MISSING: (p) =>
    p["baseline"]
      ? `Målvärdet "${s(p, "value")}" jämför med ett tidigare värde, men Jämförelsevärde "${s(p, "baseline")}" är inget tal.`
      : `Målvärdet "${s(p, "value")}" jämför med ett tidigare värde, men kolumnen Jämförelsevärde är tom eller saknas.`,
  DIRECTION_ASSUMED: (p) =>
    `Det framgår inte om högre eller lägre utfall är bättre för "${s(p, "name")}"; antar att ${word(p, "direction", DIRECTION)} är bättre. Ange Riktning för att vara säker.`,
  DIRECTION_CONFLICT: (p) =>
    `Riktningen från ${word(p, "winner", SOURCE)} (${word(p, "winnerDirection", DIRECTION)} är bättre) strider mot ${word(p, "loser", SOURCE)} (${word(p, "loserDirection", DIRECTION)} är bättre); ${word(p, "winner", SOURCE)} gäller.`,
  UNKNOWN_PERSPECTIVE: (p) => `Perspektivet "${s(p, "value")}" finns inte i listan på bladet Regler.`,
  UNKNOWN_RULE: (p) => `Regeln "${s(p, "value")}" finns inte på bladet Regler; standardregeln används.`,
  INVALID_ASSESSMENT: (p) => `Bedömningen "${s(p, "value")}" går inte att tolka. Använd ↑, →, ↓ eller Grön, Gul, Röd.`,
  CELL_ERROR: (p) => `Cellen innehåller felvärdet ${s(p, "value")}.`,
  EMPTY_PLAN: (p) => `Planen "${s(p, "name")}" har inga mål och bedöms som ej uppfylld.`,
  GOAL_WITHOUT_MEASURES: (p) => `Målet "${s(p, "name")}" har varken mätetal eller eget målvärde och utfall.`,
  MANUAL_DIFFERS: (p) =>
    `Den manuella bedömningen (${word(p, "manual", STATUS_NAME_SV)}) skiljer sig från den beräknade (${word(p, "computed", STATUS_NAME_SV)}); den manuella gäller.`,
  DUPLICATE_NAME: (p) => `Namnet "${s(p, "name")}" förekommer flera gånger (även ${s(p, "other")}).`,
  RULES_INVALID: (p) => `Ogiltig inställning på bladet Regler: ${s(p, "detail")}`,
  STATUS_COLUMN_ADDED: (p) => `Bladet saknade kolumnen Status; den lades till i kolumn ${s(p, "column")}.`,
  GENERATED_NAME_TAKEN: (p) =>
    `Bladet "${s(p, "name")}" är ett eget blad och lämnas orört; sammanställningen skrevs till "${s(p, "used")}" i stället. Byt namn på ditt blad om sammanställningen ska få namnet.`,
  UNSUPPORTED_WORKBOOK_PART: (p) =>
    `Arbetsboken innehåller ${s(p, "part")}, som inte kan skrivas tillbaka utan att gå förlorade${p["reason"] ? ` eftersom ${s(p, "reason")}` : ""}. Inget skrevs. (Använd --allow-lossy om du accepterar förlusten.)`,
  UNKNOWN_PERIOD: (p) =>
    p["matches"]
      ? `Perioden "${s(p, "value")}" passar flera kolumner (${s(p, "matches")}); skriv hela rubriken.`
      : `Perioden "${s(p, "value")}" finns inte. Tillgängliga: ${s(p, "available")}.`,
  NOTHING_EVALUATED: (p) =>
    `Bladet lästes som planblad med rubrikrad ${s(p, "row")}, men ingen rad under den kunde bedömas: inga planer, mål eller mätetal hittades${p["skipped"] ? ` (${s(p, "skipped")} rader hoppades över, se problemen ovan)` : ""}. Kontrollera att raderna under rubrikraden har Nivå och Namn ifyllda.`,
  NOT_MEASURED: (p) =>
    p["column"] === "target"
      ? `Målvärdet är "${s(p, "value")}", så status beräknas inte för "${s(p, "name")}".`
      : `Utfallet är "${s(p, "value")}" – inte mätt ännu – så status beräknas inte för "${s(p, "name")}".`,
  INTERNAL_ERROR: (p) =>
    `Internt fel i Målstyrning när cellens värde "${s(p, "value")}" lästes (${s(p, "detail")}); status beräknas inte för raden. Detta är ett fel i programmet, inte i arbetsboken – rapportera det gärna.`,
  // Rendered from the layout by sheet/describe-layout.ts in both languages; the params carry both.
  LAYOUT_INFERRED: (p) => s(p, "sv"),
  DIRECTION_FROM_NAME: (p) =>
    `Riktningen för "${s(p, "name")}" tas från namnet: ${s(p, "term")} räknas som ett mått där lägre är bättre. Ange Riktning för att vara säker.`,
  KEPT_SUMMARY_SHEET: (p) =>
    `Bladet "${s(p, "name")}" är en sparad sammanställning från en tidigare körning; det läses inte som planblad och lämnas orört.`,
};
