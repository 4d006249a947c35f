/**
 * Changes to an .xlsx package, collected in memory and written as one new archive: changed parts are replaced,
 * removed parts dropped with their content type and relationships, and every other part copied as stored.
 */
import JSZip from "jszip";
import { CONTENT_TYPES_PATH, ContentTypesPart } from "../parts/content-types";
import { RelationshipsPart, relsPathOf } from "../parts/relationships";
import { WORKBOOK_PATH } from "../parts/workbook";
import { parseXml } from "../xml/tree";
import type { ZipPackage } from "../zip/reader";
import { rewriteZip } from "../zip/writer";

/** Parts we write above this size are worksheets patched in one pass, tested instead of parsed again on every run. */
const CHECKED_SIZE = 256 * 1024;
const EMPTY = new Uint8Array(0);

export class PackageEdit {
  private readonly changes = new Map<string, Uint8Array | null>();
  private readonly texts = new Map<string, string>();
  /** Parts written whole by our own sheet writer (escaping held by its property tests): not parsed again. */
  private readonly unchecked = new Set<string>();
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

  /**
   * `wholeFromWriter`: the part is a summary sheet serialised in full by `summary-sheet-xml.ts`, not an edit of
   * someone else's XML. Re-parsing those cost 4 s of a 100k-indicator recalc (120 MB of sheet XML), so they are left
   * to that writer's tests; every part edited from the input is still parsed before the archive is written.
   */
  setText(path: string, xml: string, options: { readonly wholeFromWriter?: boolean } = {}): void {
    this.texts.set(path, xml);
    if (options.wholeFromWriter === true) this.unchecked.add(path);
    else this.unchecked.delete(path);
    // Encoded when the archive is written: a text set twice (styles.xml, workbook.xml) is encoded once.
    this.changes.set(path, EMPTY);
  }

  /**
   * Drops the part, its own relationships, its content type override, and the relationships pointing to it from
   * the parts named in `referencedBy` (by default the workbook; "" is the package itself). Those parts are edited by
   * their parsed structure, whatever prefixes they use.
   */
  async removePart(path: string, referencedBy: readonly string[] = [WORKBOOK_PATH]): Promise<void> {
    if (!this.has(path)) return;
    this.delete(path);
    this.delete(relsPathOf(path));
    const typesXml = await this.text(CONTENT_TYPES_PATH);
    if (typesXml !== undefined) {
      const types = ContentTypesPart.parse(typesXml);
      if (types.removeOverride(path)) this.setText(CONTENT_TYPES_PATH, types.toXml());
    }
    for (const source of referencedBy) {
      const relsPath = relsPathOf(source);
      const xml = await this.text(relsPath);
      if (xml === undefined) continue;
      const rels = RelationshipsPart.parse(xml, source);
      if (rels.removeTo(path)) this.setText(relsPath, rels.toXml());
    }
  }

  private delete(path: string): void {
    this.texts.delete(path);
    this.unchecked.delete(path);
    if (this.originalPaths.has(path)) this.changes.set(path, null);
    else this.changes.delete(path);
  }

  get changed(): boolean {
    return this.changes.size > 0;
  }

  /** The new archive; unchanged parts keep their stored bytes. */
  async toBuffer(): Promise<Buffer> {
    for (const [path, text] of this.texts) {
      // Never write a part other programs cannot read: a slip in our own editing stops the run here instead.
      if (text.length < CHECKED_SIZE && !this.unchecked.has(path)) assertWellFormed(path, text);
      this.changes.set(path, Buffer.from(text, "utf8"));
    }
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

function assertWellFormed(path: string, xml: string): void {
  try {
    parseXml(xml);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`Internt fel: delen ${path} blev inte korrekt XML (${why}). Inget skrevs.`);
  }
}
