/**
 * What kind of file the bytes are, before anything tries to parse them: so that a CSV renamed to .xlsx, an old
 * .xls or a password-protected workbook gets a sentence that says so instead of a zip or XML parser's error.
 */
import { WorkbookFileError } from "./workbook-file-error";
import { openZipPackage, type ZipPackage } from "./zip/reader";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: old .xls, and also an encrypted .xlsx (Office wraps the encrypted package in one). */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** Opens the package and checks that it is a transitional .xlsx workbook ExcelJS can read. */
export async function openXlsxPackage(bytes: Buffer, path: string): Promise<ZipPackage> {
  if (bytes.length === 0) throw new WorkbookFileError("not-xlsx", `Filen ${path} är tom.`);
  if (startsWith(bytes, COMPOUND_FILE_SIGNATURE)) {
    if (containsUtf16(bytes, "EncryptedPackage")) {
      throw new WorkbookFileError(
        "encrypted",
        `Arbetsboken ${path} är lösenordsskyddad (krypterad) och kan inte läsas. Ta bort lösenordet i Excel (Arkiv > Info > Skydda arbetsbok) och försök igen.`,
      );
    }
    throw new WorkbookFileError(
      "legacy-format",
      `${path} är en arbetsbok i det gamla formatet Excel 97–2003 (.xls). Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, EMPTY_ZIP_SIGNATURE)) {
    const hint = looksLikeText(bytes) ? " Den ser ut som en textfil (till exempel CSV) med fel filändelse." : "";
    throw new WorkbookFileError("not-xlsx", `${path} är ingen Excel-arbetsbok (.xlsx).${hint}`);
  }

  let zip: ZipPackage;
  try {
    zip = await openZipPackage(bytes);
  } catch {
    throw new WorkbookFileError(
      "not-xlsx",
      `${path} är skadad eller ingen Excel-arbetsbok (.xlsx): zip-arkivet kan inte läsas.`,
    );
  }
  if (zip.paths.includes("xl/workbook.bin")) {
    throw new WorkbookFileError(
      "legacy-format",
      `${path} är en binär Excel-arbetsbok (.xlsb). Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
    );
  }
  const mimetype = await zip.text("mimetype");
  if (mimetype?.includes("opendocument")) {
    throw new WorkbookFileError(
      "legacy-format",
      `${path} är ett OpenDocument-kalkylark (.ods). Spara det som Excel-arbetsbok (.xlsx) och försök igen.`,
    );
  }
  const workbookXml = await zip.text("xl/workbook.xml");
  if (workbookXml === undefined) {
    throw new WorkbookFileError(
      "not-xlsx",
      `${path} är ingen Excel-arbetsbok (.xlsx): arkivet saknar xl/workbook.xml.`,
    );
  }
  if (workbookXml.includes(STRICT_NAMESPACE)) {
    throw new WorkbookFileError(
      "legacy-format",
      `${path} är sparad som "Strikt Open XML-kalkylblad". Spara den som vanlig Excel-arbetsbok (.xlsx) och försök igen.`,
    );
  }
  return zip;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Stream names in a compound file's directory are UTF-16LE. */
function containsUtf16(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, "utf16le"));
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)) printable++;
  return printable / sample.length > 0.95;
}
