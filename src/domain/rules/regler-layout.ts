/**
 * The `Regler` sheet as a Swedish controller sees it: what the builder writes and the reader recognises.
 * Headings and table headers are matched ignoring case, spaces, hyphens and a trailing colon; English names are
 * accepted too, for workbooks made by an English Excel.
 */
import type { Status } from "../status/statuses";
import type { Direction } from "../vocabulary";
import type { RollupMethod, ToleranceKind } from "./types";

export const REGLER_SHEET_NAME = "Regler";

export type SectionKey =
  "perspectives" | "indicatorRules" | "rollups" | "defaultRule" | "legend" | "lowerIsBetter" | "sheetLayouts";

export interface SectionSpec {
  /** Written in column A; the first alias. */
  readonly heading: string;
  readonly aliases: readonly string[];
  /** A short hint written beside the heading; the reader ignores the rest of a heading row. */
  readonly hint: string;
}

/** In the order the builder writes them; the reader accepts any order. */
export const SECTIONS: Readonly<Record<SectionKey, SectionSpec>> = {
  perspectives: {
    heading: "Perspektiv",
    aliases: ["Perspektiv", "Perspectives", "Perspective"],
    hint: "Ett perspektiv per rad i kolumn A, i den ordning rapporterna ska visa dem. Tomt: i den ordning de förekommer.",
  },
  indicatorRules: {
    heading: "Mätetalsregler",
    aliases: ["Mätetalsregler", "Regler för mätetal", "Indicator rules"],
    hint: "Ett mätetal följer regeln som står i kolumnen Regel på planbladet, annars standardregeln.",
  },
  rollups: {
    heading: "Sammanvägning",
    aliases: ["Sammanvägning", "Sammanvägningar", "Roll-up", "Rollup"],
    hint: "Hur mål bedöms utifrån sina mätetal och planer utifrån sina mål.",
  },
  defaultRule: {
    heading: "Standardregel",
    aliases: ["Standardregel", "Default rule"],
    hint: "Mätetalsregeln som gäller när kolumnen Regel är tom.",
  },
  legend: {
    heading: "Teckenförklaring",
    aliases: ["Teckenförklaring", "Legend"],
    hint: "Texterna som förklarar statusarna i sammanställningarna.",
  },
  lowerIsBetter: {
    heading: "Mått där lägre är bättre",
    aliases: ["Mått där lägre är bättre", "Lägre är bättre för", "Lower is better measures"],
    hint: "Ett mått per rad i kolumn A, utöver de inbyggda (sjukfrånvaro, väntetid, kö, vårdskador, kostnad …). Avgör riktningen bara när Riktning, regel och målvärde inte gör det.",
  },
  sheetLayouts: {
    heading: "Bladtolkning",
    aliases: ["Bladtolkning", "Bladtolkningar", "Sheet layouts", "Sheet layout"],
    hint: "Rättar hur ett blad läses. Per blad: Rubrikrad, en rad per kolumn med dess Roll (Namn, Mål, Mätetal, Målvärde, Utfall, Bedömning, Kommentar …), och rubrikrader med Rad och Nivå (Plan, Mål, Perspektiv, Ansvarig). Tomt: bladen tolkas automatiskt.",
  },
};

export const SECTION_ORDER: readonly SectionKey[] = [
  "perspectives",
  "indicatorRules",
  "rollups",
  "defaultRule",
  "legend",
  "lowerIsBetter",
  "sheetLayouts",
];

export interface ColumnSpec<K extends string> {
  readonly key: K;
  readonly header: string;
  readonly aliases: readonly string[];
}

export type RuleField = "name" | "direction" | "tolerance" | "toleranceKind" | "yesWords" | "ongoingWords" | "noWords";
export type RollupField = "level" | "method" | "green" | "red" | "yellowScore";
export type LegendField = "status" | "text";

/** Columns A, B, C… in this order when a table has no header row. */
export const RULE_COLUMNS: readonly ColumnSpec<RuleField>[] = [
  { key: "name", header: "Namn", aliases: ["Namn", "Regel", "Name", "Rule"] },
  { key: "direction", header: "Riktning", aliases: ["Riktning", "Direction"] },
  { key: "tolerance", header: "Tolerans", aliases: ["Tolerans", "Tolerance"] },
  { key: "toleranceKind", header: "Toleranstyp", aliases: ["Toleranstyp", "Typ av tolerans", "Tolerance type"] },
  { key: "yesWords", header: "Ja-ord", aliases: ["Ja-ord", "Ja", "Yes words"] },
  { key: "ongoingWords", header: "Pågår-ord", aliases: ["Pågår-ord", "Pågår", "Ongoing words"] },
  { key: "noWords", header: "Nej-ord", aliases: ["Nej-ord", "Nej", "No words"] },
];

export const ROLLUP_COLUMNS: readonly ColumnSpec<RollupField>[] = [
  { key: "level", header: "Nivå", aliases: ["Nivå", "Level"] },
  { key: "method", header: "Metod", aliases: ["Metod", "Method"] },
  { key: "green", header: "Grön", aliases: ["Grön", "Gräns grön", "Green"] },
  { key: "red", header: "Röd", aliases: ["Röd", "Gräns röd", "Red"] },
  { key: "yellowScore", header: "Poäng gul", aliases: ["Poäng gul", "Gul poäng", "Poäng för gul", "Yellow score"] },
];

export type SheetLayoutField = "sheet" | "headerRow" | "column" | "role" | "row" | "level";

/** Bladtolkning: a row gives a sheet's header row, one column's role, or one heading row's level (or several). */
export const SHEET_LAYOUT_COLUMNS: readonly ColumnSpec<SheetLayoutField>[] = [
  { key: "sheet", header: "Blad", aliases: ["Blad", "Sheet"] },
  { key: "headerRow", header: "Rubrikrad", aliases: ["Rubrikrad", "Header row"] },
  { key: "column", header: "Kolumn", aliases: ["Kolumn", "Column"] },
  { key: "role", header: "Roll", aliases: ["Roll", "Role"] },
  { key: "row", header: "Rad", aliases: ["Rad", "Row"] },
  { key: "level", header: "Nivå", aliases: ["Nivå", "Level"] },
];

export const LEGEND_COLUMNS: readonly ColumnSpec<LegendField>[] = [
  { key: "status", header: "Status", aliases: ["Status"] },
  { key: "text", header: "Text", aliases: ["Text", "Förklaring", "Beskrivning", "Description"] },
];

export const DIRECTION_TEXT: Readonly<Record<Direction, string>> = {
  higher: "Högre är bättre",
  lower: "Lägre är bättre",
};

/** Accepted Riktning words, compared compactly (no spaces, lower case). */
export const DIRECTION_WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: ["högreärbättre", "högre", "higherisbetter", "higher", "öka", "↑"],
  lower: ["lägreärbättre", "lägre", "lowerisbetter", "lower", "minska", "↓"],
};

export const TOLERANCE_KIND_TEXT: Readonly<Record<ToleranceKind, string>> = {
  relative: "Relativ",
  absolute: "Absolut",
};

export const TOLERANCE_KIND_WORDS: Readonly<Record<ToleranceKind, readonly string[]>> = {
  relative: ["relativ", "relativt", "relative", "procent", "andel"],
  absolute: ["absolut", "absolute", "enheter", "procentenheter"],
};

export const ROLLUP_METHOD_WORDS: Readonly<Record<RollupMethod, readonly string[]>> = {
  andel: ["andel", "share"],
  medel: ["medel", "medelvärde", "mean", "average"],
  sämsta: ["sämsta", "samsta", "worst"],
};

export const ROLLUP_LEVEL_TEXT = { goal: "Mål", plan: "Plan" } as const;

/** The glyph is written; colour names and the glyphs of SPEC §3 are read. */
export const STATUS_WORDS: Readonly<Record<Status, readonly string[]>> = {
  green: ["↑", "⬆", "▲", "grön", "green", "uppfyllt"],
  yellow: ["→", "➔", "➜", "►", "gul", "yellow", "amber", "delvis"],
  red: ["↓", "⬇", "▼", "röd", "red", "ejuppfyllt"],
  missing: ["–", "-", "—", "grå", "grey", "gray", "saknas", "saknarbedömning"],
};

export const TITLE = "Regler för statusberäkning";

/** Written above the first section, where the reader ignores everything. Short lines: Excel lets them overflow. */
export const INTRO: readonly string[] = [
  "Bladet styr hur Målstyrning beräknar status: ↑ uppfyllt, → delvis uppfyllt, ↓ ej uppfyllt, – saknar bedömning.",
  "Ändra värdena nedan och tryck Beräkna status igen. Rubrikerna i kolumn A visar var avsnitten börjar och ska stå kvar;",
  "avsnittens ordning och tomma rader spelar ingen roll, och ett avsnitt som tas bort får standardvärdena.",
  "Riktning: Högre är bättre, Lägre är bättre, eller tomt – då avgör målvärdet och mätetalets namn.",
  "Tolerans: hur långt från målvärdet utfallet får vara för gul status. Relativ = andel av målvärdet (10 %);",
  "Absolut = i målvärdets enhet (för procentmål i procentenheter, t.ex. 5 %). Tom tolerans betyder 10 % relativ.",
  "Ja-, Pågår- och Nej-ord: egna ord för ja/nej-mål utöver de inbyggda (Ja, Klar, Pågår, Nej …), åtskilda med kommatecken.",
  "Sammanvägning: poäng grön 1, gul enligt Poäng gul, röd 0; delar som saknar bedömning räknas inte.",
  "andel: grön när minst andelen Grön av delarna är gröna, röd när medelpoängen är under Röd.",
  "medel: grön när medelpoängen är minst Grön, röd när den är under Röd. sämsta: den sämsta delens status.",
  "Procent skrivs 75 % eller 0,75; ett tal över 1 utan %-tecken läses som procent (75 betyder 75 %), utom absolut tolerans.",
  "Mått där lägre är bättre: mätetal vars namn innehåller ett av orden räknas som lägre är bättre, om inget annat avgör.",
];

/** Excel character widths for columns A–G: names and words need room, numbers little. */
export const COLUMN_WIDTHS: readonly number[] = [30, 18, 12, 14, 24, 24, 24];
