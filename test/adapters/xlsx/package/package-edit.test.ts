import JSZip from "jszip";
import { openXlsxPackage } from "../../../../src/adapters/xlsx/file-format";
import { PackageEdit } from "../../../../src/adapters/xlsx/package/package-edit";

// The smallest package PackageEdit opens: the archive is all it reads until parts are asked for.
async function packageBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  return zip.generateAsync({ type: "nodebuffer" });
}

async function edit(): Promise<PackageEdit> {
  const bytes = await packageBytes();
  return new PackageEdit(bytes, await openXlsxPackage(bytes, "in.xlsx"));
}

describe("PackageEdit.toBuffer", () => {
  it("refuses to write a part edited from the input that is not well-formed XML", async () => {
    const e = await edit();
    e.setText(
      "xl/workbook.xml",
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>',
    );
    await expect(e.toBuffer()).rejects.toThrow(/xl\/workbook\.xml blev inte korrekt XML/);
  });

  it("refuses an unbound prefix, the mistake that made openpyxl-saved workbooks unreadable", async () => {
    const e = await edit();
    e.setText("xl/workbook.xml", '<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>');
    await expect(e.toBuffer()).rejects.toThrow(/inte korrekt XML/);
  });

  it("leaves a summary sheet written whole by the sheet writer to that writer's tests", async () => {
    const e = await edit();
    e.setText("xl/worksheets/sheet9.xml", "<worksheet>", { wholeFromWriter: true });
    await expect(e.toBuffer()).resolves.toBeInstanceOf(Buffer);
    // Set again as an edit, the same path is checked.
    e.setText("xl/worksheets/sheet9.xml", "<worksheet>");
    await expect(e.toBuffer()).rejects.toThrow(/sheet9\.xml/);
  });
});
