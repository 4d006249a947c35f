/** Every text the task pane shows, in Swedish and English (English when Office's display language is English). */
import type { Locale, Severity } from "../src/domain/problems";
import type { Level, StatusSource } from "../src/domain/status";
import type { ReadValueKind } from "../src/domain/values/types";

export interface Strings {
  readonly title: string;
  readonly subtitle: string;
  readonly periodLabel: string;
  readonly periodAuto: (period: string | null) => string;
  readonly periodHelp: string;
  readonly validate: string;
  readonly recalc: string;
  readonly summaries: string;
  readonly summariesHelp: string;
  readonly summariesDone: (sheets: readonly string[]) => string;
  readonly regler: string;
  readonly reglerHelp: string;
  readonly reglerCreated: string;
  readonly reglerExists: string;
  readonly moreHeading: string;
  readonly working: {
    readonly validate: string;
    readonly recalc: string;
    readonly summaries: string;
    readonly regler: string;
  };
  readonly resultHeading: string;
  readonly problemsHeading: string;
  readonly noRunYet: string;
  readonly noProblems: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly goToCell: (where: string) => string;
  readonly rowHeading: string;
  readonly rowHint: string;
  readonly rowNotPlan: (sheet: string, row: number) => string;
  readonly level: Readonly<Record<Level, string>>;
  readonly target: string;
  readonly actual: string;
  readonly direction: string;
  readonly higher: string;
  readonly lower: string;
  readonly directionSource: Readonly<Record<string, string>>;
  readonly statusSource: Readonly<Record<StatusSource, string>>;
  readonly why: string;
  readonly empty: string;
  readonly readAs: string;
  readonly kind: Readonly<Record<ReadValueKind, string>>;
  readonly yesNo: Readonly<Record<"yes" | "ongoing" | "no", string>>;
  readonly children: string;
  readonly plan: string;
  readonly perspective: string;
  readonly notInExcel: string;
  readonly staleNote: (time: string) => string;
}

const sv: Strings = {
  title: "Målstyrning",
  subtitle: "Måluppfyllelse för planer, mål och mätetal",
  periodLabel: "Period",
  periodAuto: (p) => (p ? `Automatiskt (${p})` : "Automatiskt (senaste utfall)"),
  periodHelp: "Vilken Utfall-kolumn statusen gäller. Valet sparas i arbetsboken och används även av menyfliksknappen.",
  validate: "Validera",
  recalc: "Beräkna status",
  summaries: "Skapa sammanställningar",
  summariesHelp:
    "Beräknar status och skapar eller ersätter Översikt och en flik per perspektiv och per plan. Andra blad än de som tillägget har skapat ändras aldrig.",
  summariesDone: (sheets) => `Skapade ${sheets.length} blad: ${sheets.join(", ")}.`,
  regler: "Skapa Regler-blad",
  reglerHelp: "Skapar bladet Regler med standardreglerna, så att de kan ändras i Excel.",
  reglerCreated: "Bladet Regler är skapat med standardreglerna.",
  reglerExists: "Arbetsboken har redan ett blad som heter Regler; det har inte ändrats.",
  moreHeading: "Mer",
  working: {
    validate: "Läser och kontrollerar arbetsboken …",
    recalc: "Beräknar och skriver status …",
    summaries: "Skapar sammanställningar …",
    regler: "Skapar bladet Regler …",
  },
  resultHeading: "Resultat",
  problemsHeading: "Problem",
  noRunYet: "Välj Validera eller Beräkna status för att kontrollera planbladen.",
  noProblems: "Inga problem hittades.",
  severity: { error: "Fel", warning: "Varningar", info: "Information" },
  goToCell: (where) => `Gå till ${where}`,
  rowHeading: "Markerad rad",
  rowHint:
    "Markera en cell på en rad med ett mål eller mätetal för att se hur raden lästes och varför den fick sin status.",
  rowNotPlan: (sheet, row) =>
    `Rad ${row} på bladet ${sheet} är ingen plan-, mål- eller mätetalsrad. Markera en sådan rad för att se hur den lästes.`,
  level: { plan: "Plan", goal: "Mål", indicator: "Mätetal" },
  target: "Målvärde",
  actual: "Utfall",
  direction: "Riktning",
  higher: "Högre är bättre",
  lower: "Lägre är bättre",
  directionSource: {
    column: "enligt kolumnen Riktning",
    rule: "enligt regeln",
    target: "enligt målvärdets formulering",
    name: "enligt namnets formulering",
    default: "antaget (standardregeln)",
  },
  statusSource: {
    manual: "manuell bedömning",
    computed: "beräknad",
    rollup: "sammanvägd",
    none: "ingen bedömning",
  },
  why: "Varför",
  empty: "tom",
  readAs: "tolkat som",
  kind: {
    number: "tal",
    percent: "procent",
    boolean: "ja/nej",
    baseline: "jämfört med tidigare värde",
    range: "intervall",
    unparseable: "kunde inte tolkas",
    "not-measured": "inte mätt",
    "internal-error": "internt fel vid läsningen",
  },
  yesNo: { yes: "ja", ongoing: "pågår", no: "nej" },
  children: "Underliggande",
  plan: "Plan",
  perspective: "Perspektiv",
  notInExcel:
    "Panelen körs utanför Excel. Lägg till tillägget i Excel (se docs/ADDIN.md) och öppna det från fliken Målstyrning.",
  staleNote: (time) => `Från körningen kl. ${time}. Kör igen om du har ändrat i bladen.`,
};

const en: Strings = {
  title: "Målstyrning",
  subtitle: "Goal attainment for plans, goals and indicators",
  periodLabel: "Period",
  periodAuto: (p) => (p ? `Automatic (${p})` : "Automatic (latest actuals)"),
  periodHelp: "Which Utfall column the status refers to. Saved in the workbook and also used by the ribbon button.",
  validate: "Validate",
  recalc: "Compute status",
  summaries: "Create summaries",
  summariesHelp:
    "Computes status and creates or replaces Översikt and one tab per perspective and per plan. Sheets the add-in did not create are never changed.",
  summariesDone: (sheets) => `Created ${sheets.length} sheets: ${sheets.join(", ")}.`,
  regler: "Create Regler sheet",
  reglerHelp: "Creates the Regler sheet with the default rules so they can be edited in Excel.",
  reglerCreated: "The Regler sheet was created with the default rules.",
  reglerExists: "The workbook already has a sheet named Regler; it was left unchanged.",
  moreHeading: "More",
  working: {
    validate: "Reading and checking the workbook …",
    recalc: "Computing and writing status …",
    summaries: "Creating summaries …",
    regler: "Creating the Regler sheet …",
  },
  resultHeading: "Result",
  problemsHeading: "Problems",
  noRunYet: "Choose Validate or Compute status to check the plan sheets.",
  noProblems: "No problems found.",
  severity: { error: "Errors", warning: "Warnings", info: "Information" },
  goToCell: (where) => `Go to ${where}`,
  rowHeading: "Selected row",
  rowHint: "Select a cell on a goal or indicator row to see how the row was read and why it got its status.",
  rowNotPlan: (sheet, row) =>
    `Row ${row} on the sheet ${sheet} is not a plan, goal or indicator row. Select one to see how it was read.`,
  level: { plan: "Plan", goal: "Goal", indicator: "Indicator" },
  target: "Target (Målvärde)",
  actual: "Actual (Utfall)",
  direction: "Direction",
  higher: "Higher is better",
  lower: "Lower is better",
  directionSource: {
    column: "from the Riktning column",
    rule: "from the rule",
    target: "from the target's wording",
    name: "from the name's wording",
    default: "assumed (default rule)",
  },
  statusSource: { manual: "manual assessment", computed: "computed", rollup: "rolled up", none: "no assessment" },
  why: "Why",
  empty: "empty",
  readAs: "read as",
  kind: {
    number: "number",
    percent: "percent",
    boolean: "yes/no",
    baseline: "relative to an earlier value",
    range: "range",
    unparseable: "could not be read",
    "not-measured": "not measured",
    "internal-error": "internal error while reading",
  },
  yesNo: { yes: "yes", ongoing: "ongoing", no: "no" },
  children: "Below it",
  plan: "Plan",
  perspective: "Perspective",
  notInExcel:
    "The pane is running outside Excel. Add the add-in to Excel (see docs/ADDIN.md) and open it from the Målstyrning tab.",
  staleNote: (time) => `From the run at ${time}. Run again if you have changed the sheets.`,
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { sv, en };
