/** The add-in's own texts in Swedish: the task pane, the ribbon's result dialog, the undo notice, failures. */
import type { UiStrings } from "../ui-strings";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const uiSv: UiStrings = {
  pane: {
    title: "Målstyrning",
    subtitle: "Måluppfyllelse för planer, mål och mätetal",
    periodLabel: "Period",
    periodAuto: (p) => (p ? `Automatiskt (${p})` : "Automatiskt (senaste utfall)"),
    periodHelp:
      "Vilken Utfall-kolumn statusen gäller. Valet sparas i arbetsboken och används även av menyfliksknappen.",
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
    unreadable: {
      text: "",
      date: "ett datum, inget tal",
      "cell-error": "ett felvärde",
      ambiguous: "tvetydigt",
      "several-numbers": "flera tal",
    },
    yesNo: { yes: "ja", ongoing: "pågår", no: "nej" },
    children: "Underliggande",
    plan: "Plan",
    perspective: "Perspektiv",
    notInExcel:
      "Panelen körs utanför Excel. Lägg till tillägget i Excel (se docs/ADDIN.md) och öppna det från fliken Målstyrning.",
    staleNote: (time) => `Från körningen kl. ${time}. Kör igen om du har ändrat i bladen.`,
  },
  layouts: {
    heading: "Så lästes bladen",
    none: "Inget blad lästes som planblad.",
    hint: "Stämmer det inte? Rätta tolkningen i tabellen Bladtolkning på bladet Regler och välj Validera igen.",
    save: "Spara tolkningen",
    saveHelp:
      "Skriver hur bladen lästes till tabellen Bladtolkning på bladet Regler, så att du kan rätta den. " +
      "Bara den tabellen ändras.",
    saving: "Sparar tolkningen på bladet Regler …",
    nothingToSave: "Inget blad lästes som planblad, så det finns ingen tolkning att spara. Inget har ändrats.",
    saved: ({ created, address, sheets }) =>
      `${created ? "Bladet Regler är skapat med standardreglerna. " : ""}` +
      `Tolkningen av ${sheets === 1 ? "1 blad" : `${sheets} blad`} är sparad i tabellen Bladtolkning på bladet ` +
      `Regler (${address}). Ändra Roll, Rubrikrad, Rad eller Nivå där det inte stämmer och välj Validera igen: ` +
      "tabellen gäller i stället för den automatiska tolkningen. Töm tabellen för att låta bladen tolkas automatiskt igen.",
  },
  report: {
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
  outcome: {
    status: { green: "Uppfyllt", yellow: "Delvis uppfyllt", red: "Ej uppfyllt", missing: "Saknar bedömning" },
    levels: { plan: "Planer", goal: "Mål", indicator: "Mätetal" },
    failed: "Målstyrning kunde inte slutföra",
    statusWritten: (rows) => `Status skriven för ${plural(rows, "rad", "rader")}`,
    validated: (n) => `Validerat: ${plural(n, "rad", "rader")} kan bedömas`,
    period: (period) => `Period: ${period ?? "ingen Utfall-kolumn hittades"}`,
    summaries: (others) =>
      others > 0
        ? `Översikt och ${plural(others, "flik", "flikar")} per perspektiv och plan uppdaterades.`
        : "Översikt uppdaterades.",
    noProblems: "Inga problem hittades.",
    problems: (errors, warnings, infos) =>
      `${errors} fel, ${plural(warnings, "varning", "varningar")} och ${infos} information. Välj Visa panel för att se dem och gå till cellerna.`,
    close: "Stäng",
  },
  undo: {
    title: "Innan du beräknar status första gången",
    text: "Beräkna status skriver Status-kolumnen och lägger till eller ersätter sammanställningsbladen. Excel tömmer då sin ångra-historik: det som gjorts före körningen går inte att ångra med Ctrl+Z efteråt. Spara arbetsboken först om du vill kunna gå tillbaka.",
    proceed: "Fortsätt",
    cancel: "Avbryt",
  },
  failure: {
    afterwards: (wrote) =>
      wrote
        ? "Status-kolumnen eller sammanställningarna kan vara delvis skrivna; kör Beräkna status igen när felet är åtgärdat."
        : "Inget skrevs.",
    byCode: {
      InvalidOperationInCellEditMode:
        "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök sedan igen.",
      EditModeCellEditing:
        "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök sedan igen.",
      AccessDenied:
        "Excel tillät inte ändringen: arbetsboken är skrivskyddad, skyddad eller öppen i läsläge. Öppna den för redigering, ta bort skyddet (Granska → Ta bort bladskydd / Skydda arbetsbok) och försök igen.",
      ItemNotFound:
        "Ett blad som körningen behövde finns inte längre (det kan ha bytt namn eller tagits bort under tiden). Välj Validera och sedan Beräkna status igen.",
      ItemAlreadyExists:
        "Ett blad med samma namn som en sammanställning skapades under körningen. Byt namn på det bladet och försök igen.",
      RequestPayloadSizeLimitExceeded:
        "Arbetsboken är för stor för att Excel på webben ska ta emot ändringarna (högst 5 MB per begäran). Öppna arbetsboken i Excel för Windows eller Mac och kör Beräkna status där.",
      ResponsePayloadSizeLimitExceeded:
        "Planbladen är för stora för att Excel på webben ska kunna skicka dem (högst 5 MB per svar). Öppna arbetsboken i Excel för Windows eller Mac, eller ta bort långa texter och tomma rader långt ned på planbladen.",
      InsertDeleteConflict:
        "Excel kunde inte ändra bladen eftersom en tabell med filter, en pivottabell eller ett sammanfogat område är i vägen. Ta bort filtret (Data → Rensa) och försök igen.",
      MergedRangeConflict:
        "Excel kunde inte skriva i ett sammanfogat område. Dela upp de sammanfogade cellerna i Status-kolumnen (Start → Sammanfoga och centrera) och försök igen.",
      FilteredRangeConflict:
        "Excel kunde inte skriva i ett filtrerat område. Ta bort filtret på planbladet (Data → Rensa) och försök igen.",
      InvalidOperation:
        "Excel tillät inte ändringen, ofta för att ett blad eller arbetsboken är skyddad eller en tabell är i vägen. Ta bort skyddet (Granska) och försök igen.",
      UnsupportedSheet:
        "Arbetsboken har ett blad som tillägget inte kan läsa (ett diagram- eller makroblad). Kör igen; kvarstår felet, flytta planbladen till en vanlig arbetsbok.",
      RangeExceedsLimit:
        "Ett område är för stort för Excel att läsa i ett svep. Ta bort innehåll långt ned eller långt till höger på planbladen och försök igen.",
      OperationCellsExceedLimit:
        "Ett område är för stort för Excel att läsa i ett svep. Ta bort innehåll långt ned eller långt till höger på planbladen och försök igen.",
      ApiNotFound:
        "Den här Excel-versionen saknar en funktion som tillägget behöver (ExcelApi 1.13). Uppdatera Office, eller använd Excel på webben.",
      NotImplemented:
        "Den här Excel-versionen saknar en funktion som tillägget behöver (ExcelApi 1.13). Uppdatera Office, eller använd Excel på webben.",
      RequestAborted:
        "Excel avbröt körningen (arbetsboken stängdes eller laddades om). Öppna arbetsboken och försök igen.",
      InactiveWorkbook: "Arbetsboken är inte längre aktiv. Klicka i arbetsboken och försök igen.",
      Conflict: "Någon annan ändrade arbetsboken samtidigt. Vänta tills ändringarna har sparats och försök igen.",
    },
    quote: (name) => `”${name}”`,
    protectedSummarySheet: (sheets) =>
      `Sammanställningsbladet ${sheets} är skyddat, så inget skrevs. Ta bort skyddet (Granska → Ta bort bladskydd), eller ta bort bladet, och försök igen.`,
    protectedSheets: (sheets, many) =>
      `${many ? "Bladen" : "Bladet"} ${sheets} är skyddat, så inget skrevs. Ta bort skyddet (Granska → Ta bort bladskydd) och försök igen.`,
    protectedWorkbook:
      "Arbetsbokens struktur är skyddad, så sammanställningsbladen kan inte läggas till eller ersättas och inget skrevs. Ta bort skyddet (Granska → Skydda arbetsbok) och försök igen, eller välj Validera, som inte skriver något.",
    tooManyCells: (sheet, cells) =>
      `Bladet ”${sheet}” använder ${cells.toLocaleString("sv-SE")} celler, fler än tillägget läser i en körning, så inget lästes eller skrevs. Ta bort tomma rader och kolumner långt under eller till höger om planen (markera dem, högerklicka → Ta bort) och försök igen.`,
    unknownPeriod: (requested, periods) =>
      `Perioden ”${requested}” matchar ingen Utfall-kolumn, så inget skrevs. Välj någon av: ${periods.length > 0 ? periods.join(", ") : "inga"}, eller Automatiskt.`,
    unexpected: (code, afterwards) =>
      `Excel kunde inte slutföra körningen${code ? ` (felkod ${code})` : ""}. ${afterwards} Spara arbetsboken, stäng och öppna den igen och försök på nytt; händer det igen, kontakta support och ange felkoden.`,
  },
};
