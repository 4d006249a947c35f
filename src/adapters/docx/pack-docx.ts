/** The report document as bytes: the CLI writes them to a file, the task pane offers them as a download. */
import { Packer } from "docx";
import type { ReportDocument } from "../../domain/report-document";
import { renderReportDocx } from "./render-docx";

export async function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(renderReportDocx(doc));
  return new Uint8Array(buffer);
}
