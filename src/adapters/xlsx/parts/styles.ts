/**
 * xl/styles.xml, edited in place: new fonts, fills, borders, number formats and cell formats (xf) are appended, and
 * everything the workbook already had keeps its index and its exact bytes, so every existing cell looks the same.
 * An element that already exists (from an earlier run) is reused instead of appended again: a second run on its own
 * output adds nothing.
 */
import { createRequire } from "node:module";
import type { CellLook as GridCellLook } from "../../../domain/grid";
import type { CellStyle } from "../../../domain/summary/types";
import { xmlAttributes } from "../xml/text";
import { escapeXmlAttribute } from "../xml/escape";

/** The final look of a generated cell: its number format and its merged style. */
export interface CellLook {
  readonly numFmt: string;
  readonly style: CellStyle;
}

/** The thin line under header rows and over total rows of the summary tables, as in the ExcelJS renderer. */
const TABLE_LINE_COLOR = "FF8EA9DB";

/** Excel's built-in number formats that summaries use; anything else becomes a custom format (id 164 and up). */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["0%", 9],
  ["0.00%", 10],
  ["@", 49],
]);

/** CT_Font is an unordered choice, but Excel writes its children in this order and so do we. */
const FONT_CHILD_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz"];
const fontChildRank = (name: string): number => {
  const i = FONT_CHILD_ORDER.indexOf(name);
  if (i >= 0) return i;
  return ["color", "name", "family", "charset", "scheme"].indexOf(name) + FONT_CHILD_ORDER.length;
};

/** One collection of styles.xml (<fonts>, <cellXfs>…): its elements as written, and where it sits in the file. */
class Collection {
  readonly elements: string[];
  private readonly index = new Map<string, number>();
  private readonly originalCount: number;

  constructor(
    readonly tag: string,
    private readonly item: string,
    readonly startTag: string | null,
    body: string,
  ) {
    const pattern = new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, "g");
    this.elements = body.match(pattern) ?? [];
    this.originalCount = this.elements.length;
  }

  get changed(): boolean {
    return this.elements.length !== this.originalCount;
  }

  /** The index of an element equal to `element` (attribute order and whitespace aside), appending it if new. */
  intern(element: string): number {
    if (this.index.size === 0) this.elements.forEach((e, i) => this.index.set(canonical(e), i));
    const key = canonical(element);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.elements.length;
      this.elements.push(element);
      this.index.set(key, i);
    }
    return i;
  }

  toXml(): string {
    const attributes = this.startTag ? [...xmlAttributes(this.startTag)].filter(([k]) => k !== "count") : [];
    const rest = attributes.map(([k, v]) => ` ${k}="${escapeXmlAttribute(v)}"`).join("");
    return `<${this.tag} count="${this.elements.length}"${rest}>${this.elements.join("")}</${this.tag}>`;
  }
}

/** Sorted attributes and no whitespace between tags: two spellings of the same element compare equal. */
function canonical(element: string): string {
  return element
    .replace(/>\s+</g, "><")
    .replace(
      /<([\w:]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g,
      (_m, name: string, attrs: string, close: string) => {
        const sorted = (attrs.match(/[\w:.-]+\s*=\s*"[^"]*"/g) ?? []).map((a) => a.replace(/\s*=\s*/, "=")).sort();
        return `<${name}${sorted.map((a) => ` ${a}`).join("")}${close}>`;
      },
    );
}

interface Child {
  readonly name: string;
  readonly xml: string;
}

/** The child elements of a small element such as <font> or <xf> (children without children of their own, or with). */
function children(element: string): Child[] {
  const open = element.indexOf(">");
  if (element[open - 1] === "/") return [];
  const body = element.slice(open + 1, element.lastIndexOf("</"));
  const out: Child[] = [];
  for (const m of body.matchAll(/<([\w:]+)\b[^>]*?\/>|<([\w:]+)\b[^>]*>[\s\S]*?<\/\2>/g)) {
    out.push({ name: m[1] ?? m[2] ?? "", xml: m[0] });
  }
  return out;
}

function startTagOf(element: string): string {
  return element.slice(0, element.indexOf(">") + 1);
}

function attributesXml(attributes: ReadonlyMap<string, string>): string {
  return [...attributes].map(([k, v]) => ` ${k}="${escapeXmlAttribute(v)}"`).join("");
}

export interface FontChange {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** ARGB. */
  readonly color?: string;
}

export interface AlignmentChange {
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
}

export class StylesXml {
  private constructor(
    private readonly xml: string,
    private readonly numFmts: Collection,
    private readonly fonts: Collection,
    private readonly fills: Collection,
    private readonly borders: Collection,
    private readonly cellXfs: Collection,
    private readonly lookCache = new Map<string, number>(),
  ) {}

  /** null when the part is not one this editor understands (a prefixed namespace, no <cellXfs>…). */
  static parse(xml: string): StylesXml | null {
    if (!/<styleSheet\b/.test(xml)) return null;
    const section = (tag: string, item: string): Collection | null => {
      const m = new RegExp(`(<${tag}\\b[^>]*?)(/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
      if (!m) return null;
      return new Collection(tag, item, `${m[1] ?? ""}>`, m[3] ?? "");
    };
    const fonts = section("fonts", "font");
    const fills = section("fills", "fill");
    const borders = section("borders", "border");
    const cellXfs = section("cellXfs", "xf");
    if (!fonts || !fills || !borders || !cellXfs || fonts.elements.length === 0 || cellXfs.elements.length === 0) {
      return null;
    }
    const numFmts = section("numFmts", "numFmt") ?? new Collection("numFmts", "numFmt", null, "");
    return new StylesXml(xml, numFmts, fonts, fills, borders, cellXfs);
  }

  get changed(): boolean {
    return [this.numFmts, this.fonts, this.fills, this.borders, this.cellXfs].some((c) => c.changed);
  }

  /** The cell format `base` with the font and alignment changed: what a Status cell or an added header gets. */
  derive(base: number, font: FontChange, alignment: AlignmentChange = {}): number {
    const xf = this.cellXfs.elements[base] ?? this.cellXfs.elements[0] ?? "<xf/>";
    const attributes = xmlAttributes(startTagOf(xf));
    const fontId = Number(attributes.get("fontId") ?? 0);
    const newFont = Object.keys(font).length > 0 ? this.fontWith(fontId, font) : fontId;
    if (newFont !== fontId) {
      attributes.set("fontId", String(newFont));
      attributes.set("applyFont", "1");
    }
    let kids = children(xf);
    const old = kids.find((c) => c.name === "alignment");
    const aligned = Object.keys(alignment).length > 0 ? alignmentXml(old?.xml ?? null, alignment) : null;
    const alignmentChanged = aligned !== null && (old === undefined || canonical(aligned) !== canonical(old.xml));
    if (alignmentChanged) {
      kids = [{ name: "alignment", xml: aligned ?? "" }, ...kids.filter((c) => c !== old)];
      attributes.set("applyAlignment", "1");
    }
    if (newFont === fontId && !alignmentChanged) return base;
    return this.cellXfs.intern(xfXml(attributes, kids));
  }

  /** The cell format of a generated cell, built on the workbook's default font (font 0) and no fill or border. */
  xfFor(look: CellLook): number {
    const key = `${look.numFmt}\u0000${JSON.stringify(look.style)}`;
    let xf = this.lookCache.get(key);
    if (xf === undefined) {
      xf = this.lookXf(look);
      this.lookCache.set(key, xf);
    }
    return xf;
  }

  private lookXf({ numFmt, style }: CellLook): number {
    const attributes = new Map<string, string>([
      ["numFmtId", String(this.numFmtId(numFmt))],
      ["fontId", "0"],
      ["fillId", "0"],
      ["borderId", "0"],
      ["xfId", "0"],
    ]);
    if (numFmt !== "General") attributes.set("applyNumberFormat", "1");
    const font = {
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.size !== undefined ? { size: style.size } : {}),
      ...(style.fontColor !== undefined ? { color: style.fontColor } : {}),
    };
    if (Object.keys(font).length > 0) {
      attributes.set("fontId", String(this.fontWith(0, font)));
      attributes.set("applyFont", "1");
    }
    if (style.fill !== undefined) {
      const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXmlAttribute(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
      attributes.set("fillId", String(this.fills.intern(fill)));
      attributes.set("applyFill", "1");
    }
    if (style.borderTop || style.borderBottom) {
      const line = (side: string, on: boolean | undefined): string =>
        on ? `<${side} style="thin"><color rgb="${TABLE_LINE_COLOR}"/></${side}>` : `<${side}/>`;
      const border = `<border><left/><right/>${line("top", style.borderTop)}${line("bottom", style.borderBottom)}<diagonal/></border>`;
      attributes.set("borderId", String(this.borders.intern(border)));
      attributes.set("applyBorder", "1");
    }
    const kids: Child[] = [];
    const alignment: AlignmentChange = {
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      ...(style.vertical !== undefined ? { vertical: style.vertical } : {}),
      ...(style.wrap !== undefined ? { wrap: style.wrap } : {}),
    };
    if (Object.keys(alignment).length > 0) {
      kids.push({ name: "alignment", xml: alignmentXml(null, alignment) });
      attributes.set("applyAlignment", "1");
    }
    return this.cellXfs.intern(xfXml(attributes, kids));
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let next = 164;
    for (const element of this.numFmts.elements) {
      const a = xmlAttributes(startTagOf(element));
      const id = Number(a.get("numFmtId"));
      if (a.get("formatCode") === code) return id;
      if (id >= next) next = id + 1;
    }
    this.numFmts.intern(`<numFmt numFmtId="${next}" formatCode="${escapeXmlAttribute(code)}"/>`);
    return next;
  }

  private fontWith(base: number, change: FontChange): number {
    const font = this.fonts.elements[base] ?? this.fonts.elements[0] ?? "<font/>";
    const replaced = new Set<string>();
    const added: Child[] = [];
    const set = (name: string, xml: string | null): void => {
      replaced.add(name);
      if (xml !== null) added.push({ name, xml });
    };
    if (change.bold !== undefined) set("b", change.bold ? "<b/>" : null);
    if (change.italic !== undefined) set("i", change.italic ? "<i/>" : null);
    if (change.size !== undefined) set("sz", `<sz val="${change.size}"/>`);
    if (change.color !== undefined) set("color", `<color rgb="${escapeXmlAttribute(change.color)}"/>`);
    const kids = [...children(font).filter((c) => !replaced.has(c.name)), ...added];
    kids.sort((a, b) => fontChildRank(a.name) - fontChildRank(b.name));
    const start = startTagOf(font).replace(/\s*\/>$/, ">");
    return this.fonts.intern(`${start}${kids.map((c) => c.xml).join("")}</font>`);
  }

  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    for (const collection of [this.fonts, this.fills, this.borders, this.cellXfs]) {
      xml = replaceSection(xml, collection);
    }
    if (this.numFmts.changed) {
      xml = this.numFmts.startTag
        ? replaceSection(xml, this.numFmts)
        : xml.replace(/<fonts\b/, () => `${this.numFmts.toXml()}<fonts`);
    }
    return xml;
  }
}

function replaceSection(xml: string, collection: Collection): string {
  if (!collection.changed) return xml;
  const pattern = new RegExp(`<${collection.tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${collection.tag}>)`);
  return xml.replace(pattern, () => collection.toXml());
}

function xfXml(attributes: ReadonlyMap<string, string>, kids: readonly Child[]): string {
  // CT_Xf is a sequence: alignment, protection, extLst.
  const order = ["alignment", "protection", "extLst"];
  const sorted = [...kids].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const body = sorted.map((c) => c.xml).join("");
  return body === "" ? `<xf${attributesXml(attributes)}/>` : `<xf${attributesXml(attributes)}>${body}</xf>`;
}

function alignmentXml(old: string | null, change: AlignmentChange): string {
  const attributes = old ? xmlAttributes(startTagOf(old)) : new Map<string, string>();
  if (change.horizontal !== undefined) attributes.set("horizontal", change.horizontal);
  // SpreadsheetML says "center" for the middle of a cell vertically.
  if (change.vertical !== undefined)
    attributes.set("vertical", change.vertical === "middle" ? "center" : change.vertical);
  if (change.wrap !== undefined) attributes.set("wrapText", change.wrap ? "1" : "0");
  return `<alignment${attributesXml(attributes)}/>`;
}

// --- reading: the number format of each cell format, as ExcelJS reads them ---

/** ExcelJS's own table of built-in number formats (id → { f: code }), so both readers name a format alike. */
const EXCELJS_BUILT_IN_FORMATS = createRequire(__filename)("exceljs/lib/xlsx/defaultnumformats.js") as Record<
  string,
  { readonly f?: string } | undefined
>;

/** Number format code per cell format (xf index); undefined where ExcelJS reports none. */
export function parseCellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    const a = xmlAttributes(m[0]);
    // ExcelJS unescapes backslashed characters ("0\\ %" reads "0 %"), and the value reader expects its reading.
    custom.set(Number(a.get("numFmtId")), (a.get("formatCode") ?? "").replace(/\\(.)/g, "$1"));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return (cellXfs.match(/<xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = Number(/\snumFmtId="(\d+)"/.exec(tag)?.[1] ?? 0);
    // ExcelJS skips a format id of 0 and an unknown one.
    if (!id) return undefined;
    return custom.get(id) || EXCELJS_BUILT_IN_FORMATS[id]?.f || undefined;
  });
}

/**
 * How each cell format (xf index) looks where it can mark a heading: bold or italic font, a fill, an indent;
 * undefined for an ordinary one. Read the way ExcelJS reads cell.font, cell.fill and cell.alignment, so that both
 * grid readers agree.
 */
export function parseCellLooks(xml: string): (GridCellLook | undefined)[] {
  const section = (name: string): string => new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? "";
  const fonts = (section("fonts").match(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g) ?? []).map((font) => ({
    bold: /<b(?:\s+val="(?:1|true)")?\s*\/>/.test(font),
    italic: /<i(?:\s+val="(?:1|true)")?\s*\/>/.test(font),
  }));
  const fills = (section("fills").match(/<fill\b[^>]*?(?:\/>|>[\s\S]*?<\/fill>)/g) ?? []).map((fill) => {
    if (/<gradientFill\b/.test(fill)) return true;
    const pattern = /<patternFill\b[^>]*\spatternType="([^"]*)"/.exec(fill)?.[1];
    return pattern !== undefined && pattern !== "none" && pattern !== "gray125";
  });
  const xfs = section("cellXfs").match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  return xfs.map((xf) => {
    const tag = /<xf\b[^>]*>/.exec(xf)?.[0] ?? "";
    const a = xmlAttributes(tag);
    const font = fonts[Number(a.get("fontId") ?? 0)];
    const filled = fills[Number(a.get("fillId") ?? 0)] === true;
    const indent = Number(/<alignment\b[^>]*\sindent="(\d+)"/.exec(xf)?.[1] ?? 0);
    if (!font?.bold && !font?.italic && !filled && !indent) return undefined;
    const look: { -readonly [K in keyof GridCellLook]: GridCellLook[K] } = {};
    if (font?.bold) look.bold = true;
    if (font?.italic) look.italic = true;
    if (filled) look.fill = true;
    if (indent) look.indent = indent;
    return look;
  });
}

/** ExcelJS's test for a date format: y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
