/**
 * Changes to an .xlsx package, collected in memory and written as one new archive: changed parts are replaced,
 * removed parts dropped with their content type and relationships, and every other part copied as stored.
 */
import JSZip from "jszip";
import { readRels, relsPathOf } from "../parts/relationships";
import type { ZipPackage } from "../zip/reader";
import { rewriteZip } from "../zip/writer";

const CONTENT_TYPES = "[Content_Types].xml";
const EMPTY = new Uint8Array(0);

export class PackageEdit {
  private readonly changes = new Map<string, Uint8Array | null>();
  private readonly texts = new Map<string, string>();
  private readonly originalPaths: ReadonlySet<string>;

  constructor(
    private readonly originalBytes: Buffer,
    readonly original: ZipPackage,
  ) {
    this.originalPaths = new Set(original.paths);
  }

  /** Every part now in the package. */
  paths(): string[] {
    const added = [...this.changes].filter(([p, b]) => b !== null && !this.originalPaths.has(p)).map(([p]) => p);
    return [...this.original.paths.filter((p) => this.changes.get(p) !== null), ...added];
  }

  has(path: string): boolean {
    const change = this.changes.get(path);
    return change === undefined ? this.originalPaths.has(path) : change !== null;
  }

  async text(path: string): Promise<string | undefined> {
    const changed = this.texts.get(path);
    if (changed !== undefined) return changed;
    if (this.changes.get(path) === null) return undefined;
    return this.original.text(path);
  }

  setText(path: string, xml: string): void {
    this.texts.set(path, xml);
    // Encoded when the archive is written: a text set twice (styles.xml, workbook.xml) is encoded once.
    this.changes.set(path, EMPTY);
  }

  /**
   * Drops the part, its own relationships, its content type override, and the relationships pointing to it from
   * the parts named in `referencedBy` (by default the workbook).
   */
  async removePart(path: string, referencedBy: readonly string[] = ["xl/workbook.xml"]): Promise<void> {
    if (!this.has(path)) return;
    this.delete(path);
    this.delete(relsPathOf(path));
    const types = await this.text(CONTENT_TYPES);
    if (types !== undefined) {
      const partName = escapeRegExp(`/${path}`);
      const next = types.replace(new RegExp(`<Override\\s[^>]*PartName="${partName}"[^>]*/>`, "gi"), "");
      if (next !== types) this.setText(CONTENT_TYPES, next);
    }
    for (const source of referencedBy) {
      const relsPath = relsPathOf(source);
      const xml = await this.text(relsPath);
      if (xml === undefined) continue;
      const rels = await readRels(this, source);
      const ids = [...rels].filter(([, target]) => target === path).map(([id]) => id);
      let next = xml;
      for (const id of ids) next = next.replace(new RegExp(`<Relationship\\s[^>]*Id="${escapeRegExp(id)}"[^>]*/>`), "");
      if (next !== xml) this.setText(relsPath, next);
    }
  }

  private delete(path: string): void {
    this.texts.delete(path);
    if (this.originalPaths.has(path)) this.changes.set(path, null);
    else this.changes.delete(path);
  }

  get changed(): boolean {
    return this.changes.size > 0;
  }

  /** The new archive; unchanged parts keep their stored bytes. */
  async toBuffer(): Promise<Buffer> {
    for (const [path, text] of this.texts) this.changes.set(path, Buffer.from(text, "utf8"));
    const rewritten = rewriteZip(this.originalBytes, this.changes);
    if (rewritten) return rewritten;
    // Archives the fast writer does not handle (ZIP64, unusual compression) go through JSZip, which re-deflates all.
    const zip = await JSZip.loadAsync(this.originalBytes);
    for (const [path, bytes] of this.changes) {
      if (bytes === null) zip.remove(path);
      else zip.file(path, bytes);
    }
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
