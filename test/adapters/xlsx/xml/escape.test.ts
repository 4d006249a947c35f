import fc from "fast-check";
import {
  escapeCellText,
  escapeExcelStringAttribute,
  escapeXmlAttribute,
  escapeXmlText,
  storableText,
} from "../../../../src/adapters/xlsx/xml/escape";

/** What an XML parser gives back for escaped text: the references decoded. */
function xmlDecoded(xml: string): string {
  return xml.replace(/&(amp|lt|gt|quot|#\d+);/g, (_m, name: string) =>
    name.startsWith("#")
      ? String.fromCharCode(Number(name.slice(1)))
      : ({ amp: "&", lt: "<", gt: ">", quot: '"' }[name] ?? ""),
  );
}

/** What Excel gives back for an Excel string: the XML decoded, then every `_xHHHH_`. */
function excelDecoded(xml: string): string {
  return xmlDecoded(xml).replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe("escaping element text", () => {
  it("escapes markup characters and leaves quotes alone", () => {
    expect(escapeXmlText(`Tak & golv <nivå> "citat" 'apostrof'`)).toBe(
      `Tak &amp; golv &lt;nivå&gt; "citat" 'apostrof'`,
    );
  });

  it("keeps tabs and line feeds, and a carriage return as a reference a parser cannot turn into a line feed", () => {
    expect(escapeXmlText("a\tb\nc\rd")).toBe("a\tb\nc&#13;d");
  });

  it("drops characters XML 1.0 cannot hold, keeping surrogate pairs", () => {
    expect(escapeXmlText("a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg")).toBe("abcdefg");
    expect(escapeXmlText("📈 \ud800 \udc00 \ud800\ue000")).toBe("📈   \ue000");
  });

  it("writes `_xHHHH_` as it is: outside Excel strings nothing decodes it", () => {
    expect(escapeXmlText("'_x0041_'!$1:$1")).toBe("'_x0041_'!$1:$1");
  });

  it("returns text that needs nothing unchanged", () => {
    const text = "Måluppfyllelse 2024";
    expect(escapeXmlText(text)).toBe(text);
  });
});

describe("escaping attribute values", () => {
  it("escapes markup characters and double quotes", () => {
    expect(escapeXmlAttribute(`a & b <c> "d" 'e'`)).toBe("a &amp; b &lt;c&gt; &quot;d&quot; 'e'");
  });

  it("keeps tabs and line breaks as references, which attribute normalisation would turn into spaces", () => {
    expect(escapeXmlAttribute("a\nb\rc\td")).toBe("a&#10;b&#13;c&#9;d");
  });

  it("drops forbidden control characters and lone surrogates", () => {
    expect(escapeXmlAttribute("a\u0001b\u000cc\ud83dd")).toBe("abcd");
  });

  it("writes a sheet name or target with `_xHHHH_` as it is", () => {
    expect(escapeXmlAttribute("Plan_x0041_")).toBe("Plan_x0041_");
  });
});

describe("escaping Excel strings", () => {
  it("escapes the underscore of a literal `_xHHHH_` in cell text, whatever the case of its digits", () => {
    expect(escapeCellText("_x0041_ är inte A")).toBe("_x005F_x0041_ är inte A");
    expect(escapeCellText("a_x00e5_b")).toBe("a_x005F_x00e5_b");
  });

  it("escapes a `_xHHHH_` that only appears once a character XML cannot hold is dropped", () => {
    // Found by the property below (seed 1991803169): the lone surrogate went, and Excel read "A".
    expect(escapeCellText("_x0041\ud800_")).toBe("_x005F_x0041_");
    expect(escapeExcelStringAttribute("_x0041\u0001_")).toBe("_x005F_x0041_");
  });

  it("leaves underscores that start no escape alone", () => {
    expect(escapeCellText("_x41_ _xZZZZ_ _X0041_ _x0041")).toBe("_x41_ _xZZZZ_ _X0041_ _x0041");
  });

  it("escapes cell text as element text", () => {
    expect(escapeCellText('<a> & "b"\r\u0002')).toBe('&lt;a&gt; &amp; "b"&#13;');
  });

  it("escapes a table column name as an attribute and an Excel string", () => {
    expect(escapeExcelStringAttribute('Utfall\n"_x0041_"')).toBe("Utfall&#10;&quot;_x005F_x0041_&quot;");
  });

  it("gives back what can be stored, through XML and Excel decoding", () => {
    fc.assert(
      fc.property(
        // Pieces that often make up a `_xHHHH_`, or something close to one.
        fc.string({
          unit: fc.constantFrom(
            "_",
            "_x",
            "_x00",
            "41",
            "e5",
            "4",
            "_x005F_",
            "&",
            "<",
            "\r",
            "\n",
            "\u0001",
            "\ud800",
            "å",
          ),
        }),
        (text) => {
          expect(excelDecoded(escapeCellText(text))).toBe(storableText(text));
          expect(excelDecoded(escapeExcelStringAttribute(text))).toBe(storableText(text));
          expect(xmlDecoded(escapeXmlText(text))).toBe(storableText(text));
          expect(xmlDecoded(escapeXmlAttribute(text))).toBe(storableText(text));
        },
      ),
    );
  });
});

describe("storable text", () => {
  it("keeps markup and whitespace, drops only what XML cannot hold", () => {
    expect(storableText("a & <b>\t\n\r\u0007\ud800📈_x0041_")).toBe("a & <b>\t\n\r📈_x0041_");
  });
});
