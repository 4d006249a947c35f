import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import JSZip from "jszip";
import { rewriteZip, type ZipChanges } from "../../../../src/adapters/xlsx/zip/writer";

const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

interface RawEntry {
  readonly name: string;
  readonly nameBytes: Buffer;
  /** Offset of the central-directory record. */
  readonly central: number;
  /** Version made by, internal and external attributes: what unzip uses to restore permissions. */
  readonly attributes: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** Offset of the local header. */
  readonly local: number;
  /** The stored (possibly compressed) bytes. */
  readonly data: Buffer;
}

/** The entries in central-directory order, read independently of the writer. */
function rawEntries(zip: Buffer): RawEntry[] {
  const end = zip.lastIndexOf(END_SIGNATURE);
  const entries: RawEntry[] = [];
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const nameBytes = zip.subarray(p + 46, p + 46 + nameLength);
    entries.push({
      name: nameBytes.toString("utf8"),
      nameBytes,
      central: p,
      attributes: `${zip.readUInt16LE(p + 4)}/${zip.readUInt16LE(p + 36)}/${zip.readUInt32LE(p + 38)}`,
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      crc: zip.readUInt32LE(p + 16),
      size: zip.readUInt32LE(p + 24),
      local,
      data: zip.subarray(start, start + zip.readUInt32LE(p + 20)),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/** zlib.crc32 where Node has it (20.15 and later), else the bitwise definition. */
function crc32(bytes: Uint8Array): number {
  if (typeof zlib.crc32 === "function") return zlib.crc32(bytes);
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function inflated(entry: RawEntry): Buffer {
  return entry.method === 8 ? zlib.inflateRawSync(entry.data) : entry.data;
}

/** What a strict reader (unzip, Excel) checks beyond what JSZip looks at. */
function expectWellFormed(zip: Buffer): void {
  let next = 0;
  for (const entry of rawEntries(zip)) {
    expect(entry.local).toBe(next);
    expect(zip.readUInt32LE(entry.local)).toBe(0x04034b50);
    // Local header from "version needed" to "extra length" equals the central record's same fields.
    expect(zip.subarray(entry.local + 4, entry.local + 30)).toEqual(
      zip.subarray(entry.central + 6, entry.central + 32),
    );
    expect(zip.readUInt16LE(entry.local + 28)).toBe(0);
    expect(entry.flags & 0x0008).toBe(0);
    const content = inflated(entry);
    expect(content.length).toBe(entry.size);
    expect(crc32(content)).toBe(entry.crc);
    next = entry.data.byteOffset - zip.byteOffset + entry.data.length;
  }
  const end = zip.lastIndexOf(END_SIGNATURE);
  expect(zip.readUInt32LE(end + 16)).toBe(next);
  expect(zip.readUInt32LE(end + 16) + zip.readUInt32LE(end + 12)).toBe(end);
  expect(zip.length).toBe(end + 22);
}

/** Every entry (directories included, as "dir/" → null) in archive order, CRCs checked. */
async function contents(zip: Buffer): Promise<[string, Buffer | null][]> {
  const loaded = await JSZip.loadAsync(zip, { checkCRC32: true });
  return Promise.all(
    Object.values(loaded.files).map(async (file): Promise<[string, Buffer | null]> => [
      file.name,
      file.dir ? null : Buffer.from(await file.async("uint8array")),
    ]),
  );
}

function rewrite(zip: Buffer, changes: ZipChanges = new Map()): Buffer {
  const result = rewriteZip(zip, changes);
  if (!result) throw new Error("rewriteZip returned null");
  expectWellFormed(result);
  return result;
}

const SHEET = `<worksheet><sheetData>${'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(200)}</sheetData></worksheet>`;

async function sample(options: JSZip.JSZipGeneratorOptions<"nodebuffer"> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("xl/workbook.xml", "<workbook><sheets/></workbook>");
  zip.file("xl/worksheets/sheet1.xml", SHEET);
  zip.file("xl/media/image1.png", pseudoRandomBytes(3000, 7));
  zip.file("xl/Översikt.xml", "<översikt>åäö</översikt>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", ...options });
}

/** Deterministic, incompressible bytes. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A stored-only archive whose local extra fields are longer than the central ones, as with Info-ZIP's timestamps. */
function zipWithExtraFields(files: readonly (readonly [string, string])[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const localExtra = Buffer.from("5554090003" + "11223344" + "55667788", "hex");
    const centralExtra = Buffer.from("5554050003" + "11223344", "hex");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    local.copy(central, 6, 4, 28);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, localExtra, data);
    centrals.push(central, nameBytes, centralExtra);
    offset += 30 + nameBytes.length + localExtra.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function patched(zip: Buffer, patch: (copy: Buffer, end: number, firstEntry: number) => void): Buffer {
  const copy = Buffer.from(zip);
  const end = copy.lastIndexOf(END_SIGNATURE);
  patch(copy, end, copy.readUInt32LE(end + 16));
  return copy;
}

describe("rewriting a zip without changes", () => {
  it.each([
    ["DEFLATE", { compression: "DEFLATE" as const }],
    ["STORE", { compression: "STORE" as const }],
    ["data descriptors", { streamFiles: true }],
  ])("copies every entry of a %s archive as stored", async (_, options) => {
    const original = await sample(options);
    const result = rewrite(original);
    expect(await contents(result)).toEqual(await contents(original));
    const before = rawEntries(original);
    const after = rawEntries(result);
    expect(after.map((e) => [e.name, e.attributes, e.method, e.crc, e.size])).toEqual(
      before.map((e) => [e.name, e.attributes, e.method, e.crc, e.size]),
    );
    after.forEach((entry, i) => expect(entry.data).toEqual(before[i]?.data));
  });

  it("clears the data-descriptor flag that streamed archives set", async () => {
    const original = await sample({ streamFiles: true });
    expect(rawEntries(original).filter((e) => (e.flags & 0x0008) !== 0).length).toBeGreaterThan(0);
    expect(rawEntries(rewrite(original)).filter((e) => (e.flags & 0x0008) !== 0)).toEqual([]);
  });

  it("copies directory entries", async () => {
    const names = (await contents(rewrite(await sample()))).map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["xl/", "xl/worksheets/", "xl/media/"]));
  });

  it("keeps a UTF-8 name byte for byte, with its flag", async () => {
    const original = await sample();
    const before = rawEntries(original).find((e) => e.name === "xl/Översikt.xml");
    const after = rawEntries(rewrite(original)).find((e) => e.name === "xl/Översikt.xml");
    expect(before?.flags).toBeDefined();
    expect(after?.nameBytes).toEqual(Buffer.from("xl/Översikt.xml", "utf8"));
    expect((after?.flags ?? 0) & 0x0800).toBe(0x0800);
  });

  it("finds the data after a local extra field that differs from the central one", async () => {
    const files = [
      ["[Content_Types].xml", "<Types/>"],
      ["xl/workbook.xml", "<workbook/>"],
    ] as const;
    const original = zipWithExtraFields(files);
    expect((await contents(original)).map(([name, data]) => [name, data?.toString()])).toEqual(files);
    const result = rewrite(original);
    expect((await contents(result)).map(([name, data]) => [name, data?.toString()])).toEqual(files);
  });

  it("reads an empty archive back as empty", async () => {
    const empty = await new JSZip().generateAsync({ type: "nodebuffer" });
    expect(await contents(rewrite(empty))).toEqual([]);
  });
});

describe("rewriting a zip with changes", () => {
  it("replaces an entry in place and leaves the others' stored bytes alone", async () => {
    const original = await sample();
    const sheet = Buffer.from("<worksheet><sheetData/></worksheet>");
    const result = rewrite(original, new Map([["xl/worksheets/sheet1.xml", sheet]]));
    // Raw names, not JSZip's: JSZip would hide a duplicate entry.
    const rawBefore = rawEntries(original);
    const rawAfter = rawEntries(result);
    expect(rawAfter.map((e) => e.name)).toEqual(rawBefore.map((e) => e.name));
    expect(rawAfter.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    expect((await contents(result)).find(([name]) => name === "xl/worksheets/sheet1.xml")?.[1]).toEqual(sheet);
    for (const entry of rawAfter.filter((e) => e.name !== "xl/worksheets/sheet1.xml")) {
      expect(entry.data).toEqual(rawBefore.find((e) => e.name === entry.name)?.data);
    }
  });

  it("replaces an entry with a UTF-8 name, keeping the name", async () => {
    const result = rewrite(await sample(), new Map([["xl/Översikt.xml", Buffer.from("<ny/>")]]));
    const entry = rawEntries(result).find((e) => e.name === "xl/Översikt.xml");
    expect(entry && inflated(entry).toString()).toBe("<ny/>");
    expect((entry?.flags ?? 0) & 0x0800).toBe(0x0800);
  });

  it("deletes an entry and appends new ones in the map's order", async () => {
    const original = await sample();
    const changes = new Map<string, Uint8Array | null>([
      ["xl/sharedStrings.xml", Buffer.from("<sst/>")],
      ["xl/media/image1.png", null],
      ["xl/styles.xml", new TextEncoder().encode("<styleSheet/>")],
      ["finns/inte.xml", null],
    ]);
    const before = rawEntries(original).map((e) => e.name);
    const result = rewrite(original, changes);
    const after = await contents(result);
    expect(rawEntries(result).map((e) => e.name)).toEqual([
      ...before.filter((name) => name !== "xl/media/image1.png"),
      "xl/sharedStrings.xml",
      "xl/styles.xml",
    ]);
    expect(after.find(([name]) => name === "xl/sharedStrings.xml")?.[1]?.toString()).toBe("<sst/>");
    expect(after.find(([name]) => name === "xl/styles.xml")?.[1]?.toString()).toBe("<styleSheet/>");
  });

  it("marks a new entry with a non-ASCII name as UTF-8", async () => {
    const result = rewrite(await sample(), new Map([["xl/Mål.xml", Buffer.from("<mål/>")]]));
    const entry = rawEntries(result).find((e) => e.name === "xl/Mål.xml");
    expect((entry?.flags ?? 0) & 0x0800).toBe(0x0800);
    expect((await contents(result)).find(([name]) => name === "xl/Mål.xml")?.[1]?.toString()).toBe("<mål/>");
  });

  it("deflates a large repetitive entry", async () => {
    const row = '<row r="1"><c r="A1"><v>42</v></c><c r="B1" t="s"><v>7</v></c></row>';
    const xml = Buffer.from(`<worksheet><sheetData>${row.repeat(Math.ceil(5e6 / row.length))}</sheetData></worksheet>`);
    const result = rewrite(await sample(), new Map([["xl/worksheets/sheet2.xml", xml]]));
    expect(result.length).toBeLessThan(500_000);
    const entry = rawEntries(result).find((e) => e.name === "xl/worksheets/sheet2.xml");
    expect(entry?.method).toBe(8);
    expect(entry && inflated(entry).equals(xml)).toBe(true);
  });

  it("stores what deflate does not make smaller", async () => {
    const noise = pseudoRandomBytes(2000, 3);
    const result = rewrite(
      await sample(),
      new Map([
        ["noise.bin", noise],
        ["a.txt", Buffer.from("a")],
        ["empty.txt", Buffer.alloc(0)],
      ]),
    );
    const entries = rawEntries(result);
    expect(entries.filter((e) => ["noise.bin", "a.txt", "empty.txt"].includes(e.name)).map((e) => e.method)).toEqual([
      0, 0, 0,
    ]);
    expect(entries.find((e) => e.name === "noise.bin")?.data).toEqual(noise);
  });

  it("computes CRCs without zlib.crc32 (Node before 20.15)", async () => {
    const original = await sample();
    const deflateRawSync = jest.fn(zlib.deflateRawSync);
    let rewriteWithoutCrc32: typeof rewriteZip = rewriteZip;
    jest.isolateModules(() => {
      jest.doMock("node:zlib", () => ({
        ...jest.requireActual<typeof zlib>("node:zlib"),
        crc32: undefined,
        deflateRawSync,
      }));
      rewriteWithoutCrc32 = (
        jest.requireActual("../../../../src/adapters/xlsx/zip/writer") as { rewriteZip: typeof rewriteZip }
      ).rewriteZip;
    });
    const texts = ["<a/>", "åäö ".repeat(1000), "x".repeat(100_000)];
    const changes = new Map(texts.map((text, i) => [`part${i}.xml`, Buffer.from(text)]));
    const result = rewriteWithoutCrc32(original, changes);
    expect(deflateRawSync).toHaveBeenCalled();
    if (!result) throw new Error("rewriteZip returned null");
    expectWellFormed(result);
    expect(
      (await contents(result)).filter(([name]) => name.startsWith("part")).map(([, data]) => data?.toString()),
    ).toEqual(texts);
  });
});

describe("archives the writer leaves to JSZip", () => {
  it.each([
    ["no bytes", Buffer.alloc(0)],
    ["a few bytes", Buffer.from("PK")],
    ["random bytes", pseudoRandomBytes(5000, 11)],
  ])("gives null for %s", (_, data) => {
    expect(rewriteZip(data, new Map())).toBeNull();
  });

  it.each([
    [
      "a ZIP64 entry count",
      (zip: Buffer, end: number) => {
        zip.writeUInt16LE(0xffff, end + 8);
        zip.writeUInt16LE(0xffff, end + 10);
      },
    ],
    ["a ZIP64 directory offset", (zip: Buffer, end: number) => zip.writeUInt32LE(0xffffffff, end + 16)],
    ["a ZIP64 entry size", (zip: Buffer, _: number, first: number) => zip.writeUInt32LE(0xffffffff, first + 20)],
    ["an encrypted entry", (zip: Buffer, _: number, first: number) => zip.writeUInt16LE(1, first + 8)],
    ["bzip2 compression", (zip: Buffer, _: number, first: number) => zip.writeUInt16LE(12, first + 10)],
    ["a split archive", (zip: Buffer, end: number) => zip.writeUInt16LE(1, end + 6)],
    [
      "a local header without its signature",
      (zip: Buffer, _: number, first: number) => zip.writeUInt32LE(0, zip.readUInt32LE(first + 42)),
    ],
    [
      "a local header past the end",
      (zip: Buffer, _: number, first: number) => zip.writeUInt32LE(zip.length - 2, first + 42),
    ],
    [
      "an entry running into the directory",
      (zip: Buffer, _: number, first: number) => zip.writeUInt32LE(1e6, first + 20),
    ],
    ["a directory running past the end record", (zip: Buffer, end: number) => zip.writeUInt32LE(end, end + 12)],
  ])("gives null for %s", async (_, patch) => {
    const original = await sample();
    expect(rewriteZip(original, new Map())).not.toBeNull();
    expect(rewriteZip(patched(original, patch), new Map())).toBeNull();
  });

  it("gives null when the end record is missing", async () => {
    const original = await sample();
    expect(rewriteZip(original.subarray(0, original.lastIndexOf(END_SIGNATURE)), new Map())).toBeNull();
  });
});

const hasUnzip = spawnSync("unzip", ["-v"]).error === undefined;

(hasUnzip ? it : it.skip)("passes unzip -t (Info-ZIP's strict checks)", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zip-writer-"));
  try {
    const changes = new Map<string, Uint8Array | null>([
      ["xl/worksheets/sheet1.xml", Buffer.from("<worksheet/>")],
      ["xl/media/image1.png", null],
      ["xl/Mål.xml", Buffer.from("<mål/>".repeat(100))],
    ]);
    for (const [i, original] of [await sample(), await sample({ streamFiles: true })].entries()) {
      const file = path.join(dir, `out${i}.zip`);
      writeFileSync(file, rewrite(original, changes));
      const result = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
      expect(result.stdout).toContain("No errors detected");
      expect(result.stdout).not.toMatch(/warning|error:/i);
      expect(result.status).toBe(0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
