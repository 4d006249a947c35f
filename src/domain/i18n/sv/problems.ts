/** The one Swedish problem message map, keyed by code (like zod's locales/sv.ts); the params are typed per code. */
import type { MessageMap } from "../../problem-params";
import { renderReglerIssue } from "../../rules/regler-issues";
import type { MissingPart } from "../../sheet/diagnose";
import { STATUS_NAME_SV } from "../../status/statuses";
import { type Direction, type DirectionSource } from "../../vocabulary";
import type { UnparseableReason } from "../../values/types";
import { reglerSv } from "./regler";

const DIRECTION: Readonly<Record<Direction, string>> = { higher: "högre", lower: "lägre" };
const SOURCE: Readonly<Record<DirectionSource, string>> = {
  column: "kolumnen Riktning",
  rule: "regeln i kolumnen Regel",
  target: "målvärdet",
  name: "namnet",
  default: "standardregeln",
};
const REASON: Readonly<Record<UnparseableReason, string>> = {
  text: "",
  date: "ett datum, inget tal",
  "cell-error": "ett felvärde",
  ambiguous: "tvetydigt",
  "several-numbers": "flera tal",
};
const reason = (r: UnparseableReason): string => (REASON[r] === "" ? "" : ` (${REASON[r]})`);

/** What a sheet turned down as a plan sheet lacks (sheet/diagnose.ts). */
const MISSING_PART: Readonly<Record<MissingPart, string>> = {
  level: "kolumnen Nivå (Plan, Mål eller Mätetal på varje rad)",
  name: "kolumnen Namn (planens, målets eller mätetalets namn)",
};
const missingParts = (missing: readonly MissingPart[]): string => missing.map((m) => MISSING_PART[m]).join(" och ");
const WORKING_SHEET_SV =
  "Exempel på ett blad som fungerar: rubrikraden Nivå | Namn | Målvärde | Utfall och under den raderna " +
  "Plan | Handlingsplan 2025, Mål | God tillgänglighet, Mätetal | Besök inom 30 dagar | 90 % | 83 %.";

export const messagesSv: MessageMap = {
  NO_PLAN_SHEET: (p) =>
    "row" in p
      ? `Bladet kunde inte läsas som planblad. Rad ${p.row} togs som rubrikrad; ${p.recognised ? `kända kolumner: ${p.recognised}` : "ingen kolumn känns igen"}. Det saknas ${missingParts(p.missing)}. ${WORKING_SHEET_SV} Eller beskriv bladet i tabellen Bladtolkning på bladet Regler.`
      : "Arbetsboken har inget planblad: inget blad har en rubrikrad med kolumnerna Nivå och Namn bland de 20 första raderna.",
  MISSING_COLUMN: (p) => `Kolumnen ${p.column} saknas.`,
  UNKNOWN_LEVEL: (p) =>
    p.value
      ? `Okänd nivå "${p.value}"; raden hoppas över. Använd Plan, Mål eller Mätetal (eller en synonym som Handlingsplan, Resultatmål, Indikator).`
      : `Raden "${p.name}" saknar nivå och hoppas över. Skriv Plan, Mål eller Mätetal i kolumnen Nivå.`,
  ORPHAN_INDICATOR: (p) =>
    `Mätetalet "${p.name}" står före första målet i planen och hör inte till något mål; raden hoppas över.`,
  MISSING_NAME: (p) =>
    `Raden har nivån ${p.level} men inget namn${p.name ? `; den kallas ${p.name} i rapporterna.` : "."}`,
  MISSING_TARGET: (p) => `"${p.name}" har utfall men inget målvärde; status kan inte beräknas.`,
  UNPARSEABLE_TARGET: (p) => `Målvärdet "${p.value}" går inte att tolka${reason(p.reason)}.`,
  UNPARSEABLE_ACTUAL: (p) =>
    p.reason === "incomparable"
      ? `Utfallet "${p.value}" kan inte jämföras med målvärdet ${p.target}; status kan inte beräknas.`
      : `Utfallet "${p.value}" går inte att tolka${reason(p.reason)}.`,
  SCALE_MISMATCH: (p) =>
    p.targetScale === "number"
      ? `Utfallet ${p.actual} tolkas som ${p.interpreted} eftersom målvärdet ${p.target} inte är angivet i procent.`
      : `Utfallet ${p.actual} tolkas som ${p.interpreted} eftersom målvärdet ${p.target} är angivet i procent.`,
  UNIT_MISMATCH: (p) =>
    `Utfallets enhet (${p.actualUnit}) kan inte räknas om till målvärdets (${p.targetUnit}); status beräknas inte. Skriv utfallet i samma enhet som målvärdet.`,
  BASELINE_MISSING: (p) =>
    p.baseline
      ? `Målvärdet "${p.value}" jämför med ett tidigare värde, men Jämförelsevärde "${p.baseline}" är inget tal.`
      : `Målvärdet "${p.value}" jämför med ett tidigare värde, men kolumnen Jämförelsevärde är tom eller saknas.`,
  DIRECTION_ASSUMED: (p) =>
    `Det framgår inte om högre eller lägre utfall är bättre för "${p.name}"; antar att ${DIRECTION[p.direction]} är bättre. Ange Riktning för att vara säker.`,
  DIRECTION_CONFLICT: (p) =>
    `Riktningen från ${SOURCE[p.winner]} (${DIRECTION[p.winnerDirection]} är bättre) strider mot ${SOURCE[p.loser]} (${DIRECTION[p.loserDirection]} är bättre); ${SOURCE[p.winner]} gäller.`,
  UNKNOWN_PERSPECTIVE: (p) => `Perspektivet "${p.value}" finns inte i listan på bladet Regler.`,
  UNKNOWN_RULE: (p) => `Regeln "${p.value}" finns inte på bladet Regler; standardregeln används.`,
  INVALID_ASSESSMENT: (p) => `Bedömningen "${p.value}" går inte att tolka. Använd ↑, →, ↓ eller Grön, Gul, Röd.`,
  CELL_ERROR: (p) => `Cellen innehåller felvärdet ${p.value}.`,
  EMPTY_PLAN: (p) => `Planen "${p.name}" har inga mål och bedöms som ej uppfylld.`,
  GOAL_WITHOUT_MEASURES: (p) => `Målet "${p.name}" har varken mätetal eller eget målvärde och utfall.`,
  MANUAL_DIFFERS: (p) =>
    `Den manuella bedömningen (${STATUS_NAME_SV[p.manual]}) skiljer sig från den beräknade (${STATUS_NAME_SV[p.computed]}); den manuella gäller.`,
  DUPLICATE_NAME: (p) => `Namnet "${p.name}" förekommer flera gånger (även ${p.other}).`,
  RULES_INVALID: (p) => `Ogiltig inställning på bladet Regler: ${renderReglerIssue(reglerSv, p)}`,
  STATUS_COLUMN_ADDED: (p) => `Bladet saknade kolumnen Status; den lades till i kolumn ${p.column}.`,
  GENERATED_NAME_TAKEN: (p) =>
    `Bladet "${p.name}" är ett eget blad och lämnas orört; sammanställningen skrevs till "${p.used}" i stället. Byt namn på ditt blad om sammanställningen ska få namnet.`,
  UNSUPPORTED_WORKBOOK_PART: (p) =>
    `Arbetsboken innehåller ${p.part}, som inte kan skrivas tillbaka utan att gå förlorade${p.reason ? ` eftersom ${p.reason}` : ""}. Inget skrevs. (Använd --allow-lossy om du accepterar förlusten.)`,
  UNKNOWN_PERIOD: (p) =>
    "matches" in p
      ? `Perioden "${p.value}" passar flera kolumner (${p.matches}); skriv hela rubriken.`
      : `Perioden "${p.value}" finns inte. Tillgängliga: ${p.available}.`,
  NOTHING_EVALUATED: (p) =>
    `Bladet lästes som planblad med rubrikrad ${p.row}, men ingen rad under den kunde bedömas: inga planer, mål eller mätetal hittades${p.skipped ? ` (${p.skipped} rader hoppades över, se problemen ovan)` : ""}. Kontrollera att raderna under rubrikraden har Nivå och Namn ifyllda.`,
  NOT_MEASURED: (p) =>
    p.column === "target"
      ? `Målvärdet är "${p.value}", så status beräknas inte för "${p.name}".`
      : `Utfallet är "${p.value}" – inte mätt ännu – så status beräknas inte för "${p.name}".`,
  INTERNAL_ERROR: (p) =>
    `Internt fel i Målstyrning när cellens värde "${p.value}" lästes (${p.detail}); status beräknas inte för raden. Detta är ett fel i programmet, inte i arbetsboken – rapportera det gärna.`,
  // Rendered from the layout by sheet/describe-layout.ts in both languages; the params carry both.
  LAYOUT_INFERRED: (p) => p.sv,
  DIRECTION_FROM_NAME: (p) =>
    `Riktningen för "${p.name}" tas från namnet: ${p.term} räknas som ett mått där lägre är bättre. Ange Riktning för att vara säker.`,
  KEPT_SUMMARY_SHEET: (p) =>
    `Bladet "${p.name}" är en sparad sammanställning från en tidigare körning; det läses inte som planblad och lämnas orört.`,
};
