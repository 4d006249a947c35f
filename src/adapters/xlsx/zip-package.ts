/**
 * Read access to the parts of an .xlsx package for inspection. The central directory is read directly and entries
 * are inflated with node's zlib: for a 100k-row sheet that is an order of magnitude faster than JSZip's JavaScript
 * inflate, and inspection runs before every recalc. JSZip remains the fallback for what this reader does not
 * handle (ZIP64, encrypted entries, unusual compression methods).
 */
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";

export interface ZipPackage {
  /** Every file entry, without directories. */
  readonly paths: readonly string[];
  /** The entry's uncompressed bytes; undefined when there is no such entry. */
  bytes(path: string): Promise<Buffer | undefined>;
  text(path: string): Promise<string | undefined>;
}

export async function openZipPackage(data: Buffer): Promise<ZipPackage> {
  return readCentralDirectory(data) ?? jszipPackage(await JSZip.loadAsync(data));
}

export function jszipPackage(zip: JSZip): ZipPackage {
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
  return {
    paths,
    bytes: async (path) => {
      const file = zip.file(path);
      return file ? Buffer.from(await file.async("uint8array")) : undefined;
    },
    text: async (path) => zip.file(path)?.async("string"),
  };
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/** null when the archive needs JSZip (or is no zip at all; JSZip then gives the error). */
function readCentralDirectory(data: Buffer): ZipPackage | null {
  const end = findEndOfCentralDirectory(data);
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) return null; // ZIP64
  const entries = new Map<string, Entry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const localHeader = data.readUInt32LE(p + 42);
    const name = data.toString("utf8", p + 46, p + 46 + nameLength);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff) return null;
    if (!name.endsWith("/"))
      entries.set(name.startsWith("/") ? name.slice(1) : name, { method, compressedSize, localHeader });
    p += 46 + nameLength + extraLength + commentLength;
  }
  const bytes = (path: string): Buffer | undefined => {
    const entry = entries.get(path);
    if (!entry) return undefined;
    const h = entry.localHeader;
    if (data.readUInt32LE(h) !== LOCAL_FILE_HEADER) throw new Error(`damaged zip entry ${path}`);
    const start = h + 30 + data.readUInt16LE(h + 26) + data.readUInt16LE(h + 28);
    const raw = data.subarray(start, start + entry.compressedSize);
    return entry.method === 0 ? raw : inflateRawSync(raw);
  };
  return {
    paths: [...entries.keys()],
    bytes: (path) => Promise.resolve(bytes(path)),
    text: (path) => Promise.resolve(bytes(path)?.toString("utf8")),
  };
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}
