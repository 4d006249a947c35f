/**
 * The central directory of a zip archive, read directly: what the package reader (zip/reader.ts) and the package
 * writer (zip/writer.ts) both build on. Only archives both can handle safely are read; for the rest (ZIP64,
 * split archives, encrypted entries, compression methods other than stored and deflate, inconsistent offsets) the
 * answer is null and the caller falls back to JSZip, which either handles them or gives the error.
 */

export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
export const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
export const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

/** One central-directory record, with the bytes its local header points to. */
export interface ZipDirectoryEntry {
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  /** 0 stored, 8 deflate: the only two read. */
  readonly method: number;
  /** DOS time and date, as stored. */
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** Uncompressed. */
  readonly size: number;
  /** The name's bytes as stored, so a copy keeps them exactly. */
  readonly name: Buffer;
  /**
   * The name as a package path: without a leading slash (some writers add one); directories end with "/". UTF-8
   * whatever the flag says, as JSZip decodes by default.
   */
  readonly path: string;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** Offset of the local header. */
  readonly localHeader: number;
  /** The entry's bytes as stored: compressed when method is 8. A view into the archive, not a copy. */
  readonly data: Buffer;
}

/** The entries in directory order; null when the archive is not one this reads (or no zip at all). */
export function readZipDirectory(data: Buffer): ZipDirectoryEntry[] | null {
  const end = findEndOfCentralDirectory(data);
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directory = data.readUInt32LE(end + 16);
  if (count === MAX_16 || directorySize === MAX_32 || directory === MAX_32) return null; // ZIP64
  // Disk numbers other than 0 belong to split archives.
  if (data.readUInt16LE(end + 4) !== 0 || data.readUInt16LE(end + 6) !== 0 || data.readUInt16LE(end + 8) !== count)
    return null;
  if (directory + directorySize > end) return null;
  const entries: ZipDirectoryEntry[] = [];
  let p = directory;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || data.readUInt32LE(p) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const size = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const localHeader = data.readUInt32LE(p + 42);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) return null;
    if (compressedSize === MAX_32 || size === MAX_32 || localHeader === MAX_32) return null; // ZIP64
    if (p + 46 + nameLength > end || localHeader + 30 > directory) return null;
    if (data.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) return null;
    // The local extra field may differ from the central one (Info-ZIP's timestamps do), so its own length counts.
    const start = localHeader + 30 + data.readUInt16LE(localHeader + 26) + data.readUInt16LE(localHeader + 28);
    if (start + compressedSize > directory) return null;
    const name = data.subarray(p + 46, p + 46 + nameLength);
    const decoded = name.toString("utf8");
    entries.push({
      versionMadeBy: data.readUInt16LE(p + 4),
      versionNeeded: data.readUInt16LE(p + 6),
      flags,
      method,
      time: data.readUInt16LE(p + 12),
      date: data.readUInt16LE(p + 14),
      crc: data.readUInt32LE(p + 16),
      compressedSize,
      size,
      name,
      path: decoded.startsWith("/") ? decoded.slice(1) : decoded,
      internalAttributes: data.readUInt16LE(p + 36),
      externalAttributes: data.readUInt32LE(p + 38),
      localHeader,
      data: data.subarray(start, start + compressedSize),
    });
    p += 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const stop = Math.max(0, data.length - 22 - MAX_16);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}
