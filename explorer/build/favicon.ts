/**
 * The explorer's icon, drawn once from a few shapes: a red tile with three rising bars
 * (a plan's indicators, measured). The SVG is what browsers show; the ICO (32×32 and
 * 16×16, drawn from the same shapes) answers `/favicon.ico` for clients that ask for it
 * without reading the page.
 */

interface Shape {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  /** #rrggbb */
  color: string;
}

/** On a 32×32 grid. */
const SHAPES: readonly Shape[] = [
  { x: 0, y: 0, width: 32, height: 32, radius: 7, color: '#b3261e' },
  { x: 7, y: 17, width: 4, height: 9, radius: 1, color: '#ffffff' },
  { x: 14, y: 12, width: 4, height: 14, radius: 1, color: '#ffffff' },
  { x: 21, y: 6, width: 4, height: 20, radius: 1, color: '#ffd25a' },
];
const GRID = 32;

export function faviconSvg(): string {
  const shapes = SHAPES.map((s) => `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="${s.radius}" fill="${s.color}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}">${shapes.join('')}</svg>\n`;
}

/** A Windows icon holding 32-bit BMP images (every browser reads them), one per size. */
export function faviconIco(sizes: readonly number[] = [32, 16]): Uint8Array {
  const images = sizes.map((size) => bmpImage(size, rasterize(size)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const entry = 6 + 16 * index;
    const size = sizes[index]!;
    header.writeUInt8(size % 256, entry); // 0 means 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return new Uint8Array(Buffer.concat([header, ...images]));
}

/** RGBA, top row first, each pixel the average of 4×4 samples (smooth corners at 16 px). */
function rasterize(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  const scale = GRID / size;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let red = 0, green = 0, blue = 0, alpha = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (column + (sx + 0.5) / samples) * scale;
          const y = (row + (sy + 0.5) / samples) * scale;
          const shape = SHAPES.findLast((candidate) => covers(candidate, x, y));
          if (!shape) continue;
          const rgb = Number.parseInt(shape.color.slice(1), 16);
          red += rgb >> 16;
          green += (rgb >> 8) & 0xff;
          blue += rgb & 0xff;
          alpha += 1;
        }
      }
      const at = (row * size + column) * 4;
      if (alpha > 0) {
        pixels[at] = Math.round(red / alpha);
        pixels[at + 1] = Math.round(green / alpha);
        pixels[at + 2] = Math.round(blue / alpha);
        pixels[at + 3] = Math.round((alpha / (samples * samples)) * 255);
      }
    }
  }
  return pixels;
}

function covers(shape: Shape, x: number, y: number): boolean {
  if (x < shape.x || y < shape.y || x > shape.x + shape.width || y > shape.y + shape.height) return false;
  // Inside the rectangle: only the four corner squares can be outside the rounding.
  const cx = Math.min(Math.max(x, shape.x + shape.radius), shape.x + shape.width - shape.radius);
  const cy = Math.min(Math.max(y, shape.y + shape.radius), shape.y + shape.height - shape.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= shape.radius ** 2;
}

/** BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND mask (all zero: alpha decides). */
function bmpImage(size: number, rgba: Uint8Array): Buffer {
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(size, 4);
  info.writeInt32LE(size * 2, 8); // XOR image and AND mask, stacked
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const from = (row * size + column) * 4;
      const to = ((size - 1 - row) * size + column) * 4;
      pixels[to] = rgba[from + 2]!;
      pixels[to + 1] = rgba[from + 1]!;
      pixels[to + 2] = rgba[from]!;
      pixels[to + 3] = rgba[from + 3]!;
    }
  }
  const maskRowBytes = Math.ceil(size / 32) * 4;
  return Buffer.concat([info, pixels, Buffer.alloc(maskRowBytes * size)]);
}
