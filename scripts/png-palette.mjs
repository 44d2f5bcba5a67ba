// Makes a screenshot's PNG about a third of its size for the repository: the 256 colours most
// used in the picture become its palette, and every other colour (the edges of anti-aliased
// text) takes the nearest of them. Reads only what Chromium writes: 8-bit RGB or RGBA, not
// interlaced. Used by scripts/screenshots.mjs.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunks(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const out = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

// The pixels as RGB triples, the rows' filters undone.
function decode(png) {
  const all = chunks(png);
  const header = all.find((c) => c.type === 'IHDR').data;
  const width = header.readUInt32BE(0), height = header.readUInt32BE(4);
  const [depth, colourType, , , interlace] = header.subarray(8, 13);
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) throw new Error('an 8-bit RGB(A) PNG, not interlaced, was expected');
  const bpp = colourType === 2 ? 3 : 4, stride = width * bpp;
  const raw = zlib.inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rgb = Buffer.alloc(width * height * 3);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; ++x) {
      const a = x >= bpp ? line[x - bpp] : 0, b = prev[x], c = x >= bpp ? prev[x - bpp] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      line[x] = (line[x] + predictor) & 0xff;
    }
    for (let x = 0; x < width; ++x) line.copy(rgb, (y * width + x) * 3, x * bpp, x * bpp + 3);
    prev = line;
  }
  return { width, height, rgb };
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function toPalette(png) {
  const { width, height, rgb } = decode(png);
  const uses = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const colour = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    uses.set(colour, (uses.get(colour) || 0) + 1);
  }
  const palette = [...uses.keys()].sort((a, b) => uses.get(b) - uses.get(a)).slice(0, 256);
  const index = new Map();
  for (const colour of uses.keys()) {
    let best = 0, bestDistance = Infinity;
    for (let i = 0; i < palette.length && bestDistance > 0; ++i) {
      const dr = (colour >> 16) - (palette[i] >> 16), dg = ((colour >> 8) & 0xff) - ((palette[i] >> 8) & 0xff), db = (colour & 0xff) - (palette[i] & 0xff);
      const distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;   // green counts most to the eye, blue least
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    }
    index.set(colour, best);
  }
  const rows = Buffer.alloc(height * (width + 1));   // filter 0 on every row: none, as palettes want
  for (let y = 0; y < height; ++y) {
    for (let x = 0; x < width; ++x) {
      const i = (y * width + x) * 3;
      rows[y * (width + 1) + 1 + x] = index.get((rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2]);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => plte.set([c >> 16, (c >> 8) & 0xff, c & 0xff], i * 3));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
