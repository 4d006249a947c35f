#!/usr/bin/env node
// Writes the ribbon and manifest icons (16, 32, 64, 80 px) into assets/ as real PNG files.
// Drawn from polygons with 4×4 supersampling so nothing has to be downloaded or installed; run `node scripts/make-icons.js`.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { Buffer } = require("node:buffer");

const SIZES = [16, 32, 80];
/** The add-in's own icon also at 64 px: a task pane add-in's HighResolutionIconUrl (IconUrl is 32 px). */
const ADDIN_ICON_SIZES = [...SIZES, 64];
const NAVY = [31, 56, 100];
const GREEN = [0, 176, 80];
const WHITE = [255, 255, 255];
const AMBER = [255, 192, 0];

/** Each icon: a rounded square in `background` and polygons in unit coordinates (0..1, y down). */
const ICONS = {
  // Beräkna status and the add-in itself: the green "uppfyllt" arrow.
  icon: {
    background: NAVY,
    shapes: [
      {
        color: GREEN,
        points: [
          [0.5, 0.14],
          [0.84, 0.5],
          [0.62, 0.5],
          [0.62, 0.86],
          [0.38, 0.86],
          [0.38, 0.5],
          [0.16, 0.5],
        ],
      },
    ],
  },
  // Validera: a check mark.
  validera: {
    background: NAVY,
    shapes: [
      {
        color: WHITE,
        points: [
          [0.16, 0.52],
          [0.3, 0.38],
          [0.44, 0.54],
          [0.72, 0.2],
          [0.86, 0.34],
          [0.44, 0.82],
        ],
      },
    ],
  },
  // Visa panel: a sheet with a pane on its right side.
  panel: {
    background: NAVY,
    shapes: [
      {
        color: WHITE,
        points: [
          [0.16, 0.2],
          [0.58, 0.2],
          [0.58, 0.8],
          [0.16, 0.8],
        ],
      },
      {
        color: AMBER,
        points: [
          [0.64, 0.2],
          [0.84, 0.2],
          [0.84, 0.8],
          [0.64, 0.8],
        ],
      },
    ],
  },
};

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius;
}

/** RGBA pixels of one icon at one size. */
function render(icon, size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y, 0.16)) continue;
          let color = icon.background;
          for (const shape of icon.shapes) if (insidePolygon(x, y, shape.points)) color = shape.color;
          sum[0] += color[0];
          sum[1] += color[1];
          sum[2] += color[2];
          sum[3] += 255;
        }
      }
      const n = samples * samples;
      const covered = sum[3] / 255;
      const offset = (py * size + px) * 4;
      // Colour is averaged over covered samples only, alpha over all: clean edges on any ribbon background.
      pixels[offset] = covered ? Math.round(sum[0] / covered) : 0;
      pixels[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      pixels[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      pixels[offset + 3] = Math.round(sum[3] / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, icon] of Object.entries(ICONS)) {
    for (const size of name === "icon" ? ADDIN_ICON_SIZES : SIZES) {
      const file = path.join(outDir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(render(icon, size), size));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
}

main();
