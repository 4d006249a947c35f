/**
 * What an Excel number format says about a numeric cell: a date (a problem, SPEC §2), a percent (the value is
 * already a fraction), or a plain number, possibly with a unit written into the format (`# ##0 "mkr"`).
 */

export interface NumberFormatInfo {
  /** percent: Excel multiplies by 100 for display; "percent-literal": `0 "%"` shows 90 for 90, so 90 means 90 %. */
  readonly kind: "number" | "percent" | "percent-literal" | "date";
  /** Literal text of the format, e.g. "mkr" from `# ##0 "mkr"` or "kr" from `[$kr-41D]`; null when none. */
  readonly unit: string | null;
}

const PLAIN: NumberFormatInfo = { kind: "number", unit: null };

// y m d h s are Excel's date and time codes; å is the year in Swedish-localised formats, g the era.
const DATE_CODE = /[ymdhsåg]/;
// "General" and its Swedish name "Standard" spell out date letters, so they are removed before looking.
const GENERAL = /general|standard/g;

/** A sheet uses a handful of formats over thousands of cells. */
const cache = new Map<string, NumberFormatInfo>();
const MAX_CACHED = 256;

export function readNumberFormat(format: string | null): NumberFormatInfo {
  if (format === null) return PLAIN;
  const cached = cache.get(format);
  if (cached !== undefined) return cached;
  const info = analyse(format);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(format, info);
  return info;
}

function analyse(format: string): NumberFormatInfo {
  const section = firstSection(format);
  let literal = "";
  let code = "";
  let elapsedTime = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close === -1 ? section.length : close;
      literal += section.slice(i + 1, end);
      i = end;
    } else if (ch === "\\") {
      literal += section.charAt(i + 1);
      i++;
    } else if (ch === "_" || ch === "*") {
      // Padding and fill: the next character is layout, not content.
      i++;
      code += " ";
    } else if (ch === "[") {
      const close = section.indexOf("]", i + 1);
      const end = close === -1 ? section.length : close;
      const inner = section.slice(i + 1, end);
      if (inner.startsWith("$")) {
        // [$kr-41D]: a currency symbol, then an optional locale after the dash.
        literal += inner.slice(1).split("-")[0] ?? "";
      } else if (/^(h+|m+|s+)$/i.test(inner)) {
        elapsedTime = true;
      }
      // Colours ([Red]) and conditions ([<100]) say nothing about the kind.
      i = end;
      code += " ";
    } else {
      code += ch;
    }
  }
  const codeLower = code.toLowerCase().replace(GENERAL, " ");
  const unit = literal.trim() === "" ? null : literal.trim();
  if (elapsedTime || hasDateCode(codeLower)) return { kind: "date", unit: null };
  if (codeLower.includes("%")) return { kind: "percent", unit: null };
  if (unit === "%") return { kind: "percent-literal", unit: null };
  return { kind: "number", unit };
}

function hasDateCode(codeLower: string): boolean {
  if (DATE_CODE.test(codeLower)) return true;
  // "e" is a year code too, except in scientific notation (0.00E+00).
  return /e(?![+-])/.test(codeLower);
}

/** The part before the first `;` that is not inside quotes or brackets: the format for positive numbers. */
function firstSection(format: string): string {
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === "\\" && !inQuote) i++;
    else if (ch === '"') inQuote = !inQuote;
    else if (ch === "[" && !inQuote) inBracket = true;
    else if (ch === "]" && !inQuote) inBracket = false;
    else if (ch === ";" && !inQuote && !inBracket) return format.slice(0, i);
  }
  return format;
}
