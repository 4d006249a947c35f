import JSZip from "jszip";
import { jszipPackage, openZipPackage } from "../../../../src/adapters/xlsx/zip/reader";
import { supportedFeaturesWorkbook, toBuffer } from "../../../support/xlsx-fixtures";

describe("reading package parts", () => {
  it("gives the same parts and bytes as JSZip", async () => {
    const buffer = await toBuffer(await supportedFeaturesWorkbook());
    const native = await openZipPackage(buffer);
    const reference = jszipPackage(await JSZip.loadAsync(buffer));
    expect([...native.paths].sort()).toEqual([...reference.paths].sort());
    for (const path of reference.paths) expect(await native.bytes(path)).toEqual(await reference.bytes(path));
    expect(await native.text("xl/workbook.xml")).toContain("Plan 2021");
    expect(await native.bytes("finns/inte.xml")).toBeUndefined();
  });

  it("reads stored and deflated entries of an archive with a comment", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>", { compression: "STORE" });
    zip.file("a.txt", "åäö", { compression: "DEFLATE" });
    const buffer = await zip.generateAsync({ type: "nodebuffer", comment: "Målstyrning" });
    const pkg = await openZipPackage(buffer);
    expect(await pkg.text("xl/workbook.xml")).toBe("<workbook/>");
    expect(await pkg.text("a.txt")).toBe("åäö");
  });
});
