/**
 * An accessibility check of a .docx the report renderer wrote (DOS-lagen / WCAG 2.1 AA, the parts a file can show):
 * heading order, table header rows, alt text, language, title, arrows in words, text contrast on cell fills.
 * Reads the standard prefixes the docx package writes (w:, wp:, dc:). Usage: npx tsx scripts/check-docx-accessibility.ts <file.docx>
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";

const findings: string[] = [];
const ok: string[] = [];

function all(xml: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m);
  return out;
}

function luminance(hex: string): number {
  const c = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

async function main(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const body = await read("word/document.xml");
  const styles = await read("word/styles.xml");
  const core = await read("docProps/core.xml");

  const levels = all(body, /<w:pStyle w:val="Heading(\d)"\/>/g).map((m) => Number(m[1]));
  if (levels[0] !== 1) findings.push(`first heading is level ${levels[0] ?? "none"}, not 1`);
  levels.forEach((l, i) => {
    if (i > 0 && l - (levels[i - 1] ?? 0) > 1)
      findings.push(`heading ${i + 1} jumps from level ${levels[i - 1]} to ${l}`);
  });
  ok.push(
    `${levels.length} headings (H1 ${levels.filter((l) => l === 1).length}, H2 ${levels.filter((l) => l === 2).length}, H3 ${levels.filter((l) => l === 3).length}), order checked`,
  );

  const tables = body.split("<w:tbl>").slice(1);
  tables.forEach((t, i) => {
    const rows = t.split("<w:tr>").slice(1);
    if (!rows[0]?.includes("<w:tblHeader/>")) findings.push(`table ${i + 1}: first row is not a header row`);
    if (rows.slice(1).some((r) => r.includes("<w:tblHeader")))
      findings.push(`table ${i + 1}: a body row is marked as header`);
  });
  ok.push(`${tables.length} tables, each with a repeating header row`);

  const drawings = all(body, /<wp:docPr ([^>]*)\/?>/g);
  drawings.forEach((d, i) => {
    const descr = /descr="([^"]*)"/.exec(d[1] ?? "")?.[1] ?? "";
    if (descr.trim().length < 10) findings.push(`drawing ${i + 1} has no useful alt text`);
  });
  ok.push(
    `${drawings.length} drawings, all with alt text (e.g. "${/descr="([^"]*)"/.exec(drawings[0]?.[1] ?? "")?.[1] ?? ""}")`,
  );

  const lang = /<w:rPrDefault>[\s\S]*?<w:lang w:val="([^"]+)"/.exec(styles)?.[1];
  if (lang !== "sv-SE") findings.push(`default language is ${lang ?? "not set"}`);
  const otherLangs = all(body + styles, /<w:lang w:val="([^"]+)"/g).filter((m) => m[1] !== "sv-SE");
  if (otherLangs.length > 0) findings.push(`${otherLangs.length} runs or styles in another language`);
  ok.push(`language ${lang ?? "–"}`);

  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? "";
  if (title.trim() === "") findings.push("no title in docProps/core.xml");
  ok.push(`title "${title}"`);

  const cellTexts = body
    .split("<w:tc>")
    .slice(1)
    .map((c) =>
      all(c, /<w:t[^>]*>([^<]*)<\/w:t>/g)
        .map((m) => m[1])
        .join(""),
    );
  const bare = cellTexts.filter((t) => /^[↑→↓]/.test(t) && !/^[↑→↓] \p{Lu}/u.test(t) && t.length > 1);
  if (bare.length > 0) findings.push(`${bare.length} status cells without words`);
  ok.push(`${cellTexts.filter((t) => /^[↑→↓–] \p{Lu}/u.test(t)).length} status cells with arrow and words`);

  // Text colour against the fill behind it (white where a cell has none).
  let worst = Infinity;
  for (const cell of body.split("<w:tc>").slice(1)) {
    const fill = /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(cell)?.[1] ?? "FFFFFF";
    const colors = all(cell, /<w:color w:val="([0-9A-Fa-f]{6})"\/>/g).map((m) => m[1] ?? "000000");
    for (const c of colors.length > 0 ? colors : ["000000"]) worst = Math.min(worst, contrast(c, fill));
  }
  for (const c of all(body, /<w:color w:val="([0-9A-Fa-f]{6})"\/>/g))
    worst = Math.min(worst, contrast(c[1] ?? "000000", "FFFFFF"));
  for (const c of all(styles, /<w:color w:val="([0-9A-Fa-f]{6})"\/>/g))
    worst = Math.min(worst, contrast(c[1] ?? "000000", "FFFFFF"));
  if (worst < 4.5) findings.push(`lowest text contrast ${worst.toFixed(1)}:1 (AA needs 4.5:1)`);
  ok.push(`lowest text contrast ${worst.toFixed(1)}:1`);

  const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(body);
  ok.push(`page ${size?.[1]}×${size?.[2]} twips${size?.[1] === "11906" && size[2] === "16838" ? " (A4)" : ""}`);

  console.log(`${file}\n  ${ok.join("\n  ")}`);
  console.log(findings.length === 0 ? "  no findings" : `  FINDINGS:\n  - ${findings.join("\n  - ")}`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}

void main(process.argv[2] ?? "");
