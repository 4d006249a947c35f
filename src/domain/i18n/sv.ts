/**
 * The one Swedish message map, keyed by problem code (like zod's locales/sv.ts).
 * Parameters: `value` the cell text, `column` a column name, `name` a row name, etc.; missing ones render as "".
 */
import type { MessageMap, ProblemParams } from "../problem-codes";

const s = (p: ProblemParams, key: string): string => String(p[key] ?? "");

export const messagesSv: MessageMap = {
  NO_PLAN_SHEET: () =>
    "Arbetsboken har inget planblad: inget blad har en rubrikrad med kolumnerna Nivå och Namn bland de 20 första raderna.",
  MISSING_COLUMN: (p) => `Kolumnen ${s(p, "column")} saknas${p["detail"] ? `: ${s(p, "detail")}` : "."}`,
  UNKNOWN_LEVEL: (p) =>
    `Okänd nivå "${s(p, "value")}". Använd Plan, Mål eller Mätetal (eller en synonym som Handlingsplan, Resultatmål, Indikator).`,
  ORPHAN_INDICATOR: (p) => `Mätetalet "${s(p, "name")}" står före första målet och hör inte till något mål.`,
  MISSING_NAME: (p) => `Raden har nivån ${s(p, "level")} men inget namn.`,
  MISSING_TARGET: (p) => `"${s(p, "name")}" har utfall men inget målvärde; status kan inte beräknas.`,
  UNPARSEABLE_TARGET: (p) =>
    `Målvärdet "${s(p, "value")}" går inte att tolka${p["reason"] ? ` (${s(p, "reason")})` : ""}.`,
  UNPARSEABLE_ACTUAL: (p) =>
    `Utfallet "${s(p, "value")}" går inte att tolka${p["reason"] ? ` (${s(p, "reason")})` : ""}.`,
  SCALE_MISMATCH: (p) =>
    `Utfallet ${s(p, "actual")} tolkas som ${s(p, "interpreted")} eftersom målvärdet ${s(p, "target")} är angivet i procent.`,
  UNIT_MISMATCH: (p) =>
    `Enheten i utfallet (${s(p, "actualUnit")}) skiljer sig från målvärdets (${s(p, "targetUnit")}).`,
  BASELINE_MISSING: (p) =>
    `Målvärdet "${s(p, "value")}" jämför med ett tidigare värde, men kolumnen Jämförelsevärde är tom eller saknas.`,
  DIRECTION_ASSUMED: (p) =>
    `Det framgår inte om högre eller lägre utfall är bättre för "${s(p, "name")}"; antar ${s(p, "direction")} är bättre. Ange Riktning för att vara säker.`,
  DIRECTION_CONFLICT: (p) =>
    `Riktningen från ${s(p, "winner")} (${s(p, "winnerDirection")} är bättre) strider mot ${s(p, "loser")} (${s(p, "loserDirection")} är bättre); ${s(p, "winner")} gäller.`,
  UNKNOWN_PERSPECTIVE: (p) => `Perspektivet "${s(p, "value")}" finns inte i listan på bladet Regler.`,
  UNKNOWN_RULE: (p) => `Regeln "${s(p, "value")}" finns inte på bladet Regler; standardregeln används.`,
  INVALID_ASSESSMENT: (p) => `Bedömningen "${s(p, "value")}" går inte att tolka. Använd ↑, →, ↓ eller Grön, Gul, Röd.`,
  CELL_ERROR: (p) => `Cellen innehåller felvärdet ${s(p, "value")}.`,
  EMPTY_PLAN: (p) => `Planen "${s(p, "name")}" har inga mål och bedöms som ej uppfylld.`,
  GOAL_WITHOUT_MEASURES: (p) => `Målet "${s(p, "name")}" har varken mätetal eller eget målvärde och utfall.`,
  MANUAL_DIFFERS: (p) =>
    `Den manuella bedömningen (${s(p, "manual")}) skiljer sig från den beräknade (${s(p, "computed")}); den manuella gäller.`,
  DUPLICATE_NAME: (p) => `Namnet "${s(p, "name")}" förekommer flera gånger (även ${s(p, "other")}).`,
  RULES_INVALID: (p) => `Ogiltig inställning på bladet Regler: ${s(p, "detail")}`,
  STATUS_COLUMN_ADDED: (p) => `Bladet saknade kolumnen Status; den lades till i kolumn ${s(p, "column")}.`,
  GENERATED_NAME_TAKEN: (p) =>
    `Det finns redan ett eget blad som heter "${s(p, "name")}"; sammanställningen skrevs till "${s(p, "used")}" i stället.`,
  UNSUPPORTED_WORKBOOK_PART: (p) =>
    `Arbetsboken innehåller ${s(p, "part")}, som inte kan skrivas tillbaka utan att gå förlorade. Inget skrevs. (Använd --allow-lossy om du accepterar förlusten.)`,
  UNKNOWN_PERIOD: (p) => `Perioden "${s(p, "value")}" finns inte. Tillgängliga: ${s(p, "available")}.`,
};
