/** What the task pane's report button decides without touching the DOM or Office: the file name and how to hand it over. */

/** "Plan 2021.xlsx" → "Plan 2021-rapport.docx", as the CLI names it; characters Windows refuses become "-". */
export function reportFileName(workbookName: string | null): string {
  const base = (workbookName ?? "").replace(/\.xls[xmb]?$/i, "").trim();
  // eslint-disable-next-line no-control-regex
  const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "-");
  return `${safe || "Målstyrning"}-rapport.docx`;
}

/**
 * How the document can reach the user. Office for Mac and iPad run the task pane in WKWebView, which ignores
 * `a[download]` without an error (OfficeDev/office-js#2700, "by design"), and a blob: URL cannot be opened in the
 * system browser either (it belongs to the task pane's page). So there the pane says so plainly instead of pretending.
 * Excel on the web and on Windows (WebView2) save the file as a browser download.
 */
export type Handover = "download" | "unsupported";

export function handoverFor(platform: string | null): Handover {
  return platform === "MAC" || platform === "IOS" ? "unsupported" : "download";
}
