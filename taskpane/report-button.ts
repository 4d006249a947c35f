/**
 * "Skapa rapport (Word)": evaluates the workbook as Validera does (nothing is written to it), builds the same report
 * document as `malstyrning rapport`, and hands it to the user as a download where the host allows one.
 */
import { runExcel } from "../src/adapters/office/excel-run";
import { isExcelHost, logError, platformName } from "../src/adapters/office/helpers";
import { OfficeWorkbook } from "../src/adapters/office/office-workbook";
import { describeReport } from "../src/app/report-document";
import { UI_STRINGS } from "../src/domain/i18n/ui";
import type { ReportStrings } from "../src/domain/i18n/ui-strings";
import type { Locale } from "../src/domain/problems";
import { failureText } from "../src/commands/outcome";
import { byId, el } from "./dom";
import { handoverFor, reportFileName } from "./report-file";

export interface ReportButtonContext {
  /** The period chosen in the pane; null for automatic. */
  readonly period: () => string | null;
  readonly locale: () => Locale;
  /** True while another task pane action runs: the report waits for it. */
  readonly busy: () => boolean;
}

let lastUrl: string | null = null;

function offerDownload(blob: Blob, file: string, linkText: string): HTMLAnchorElement {
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(blob);
  // A visible link too: where the programmatic click is blocked, the user's own click usually is not.
  const link = el("a", { className: "download-link", text: linkText, attrs: { href: lastUrl, download: file } });
  const hidden = el("a", { attrs: { href: lastUrl, download: file } });
  hidden.hidden = true;
  document.body.append(hidden);
  hidden.click();
  hidden.remove();
  return link;
}

async function workbookName(context: Excel.RequestContext): Promise<string | null> {
  try {
    context.workbook.load("name");
    await context.sync();
    return context.workbook.name || null;
  } catch {
    return null;
  }
}

export function setupReportButton(context: ReportButtonContext): void {
  const button = byId<HTMLButtonElement>("report");
  const help = byId("report-help");
  const status = byId("report-status");
  const text = (): ReportStrings => UI_STRINGS[context.locale()].report;
  button.textContent = text().button;
  help.textContent = text().help;

  if (!isExcelHost()) {
    button.disabled = true;
    status.replaceChildren(el("p", { className: "help", text: text().notInExcel }));
    return;
  }

  let running = false;
  button.addEventListener("click", () => {
    if (running || context.busy()) return;
    void (async () => {
      running = true;
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      status.replaceChildren(el("p", { className: "help", attrs: { role: "status" }, text: text().working }));
      try {
        if (handoverFor(platformName()) === "unsupported") {
          status.replaceChildren(
            el("p", { className: "note warning", attrs: { role: "alert" }, text: text().unsupported }),
          );
          return;
        }
        const period = context.period();
        const { document: doc, name } = await runExcel(async (ctx) => {
          const report = await describeReport(new OfficeWorkbook(ctx), { period, runDate: new Date() });
          return { ...report, name: await workbookName(ctx) };
        });
        const file = reportFileName(name);
        const { reportDocxBlob } = await import(/* webpackChunkName: "report-docx" */ "./report-docx");
        const blob = await reportDocxBlob(doc);
        const link = offerDownload(blob, file, text().saveLink(file));
        status.replaceChildren(
          el("p", { className: "note ok", text: text().done(file, doc.title) }),
          el("p", {}, [link]),
        );
      } catch (error) {
        logError(error);
        status.replaceChildren(
          el("p", {
            className: "note error",
            attrs: { role: "alert" },
            text: text().failed(failureText(error, context.locale())),
          }),
        );
      } finally {
        running = false;
        button.disabled = false;
        button.removeAttribute("aria-busy");
      }
    })();
  });
}
