/** The strict namespace-aware XML reader/writer the package parts are edited with. */
import {
  attributeValue,
  childElements,
  createElement,
  parseXml,
  serializeXml,
  setAttribute,
  textContent,
} from "../../../../src/adapters/xlsx/xml/tree";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("parseXml", () => {
  it("resolves prefixes declared on the element itself, as openpyxl writes <sheet xmlns:r>", () => {
    const doc = parseXml(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="Plan" r:id="rId1"/></sheets></workbook>`,
    );
    const sheets = childElements(doc.root, MAIN, "sheets")[0];
    const sheet = sheets && childElements(sheets, MAIN, "sheet")[0];
    expect(sheet && attributeValue(sheet, REL, "id")).toBe("rId1");
    expect(sheet && attributeValue(sheet, "", "name")).toBe("Plan");
    expect(doc.prolog).toBe('<?xml version="1.0"?>');
  });

  it("reads a prefixed root (<ns0:Types>) by namespace, not by spelling", () => {
    const doc = parseXml(`<ns0:Types xmlns:ns0="urn:t"><ns0:Default Extension="xml"/></ns0:Types>`);
    expect([doc.root.ns, doc.root.local]).toEqual(["urn:t", "Types"]);
    expect(childElements(doc.root, "urn:t", "Default")).toHaveLength(1);
  });

  it.each([
    ["an unbound element prefix", `<a><x:b/></a>`],
    ["an unbound attribute prefix", `<a xmlns="u:1"><b r:id="1"/></a>`],
    ["a repeated attribute", `<a b="1" b="2"/>`],
    ["the same attribute under two prefixes", `<a xmlns:p="u:1" xmlns:q="u:1" p:x="1" q:x="2"/>`],
    ["a mismatched end tag", `<a><b></a></b>`],
    ["an unclosed element", `<a><b/>`],
    ["text after the root", `<a/>b`],
    ["an unknown entity", `<a>&nbsp;</a>`],
    ["a bare ampersand", `<a>R&D</a>`],
    ["'<' in an attribute", `<a b="<"/>`],
    ["a control character", `<a>\u0001</a>`],
    ["a DTD", `<!DOCTYPE a [<!ENTITY e "x">]><a/>`],
    ["a prefix bound to nothing", `<a xmlns:p=""/>`],
    ["no root", `<?xml version="1.0"?>`],
  ])("refuses %s", (_what, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it("decodes references and normalises attribute whitespace as XML says", () => {
    const doc = parseXml(`<a v="x&#10;y\tz">&lt;&amp;&#xE5;&#229;<![CDATA[<b>]]></a>`);
    expect(attributeValue(doc.root, "", "v")).toBe("x\ny z");
    expect(textContent(doc.root)).toBe("<&åå<b>");
  });
});

describe("serializeXml", () => {
  it("writes back what it read, and what it writes parses to the same values", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:a xmlns:x="u:1" t="a&amp;b &quot;c&quot;"><!-- c --><x:b>1 &lt; 2</x:b><x:c/></x:a>`;
    expect(serializeXml(parseXml(xml))).toBe(xml);
    const again = parseXml(serializeXml(parseXml(`<a v="x&#10;y"/>`)));
    expect(attributeValue(again.root, "", "v")).toBe("x\ny");
  });
});

describe("createElement and setAttribute", () => {
  it("name a new element with the prefix its parent uses, and declare an unbound attribute prefix on it", () => {
    const doc = parseXml(`<x:sheets xmlns:x="${MAIN}"><x:sheet xmlns:r="${REL}" name="A" r:id="rId1"/></x:sheets>`);
    const sheet = createElement(
      doc.root,
      MAIN,
      "sheet",
      [
        ["", "name", "B"],
        [REL, "id", "rId2"],
      ],
      { [REL]: "r" },
    );
    doc.root.children.push(sheet);
    const xml = serializeXml(doc);
    expect(xml).toContain(`<x:sheet xmlns:r="${REL}" name="B" r:id="rId2"/>`);
    expect(() => parseXml(xml)).not.toThrow();
  });

  it("use a prefix already in scope instead of declaring another", () => {
    const doc = parseXml(`<a xmlns="${MAIN}" xmlns:r="${REL}"><b/></a>`);
    const b = childElements(doc.root)[0];
    if (!b) throw new Error("no b");
    setAttribute(b, REL, "id", "rId9");
    expect(serializeXml(doc)).toBe(`<a xmlns="${MAIN}" xmlns:r="${REL}"><b r:id="rId9"/></a>`);
  });

  it("declare the namespace as default on a new element when its parent has no binding for it", () => {
    const doc = parseXml(`<ns0:Types xmlns:ns0="urn:other"/>`);
    doc.root.children.push(createElement(doc.root, "urn:t", "Override", [["", "PartName", "/x"]]));
    const again = parseXml(serializeXml(doc));
    const added = childElements(again.root)[0];
    expect([added?.ns, added?.local]).toEqual(["urn:t", "Override"]);
  });
});
