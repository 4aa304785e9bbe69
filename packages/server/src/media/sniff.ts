/**
 * What an image is, read from its first bytes only: the type (PNG, JPEG, GIF, WebP, AVIF)
 * and its dimensions. A Content-Type header is never trusted; SVG is not accepted (it is a
 * document that can hold scripts and links, not a picture).
 */

export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

export interface SniffedImage {
  type: ImageType;
  width: number;
  height: number;
}

export const MIME: Record<ImageType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** The file extension of each type, as the media URLs carry it. */
export const EXTENSION: Record<ImageType, string> = {
  png: 'png',
  jpeg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
};

const ascii = (b: Uint8Array, at: number, text: string) =>
  b.length >= at + text.length && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);

function png(b: Uint8Array): SniffedImage | undefined {
  // Signature, then the IHDR chunk first: length (4), "IHDR", width (4), height (4).
  if (!ascii(b, 1, 'PNG\r\n\x1a\n') || b[0] !== 0x89 || !ascii(b, 12, 'IHDR') || b.length < 24)
    return undefined;
  return { type: 'png', width: u32be(b, 16), height: u32be(b, 20) };
}

function gif(b: Uint8Array): SniffedImage | undefined {
  if (!(ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) || b.length < 10) return undefined;
  return { type: 'gif', width: u16le(b, 6), height: u16le(b, 8) };
}

function jpeg(b: Uint8Array): SniffedImage | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  // Walk the segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG, DAC).
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { type: 'jpeg', height: u16be(b, at + 5), width: u16be(b, at + 7) };
    if (marker === 0xd9 || marker === 0xda) return undefined; // end, or scan data before a frame
    at += 2 + u16be(b, at + 2);
  }
  return undefined;
}

function webp(b: Uint8Array): SniffedImage | undefined {
  if (!ascii(b, 0, 'RIFF') || !ascii(b, 8, 'WEBP') || b.length < 30) return undefined;
  if (ascii(b, 12, 'VP8 ') && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)
    return { type: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (ascii(b, 12, 'VP8L') && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { type: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(b, 12, 'VP8X'))
    return { type: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return undefined;
}

function avif(b: Uint8Array): SniffedImage | undefined {
  // ISO-BMFF: an `ftyp` box naming avif/avis, then the size in the first `ispe` property.
  if (!ascii(b, 4, 'ftyp') || !(ascii(b, 8, 'avif') || ascii(b, 8, 'avis'))) return undefined;
  const end = Math.min(b.length - 16, 4096);
  for (let at = 12; at < end; at++) {
    if (ascii(b, at, 'ispe'))
      return { type: 'avif', width: u32be(b, at + 8), height: u32be(b, at + 12) };
  }
  return undefined;
}

/** The image in `bytes`, or undefined when they are no image of a supported type. */
export function sniffImage(bytes: Uint8Array): SniffedImage | undefined {
  return png(bytes) ?? jpeg(bytes) ?? gif(bytes) ?? webp(bytes) ?? avif(bytes);
}

/** Do the bytes look like SVG (or any XML/HTML text)? Used only to word the refusal. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  return head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'));
}
