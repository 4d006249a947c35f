/**
 * Loaded on demand (a separate chunk): the docx package is large, and the task pane's first load should not carry it.
 */
import { Packer } from "docx";
import { renderReportDocx } from "../src/adapters/docx/render-docx";
import type { ReportDocument } from "../src/domain/report-document";

export function reportDocxBlob(doc: ReportDocument): Promise<Blob> {
  return Packer.toBlob(renderReportDocx(doc));
}
