import type { AcceptedFileKind } from './detect-file-kind.util.js';

/**
 * Whole-file judgement of an upload (certificate scans, demand and message attachments). A file is
 * accepted only when its entire structure is that of a PDF, a PNG or a JPEG: a PNG signature followed
 * by HTML, a JPEG with a script after its end marker or a PDF cut short are refused, so nothing stored
 * and served back as a "scan" can be read by a browser as something else.
 */
export type FileInspection =
  | { kind: 'PNG'; width: number; height: number }
  | { kind: 'JPEG'; width: number; height: number }
  | { kind: 'PDF'; version: string };

/** Null when the bytes are not a whole, well-structured PDF, PNG or JPEG. */
export function inspectFile(bytes: Uint8Array): FileInspection | null {
  return inspectPng(bytes) ?? inspectJpeg(bytes) ?? inspectPdf(bytes);
}

export function inspectedFileKind(bytes: Uint8Array): AcceptedFileKind | null {
  return inspectFile(bytes)?.kind ?? null;
}

// ---------------------------------------------------------------- PNG

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_MAX_DIMENSION = 0x7fffffff;
/** Bit depths allowed per colour type (PNG spec, table 11.1). */
const PNG_BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309) as PNG chunks carry it. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const uint32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
const uint16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const isAsciiLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

/** Walks every chunk from the signature to IEND: lengths in bounds, CRCs right, IHDR first, IDAT present, nothing after IEND. */
function inspectPng(bytes: Uint8Array): FileInspection | null {
  if (!startsWith(bytes, PNG_SIGNATURE)) return null;
  let at = PNG_SIGNATURE.length;
  let width = 0;
  let height = 0;
  let colourType = -1;
  let seenPalette = false;
  let seenData = false;
  let dataEnded = false;
  let first = true;
  while (at + 12 <= bytes.length) {
    const length = uint32(bytes, at);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (length > PNG_MAX_DIMENSION || dataEnd + 4 > bytes.length) return null;
    const typeBytes = bytes.subarray(at + 4, at + 8);
    if (!typeBytes.every(isAsciiLetter)) return null;
    if (crc32(bytes, at + 4, dataEnd) !== uint32(bytes, dataEnd)) return null;
    const type = String.fromCharCode(...typeBytes);
    if (first !== (type === 'IHDR')) return null;
    first = false;
    switch (type) {
      case 'IHDR': {
        if (length !== 13) return null;
        width = uint32(bytes, dataStart);
        height = uint32(bytes, dataStart + 4);
        const bitDepth = bytes[dataStart + 8]!;
        colourType = bytes[dataStart + 9]!;
        const [compression, filter, interlace] = [bytes[dataStart + 10], bytes[dataStart + 11], bytes[dataStart + 12]];
        if (width === 0 || height === 0 || width > PNG_MAX_DIMENSION || height > PNG_MAX_DIMENSION) return null;
        if (!PNG_BIT_DEPTHS[colourType]?.includes(bitDepth)) return null;
        if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) return null;
        break;
      }
      case 'PLTE':
        if (seenData || length === 0 || length % 3 !== 0 || length > 256 * 3) return null;
        seenPalette = true;
        break;
      case 'IDAT':
        // Image data comes in consecutive IDAT chunks.
        if (dataEnded) return null;
        seenData = true;
        break;
      case 'IEND':
        if (length !== 0 || !seenData || (colourType === 3 && !seenPalette)) return null;
        return dataEnd + 4 === bytes.length ? { kind: 'PNG', width, height } : null;
      default:
        // Ancillary chunks (lower-case first letter) may be anything; an unknown critical one is not a PNG we can show.
        if (!(typeBytes[0]! & 0x20)) return null;
    }
    if (seenData && type !== 'IDAT') dataEnded = true;
    at = dataEnd + 4;
  }
  return null;
}

// ---------------------------------------------------------------- JPEG

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic), which carry the dimensions. */
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const JPEG_SOS = 0xda;
const JPEG_EOI = 0xd9;
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

/** SOI, then marker segments with in-bounds lengths, a frame header before the first scan, scans, EOI, and only padding after it. */
function inspectJpeg(bytes: Uint8Array): FileInspection | null {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return null;
  let at = 2;
  let width = 0;
  let height = 0;
  let seenScan = false;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    // Any number of 0xFF fill bytes may precede a marker.
    while (at < bytes.length && bytes[at] === 0xff) at++;
    if (at >= bytes.length) return null;
    const marker = bytes[at]!;
    at++;
    if (marker === 0x00 || marker === 0xd8) return null;
    if (marker === JPEG_EOI) {
      if (!seenScan || width === 0) return null;
      for (let i = at; i < bytes.length; i++) if (bytes[i] !== 0x00 && bytes[i] !== 0xff) return null;
      return { kind: 'JPEG', width, height };
    }
    if (isRestart(marker) || marker === 0x01) return null; // only legal inside entropy-coded data
    if (at + 2 > bytes.length) return null;
    const length = uint16(bytes, at);
    if (length < 2 || at + length > bytes.length) return null;
    if (JPEG_SOF.has(marker)) {
      if (length < 8) return null;
      height = uint16(bytes, at + 3);
      width = uint16(bytes, at + 5);
      const components = bytes[at + 7]!;
      if (width === 0 || height === 0 || components === 0 || length !== 8 + 3 * components) return null;
    }
    at += length;
    if (marker === JPEG_SOS) {
      if (width === 0) return null;
      seenScan = true;
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      while (at < bytes.length) {
        if (bytes[at] === 0xff) {
          let next = at + 1;
          while (next < bytes.length && bytes[next] === 0xff) next++;
          if (next >= bytes.length) return null;
          const following = bytes[next]!;
          if (following === 0x00 || isRestart(following)) {
            at = next + 1;
            continue;
          }
          at = next - 1; // back on the last 0xFF, the start of the marker
          break;
        }
        at++;
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------- PDF

const latin1 = (bytes: Uint8Array, start: number, end: number) => {
  let text = '';
  for (let i = start; i < end; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 0x8000)));
  return text;
};
const PDF_TRAILING = /^[\s\0]*$/;
const PDF_TAIL_BYTES = 2048;

/**
 * A PDF must open with `%PDF-x.y`, end with `%%EOF` (trailing whitespace only), and its last
 * `startxref` must point inside the file at a cross-reference table (`xref` … `trailer`) or a
 * cross-reference stream (`n g obj << /Type /XRef …`). A file cut short loses its tail and is refused.
 */
function inspectPdf(bytes: Uint8Array): FileInspection | null {
  const head = latin1(bytes, 0, Math.min(bytes.length, 16));
  const version = /^%PDF-([12]\.\d)/.exec(head)?.[1];
  if (!version) return null;
  const tailStart = Math.max(0, bytes.length - PDF_TAIL_BYTES);
  const tail = latin1(bytes, tailStart, bytes.length);
  const eof = tail.lastIndexOf('%%EOF');
  if (eof < 0 || !PDF_TRAILING.test(tail.slice(eof + 5))) return null;
  const startxref = /startxref\s+(\d{1,12})\s+$/.exec(tail.slice(0, eof));
  if (!startxref) return null;
  const offset = Number(startxref[1]);
  const startxrefAt = tailStart + startxref.index;
  if (offset < 9 || offset >= startxrefAt) return null;
  const section = latin1(bytes, offset, Math.min(startxrefAt, offset + 64 * 1024));
  if (section.startsWith('xref')) {
    // The trailer dictionary follows the table; a big table may push it beyond the window, so look from startxref back.
    const before = latin1(bytes, Math.max(offset, startxrefAt - 64 * 1024), startxrefAt);
    return before.includes('trailer') || section.includes('trailer') ? { kind: 'PDF', version } : null;
  }
  return /^\d+\s+\d+\s+obj\s*<<[\s\S]*?\/Type\s*\/XRef\b/.test(section) ? { kind: 'PDF', version } : null;
}
