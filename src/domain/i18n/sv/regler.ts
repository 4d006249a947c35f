/** The Regler sheet's issues in Swedish, keyed by issue code; RULES_INVALID puts them after its own words. */
import { SECTIONS } from "../../rules/regler-layout";
import type { ReglerMessageMap, ThresholdField } from "../../rules/regler-issues";
import { formatPercentText } from "../../rules/number-text";
import { STATUS_GLYPH } from "../../status/statuses";

const THRESHOLD: Readonly<Record<ThresholdField, string>> = {
  green: "Gränsen för grön",
  red: "Gränsen för röd",
  yellowScore: "Poängen för gul",
};
const ROLLUP_LEVEL = { goal: "Mål", plan: "Plan" } as const;
const ROW_FIELD = { headerRow: "Rubrikrad", row: "Rad" } as const;

const ROLE_HELP =
  "Använd Namn, Nivå, ett nivåord (Plan, Mål, Strategiskt mål, Mätetal, Framgångsfaktor …), Perspektiv, Dnr, " +
  "Målvärde, Utfall, Jämförelsevärde, Riktning, Regel, Bedömning, Pilar, Status, Kommentar, Ansvarig eller Ignorera.";

const bladtolkning = (text: string): string => `Bladtolkning: ${text}`;

export const reglerSv: ReglerMessageMap = {
  "cell-error": (p) => `Cellen innehåller felvärdet ${p.error}.`,
  "unreadable-entry": () => "Värdet går inte att använda; standardvärdet gäller.",
  "rule-without-name": () => "Regeln saknar namn.",
  "unknown-direction": (p) =>
    `Riktningen "${p.text}" går inte att tolka; skriv Högre är bättre, Lägre är bättre eller lämna tomt.`,
  "tolerance-not-number": (p) => `Toleransen "${p.text}" är inget tal.`,
  "tolerance-negative": (p) => `Toleransen "${p.text}" är negativ; den anger ett avstånd och skrivs utan minustecken.`,
  "unknown-tolerance-kind": (p) => `Toleranstypen "${p.text}" går inte att tolka; skriv Relativ eller Absolut.`,
  "duplicate-rule": (p) => `Regeln "${p.text}" finns redan; bara den första används.`,
  "unknown-default-rule": (p) =>
    `Standardregeln "${p.text}" finns inte bland mätetalsreglerna; regeln ${p.used} används.`,
  "rollup-without-level": () => "Raden saknar nivå; skriv Mål eller Plan.",
  "unknown-rollup-level": (p) =>
    `Nivån "${p.text}" går inte att sammanväga; skriv Mål (mål utifrån mätetal) eller Plan (plan utifrån mål).`,
  "unknown-method": (p) => `Metoden "${p.text}" finns inte; skriv andel, medel eller sämsta.`,
  "threshold-not-number": (p) => `${THRESHOLD[p.field]} "${p.text}" är inget tal.`,
  "threshold-out-of-range": (p) => `${THRESHOLD[p.field]} (${p.text}) måste ligga mellan 0 % och 100 %.`,
  "red-above-green": (p) =>
    `Med metoden medel får Röd (${formatPercentText(p.red)}) inte vara högre än Grön (${formatPercentText(p.green)}).`,
  "duplicate-rollup": (p) => `Sammanvägningen för ${ROLLUP_LEVEL[p.level]} står flera gånger; bara den första används.`,
  "legend-without-status": () => "Raden saknar status; skriv ↑, →, ↓ eller –.",
  "unknown-status": (p) => `Statusen "${p.text}" går inte att tolka; skriv ↑, →, ↓ eller –.`,
  "duplicate-legend-status": (p) =>
    `Statusen ${STATUS_GLYPH[p.status]} står flera gånger i teckenförklaringen; bara den första används.`,
  "duplicate-perspective": (p) => `Perspektivet "${p.text}" står flera gånger; bara det första används.`,
  "not-a-measure": (p) => `"${p.text}" är inget mått. Skriv ett ord eller en fras ur mätetalets namn, t.ex. vårdköer.`,
  "duplicate-measure": (p) => `Måttet "${p.text}" står flera gånger; bara det första används.`,
  "duplicate-section": (p) => `Avsnittet ${SECTIONS[p.section].heading} finns flera gånger; bara det första används.`,
  "table-without-key-column": (p) =>
    `Tabellen under ${SECTIONS[p.section].heading} saknar kolumnen ${p.column}; standardvärdena används för avsnittet.`,
  "bladtolkning-missing-sheet": () => bladtolkning("Bladets namn saknas."),
  "bladtolkning-not-a-row": (p) => bladtolkning(`${ROW_FIELD[p.field]} ska vara ett radnummer (1, 2, 3 …).`),
  "bladtolkning-not-a-column": () => bladtolkning("Kolumn ska vara en kolumnbokstav (A, B, C …)."),
  "bladtolkning-unknown-role": () => bladtolkning(`Okänd roll. ${ROLE_HELP}`),
  "bladtolkning-unknown-heading-level": () =>
    bladtolkning("Okänd nivå för en rubrikrad. Använd Plan, Mål, Perspektiv eller Ansvarig."),
  "bladtolkning-column-without-role": () => bladtolkning("Kolumn och Roll hör ihop: fyll i båda."),
  "bladtolkning-row-without-level": () => bladtolkning("Rad och Nivå hör ihop: fyll i båda."),
  "bladtolkning-unknown-sheet": (p) => bladtolkning(`bladet "${p.text}" finns inte i arbetsboken.`),
  "bladtolkning-second-header-row": (p) =>
    bladtolkning(`bladet ${p.sheet} har redan rubrikrad ${p.headerRow}; den första gäller.`),
  "bladtolkning-second-role": (p) => bladtolkning(`kolumn ${p.column} har redan en roll; den första gäller.`),
  "bladtolkning-no-header-row": (p) => bladtolkning(`bladet ${p.sheet} saknar Rubrikrad; bladet tolkas automatiskt.`),
  "bladtolkning-no-name-column": (p) =>
    bladtolkning(
      `bladet ${p.sheet} behöver en kolumn med rollen Namn, Nivå eller ett nivåord ` +
        "(Mål, Mätetal …); bladet tolkas automatiskt.",
    ),
};
