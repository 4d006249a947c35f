/**
 * The add-in's own texts in English, for Office in English. The workbook's own names stay as the sheets write them
 * (the Utfall column, the Regler sheet, the Bladtolkning table, Översikt); buttons are called what the English ribbon
 * and pane call them (Compute status, Validate, Show pane).
 */
import type { UiStrings } from "../ui-strings";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const uiEn: UiStrings = {
  pane: {
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
    summariesDone: (sheets) => `Created ${plural(sheets.length, "sheet", "sheets")}: ${sheets.join(", ")}.`,
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
    unreadable: {
      text: "",
      date: "a date, not a number",
      "cell-error": "an error value",
      ambiguous: "ambiguous",
      "several-numbers": "several numbers",
    },
    yesNo: { yes: "yes", ongoing: "ongoing", no: "no" },
    children: "Below it",
    plan: "Plan",
    perspective: "Perspective",
    notInExcel:
      "The pane is running outside Excel. Add the add-in to Excel (see docs/ADDIN.md) and open it from the Målstyrning tab.",
    staleNote: (time) => `From the run at ${time}. Run again if you have changed the sheets.`,
  },
  layouts: {
    heading: "How the sheets were read",
    none: "No sheet was read as a plan sheet.",
    hint: "Not right? Correct the reading in the Bladtolkning table on the Regler sheet and choose Validate again.",
    save: "Save the reading",
    saveHelp:
      "Writes how the sheets were read to the Bladtolkning table on the Regler sheet, so that you can correct it. " +
      "Only that table changes.",
    saving: "Saving the reading on the Regler sheet …",
    nothingToSave: "No sheet was read as a plan sheet, so there is no reading to save. Nothing was changed.",
    saved: ({ created, address, sheets }) =>
      `${created ? "The Regler sheet was created with the default rules. " : ""}` +
      `The reading of ${sheets === 1 ? "1 sheet" : `${sheets} sheets`} is saved in the Bladtolkning table on the ` +
      `Regler sheet (${address}). Change Roll, Rubrikrad, Rad or Nivå where it is wrong and choose Validate again: ` +
      "the table replaces the automatic reading. Empty the table to have the sheets read automatically again.",
  },
  report: {
    button: "Create report (Word)",
    help:
      "Creates the goal attainment report as a Word document for the chosen period: legend, summary, one " +
      "section per perspective and the plans. The workbook is not changed.",
    working: "Creating the report …",
    done: (file, title) =>
      `The report “${title}” has been created and is saved as ${file} in your downloads. ` +
      "If you cannot see it, save it with the link below.",
    saveLink: (file) => `Save ${file}`,
    unsupported:
      "Excel for Mac and iPad do not let add-ins save files, so the report cannot be downloaded here. " +
      "Create it in Excel on the web or Excel for Windows with the same button, " +
      "or on the command line: malstyrning rapport <workbook.xlsx>.",
    notInExcel: "The report can only be created when the pane is open in Excel.",
    failed: (detail) => `The report could not be created: ${detail}`,
  },
  outcome: {
    status: { green: "Met", yellow: "Partly met", red: "Not met", missing: "Not assessed" },
    levels: { plan: "Plans", goal: "Goals", indicator: "Indicators" },
    failed: "Målstyrning could not finish",
    statusWritten: (rows) => `Status written for ${plural(rows, "row", "rows")}`,
    validated: (n) => `Validated: ${plural(n, "row", "rows")} can be assessed`,
    period: (period) => `Period: ${period ?? "no Utfall column found"}`,
    summaries: (others) =>
      others > 0
        ? `Översikt and ${plural(others, "more summary sheet", "more summary sheets")} updated.`
        : "Översikt updated.",
    noProblems: "No problems found.",
    problems: (errors, warnings, infos) =>
      `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")} and ${infos} info. Choose Show pane to see and go to each one.`,
    close: "Close",
  },
  undo: {
    title: "Before you compute status the first time",
    text: "Compute status writes the Status column and adds or replaces the summary sheets. Excel then clears its undo history: what was done before the run cannot be undone with Ctrl+Z afterwards. Save the workbook first if you want to be able to go back.",
    proceed: "Continue",
    cancel: "Cancel",
  },
  failure: {
    afterwards: (wrote) =>
      wrote
        ? "Part of the Status column or the summary sheets may have been written; run Compute status again once this is fixed."
        : "Nothing was written.",
    byCode: {
      InvalidOperationInCellEditMode: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
      EditModeCellEditing: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
      AccessDenied:
        "Excel refused the change: the workbook is read-only, protected or open for viewing. Open it for editing, remove the protection (Review → Unprotect Sheet / Protect Workbook) and try again.",
      ItemNotFound:
        "A sheet the run needed no longer exists (it may have been renamed or deleted meanwhile). Choose Validate, then Compute status again.",
      ItemAlreadyExists:
        "A sheet with the name of a summary sheet was created during the run. Rename that sheet and try again.",
      RequestPayloadSizeLimitExceeded:
        "The workbook is too large for Excel on the web to accept the changes (at most 5 MB per request). Open it in Excel for Windows or Mac and run Compute status there.",
      ResponsePayloadSizeLimitExceeded:
        "The plan sheets are too large for Excel on the web to send (at most 5 MB per response). Open the workbook in Excel for Windows or Mac, or remove long texts and stray cells far down the plan sheets.",
      InsertDeleteConflict:
        "Excel could not change the sheets because a filtered table, a PivotTable or a merged area is in the way. Clear the filter (Data → Clear) and try again.",
      MergedRangeConflict:
        "Excel could not write into a merged area. Unmerge the cells in the Status column (Home → Merge & Center) and try again.",
      FilteredRangeConflict:
        "Excel could not write into a filtered range. Clear the filter on the plan sheet (Data → Clear) and try again.",
      InvalidOperation:
        "Excel did not allow the change, often because a sheet or the workbook is protected or a table is in the way. Remove the protection (Review) and try again.",
      UnsupportedSheet:
        "The workbook has a sheet the add-in cannot read (a chart or macro sheet). Try again; if it persists, move the plan sheets to an ordinary workbook.",
      RangeExceedsLimit:
        "A range is too large for Excel to read at once. Remove content far down or far to the right on the plan sheets and try again.",
      OperationCellsExceedLimit:
        "A range is too large for Excel to read at once. Remove content far down or far to the right on the plan sheets and try again.",
      ApiNotFound:
        "This version of Excel lacks a feature the add-in needs (ExcelApi 1.13). Update Office, or use Excel on the web.",
      NotImplemented:
        "This version of Excel lacks a feature the add-in needs (ExcelApi 1.13). Update Office, or use Excel on the web.",
      RequestAborted: "Excel stopped the run (the workbook was closed or reloaded). Open the workbook and try again.",
      InactiveWorkbook: "The workbook is no longer active. Click in the workbook and try again.",
      Conflict: "Someone else changed the workbook at the same time. Wait until the changes are saved and try again.",
    },
    quote: (name) => `“${name}”`,
    protectedSummarySheet: (sheets) =>
      `The summary sheet ${sheets} is protected, so nothing was written. Unprotect it (Review → Unprotect Sheet), or delete it, and try again.`,
    protectedSheets: (sheets, many) =>
      `The sheet${many ? "s" : ""} ${sheets} ${many ? "are" : "is"} protected, so nothing was written. Unprotect ${many ? "them" : "it"} (Review → Unprotect Sheet) and try again.`,
    protectedWorkbook:
      "The workbook structure is protected, so the summary sheets cannot be added or replaced and nothing was written. Remove the protection (Review → Protect Workbook) and try again, or use Validate, which writes nothing.",
    tooManyCells: (sheet, cells) =>
      `The sheet “${sheet}” uses ${cells.toLocaleString("en-GB")} cells, more than the add-in reads in one run, so nothing was read or written. Delete the empty rows and columns far below or to the right of the plan (select them, right-click → Delete) and try again.`,
    unknownPeriod: (requested, periods) =>
      `The period “${requested}” matches no Utfall column, so nothing was written. Choose one of: ${periods.length > 0 ? periods.join(", ") : "none"}, or Automatic.`,
    unexpected: (code, afterwards) =>
      `Excel could not finish the run${code ? ` (error code ${code})` : ""}. ${afterwards} Save the workbook, close and reopen it, and try again; if it happens again, contact support and mention the error code.`,
  },
};
