/**
 * Crafting package parts ExcelJS cannot write itself (charts, pivot tables, macros…) into a workbook made by ExcelJS,
 * the way Excel would store them. Each function edits the zip with JSZip and returns the new bytes.
 */
import JSZip from "jszip";

export type PartCraft = (zip: JSZip) => Promise<void>;

export async function withParts(buffer: Buffer, ...crafts: PartCraft[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  for (const craft of crafts) await craft(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function partNames(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
}

export async function partText(buffer: Buffer, path: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(buffer)).file(path)?.async("string");
}

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (!file) throw new Error(`fixture has no ${path}`);
  zip.file(path, change(await file.async("string")));
}

async function addRelationship(zip: JSZip, relsPath: string, id: string, type: string, target: string): Promise<void> {
  const existing = await zip.file(relsPath)?.async("string");
  const xml =
    existing ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const rel = `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  zip.file(relsPath, xml.replace("</Relationships>", `${rel}</Relationships>`));
}

async function addContentType(zip: JSZip, partName: string, contentType: string): Promise<void> {
  await edit(zip, "[Content_Types].xml", (xml) =>
    xml.replace("</Types>", `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`),
  );
}

const WORKSHEET_DRAWING_NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Gives sheet1 a drawing part (if it has none) and adds an anchored object to it. */
async function addToDrawing(zip: JSZip, anchoredObject: string): Promise<void> {
  const drawing = "xl/drawings/drawing1.xml";
  if (!zip.file(drawing)) {
    zip.file(
      drawing,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr ${WORKSHEET_DRAWING_NS}></xdr:wsDr>`,
    );
    await addContentType(zip, drawing, "application/vnd.openxmlformats-officedocument.drawing+xml");
    await addRelationship(
      zip,
      "xl/worksheets/_rels/sheet1.xml.rels",
      "rIdDrawing",
      "drawing",
      "../drawings/drawing1.xml",
    );
    await edit(zip, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace("</worksheet>", '<drawing r:id="rIdDrawing"/></worksheet>'),
    );
  }
  const anchor = `<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${anchoredObject}<xdr:clientData/></xdr:twoCellAnchor>`;
  await edit(zip, drawing, (xml) => xml.replace("</xdr:wsDr>", `${anchor}</xdr:wsDr>`));
}

/** A pie chart on sheet1, as Excel stores it: a chart part and a graphic frame in the sheet's drawing. */
export const chart: PartCraft = async (zip) => {
  zip.file(
    "xl/charts/chart1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:pieChart/></c:plotArea></c:chart></c:chartSpace>',
  );
  await addContentType(
    zip,
    "xl/charts/chart1.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  );
  await addToDrawing(
    zip,
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/></a:graphicData></a:graphic></xdr:graphicFrame>',
  );
  await addRelationship(zip, "xl/drawings/_rels/drawing1.xml.rels", "rIdChart", "chart", "../charts/chart1.xml");
};

/** A text box (a shape) on sheet1. */
export const textBox: PartCraft = (zip) =>
  addToDrawing(
    zip,
    '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Obs! Preliminära siffror</a:t></a:r></a:p></xdr:txBody></xdr:sp>',
  );

export const pivotTable: PartCraft = async (zip) => {
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Pivottabell1" cacheId="1"/>',
  );
  await addRelationship(
    zip,
    "xl/_rels/workbook.xml.rels",
    "rIdPivotCache",
    "pivotCacheDefinition",
    "pivotCache/pivotCacheDefinition1.xml",
  );
  await addRelationship(
    zip,
    "xl/worksheets/_rels/sheet1.xml.rels",
    "rIdPivot",
    "pivotTable",
    "../pivotTables/pivotTable1.xml",
  );
  await edit(zip, "xl/workbook.xml", (xml) =>
    xml.replace("</workbook>", '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivotCache"/></pivotCaches></workbook>'),
  );
};

/** As Excel saves an .xlsm: the VBA project, linked from the workbook, whose content type says macros are enabled. */
export const macros: PartCraft = async (zip) => {
  zip.file("xl/vbaProject.bin", Buffer.from("VBA project stand-in"));
  await edit(zip, "[Content_Types].xml", (xml) =>
    xml
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  await addRelationship(zip, "xl/_rels/workbook.xml.rels", "rIdVba", "vbaProject", "vbaProject.bin");
};

export const externalLink: PartCraft = async (zip) => {
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>',
  );
  await addRelationship(zip, "xl/_rels/workbook.xml.rels", "rIdExt", "externalLink", "externalLinks/externalLink1.xml");
};

export const threadedComment: PartCraft = async (zip) => {
  zip.file("xl/threadedComments/threadedComment1.xml", "<ThreadedComments/>");
  zip.file("xl/persons/person.xml", "<personList/>");
};

export const slicer: PartCraft = async (zip) => {
  zip.file("xl/slicers/slicer1.xml", "<slicers/>");
  zip.file("xl/slicerCaches/slicerCache1.xml", "<slicerCacheDefinition/>");
};

/** A sensitivity label, as Microsoft Purview stores it in the custom document properties. */
export const sensitivityLabel: PartCraft = async (zip) => {
  zip.file(
    "docProps/custom.xml",
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="MSIP_Label_0000_Name"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">Intern</vt:lpwstr></property></Properties>',
  );
};

/** Appends an extension to sheet1's own extLst (after everything else), creating the list if needed. */
async function addSheetExtension(zip: JSZip, ext: string): Promise<void> {
  await edit(zip, "xl/worksheets/sheet1.xml", (xml) => {
    const close = xml.lastIndexOf("</extLst></worksheet>");
    if (close >= 0) return `${xml.slice(0, close)}${ext}${xml.slice(close)}`;
    return xml.replace("</worksheet>", `<extLst>${ext}</extLst></worksheet>`);
  });
}

export const sparklines: PartCraft = (zip) =>
  addSheetExtension(
    zip,
    '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Plan!D2:E2</xm:f><xm:sqref>F2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>',
  );

/** A drop-down list fed from another sheet: Excel stores it as an x14 extension. */
export const crossSheetValidation: PartCraft = (zip) =>
  addSheetExtension(
    zip,
    '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listor!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>A2:A50</xm:sqref></x14:dataValidation></x14:dataValidations></ext>',
  );

export const workbookProtection: PartCraft = (zip) =>
  edit(zip, "xl/workbook.xml", (xml) => xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));

/** Names as Excel's Name Manager writes them, added to the workbook's definedNames. */
export function definedNames(...names: readonly string[]): PartCraft {
  return (zip) =>
    edit(zip, "xl/workbook.xml", (xml) =>
      xml.includes("</definedNames>")
        ? xml.replace("</definedNames>", `${names.join("")}</definedNames>`)
        : xml.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`),
    );
}

/**
 * Makes `cell` of the first sheet the anchor of a shared formula over `ref`, as Excel stores a formula filled down.
 * Overwriting such a cell would take the formula from the others, so recalc cannot patch it in place.
 */
export function sharedFormulaAnchor(cell: string, ref: string): PartCraft {
  return (zip) =>
    edit(zip, "xl/worksheets/sheet1.xml", (xml) => {
      const anchored = xml.replace(
        new RegExp(`<c r="${cell}"([^>]*?)(/>|>[\\s\\S]*?</c>)`),
        `<c r="${cell}"$1><f t="shared" ref="${ref}" si="0">D6</f><v>1</v></c>`,
      );
      if (anchored === xml) throw new Error(`fixture has no cell ${cell}`);
      return anchored;
    });
}
