import { crc32, deflateSync } from 'node:zlib';

/**
 * Small but whole files of each accepted kind: the API judges an upload by its entire structure
 * (PNG chunks to IEND, JPEG SOI…EOI, PDF startxref and %%EOF), so test scans must be real files.
 */
const u32 = (value: number) => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
const u16 = (value: number) => [(value >>> 8) & 0xff, value & 0xff];
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0) & 0xff);

function pngChunk(type: string, data: Uint8Array | number[] = []): number[] {
  const body = Uint8Array.from([...ascii(type), ...data]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** A width × height RGB PNG of a gradient. */
export function samplePng(width = 4, height = 3): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) rows.push(0, ...Array.from({ length: width * 3 }, (_, i) => (i * 20 + y * 60) & 0xff));
  return Uint8Array.from([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...pngChunk('IHDR', [...u32(width), ...u32(height), 8, 2, 0, 0, 0]),
    ...pngChunk('IDAT', deflateSync(Uint8Array.from(rows))),
    ...pngChunk('IEND'),
  ]);
}

const segment = (marker: number, payload: number[]) => [0xff, marker, ...u16(payload.length + 2), ...payload];

/** A baseline JPEG's structure: SOI, APP0, DQT, SOF0 with its dimensions, DHT, SOS, scan data, EOI. */
export function sampleJpeg(width = 16, height = 8): Uint8Array {
  return Uint8Array.from([
    0xff, 0xd8,
    ...segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, ...u16(height), ...u16(width), 1, 1, 0x11, 0]),
    ...segment(0xc4, [0, 0, 1, ...new Array<number>(15).fill(0), 0]),
    ...segment(0xda, [1, 1, 0, 0, 63, 0]),
    0x12, 0x34, 0xff, 0x00, 0x56,
    0xff, 0xd9,
  ]);
}

/** A one-page PDF with a right cross-reference table, startxref and %%EOF (`padding` bytes of comment after the header). */
export function samplePdf(title = 'GJB 9001C', padding = 0): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>`,
    `<< /Length ${`BT /F1 12 Tf 72 770 Td (${title}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 72 770 Td (${title}) Tj ET\nendstream`,
  ];
  let text = `%PDF-1.4\n${padding >= 2 ? `%${'x'.repeat(padding - 2)}\n` : ''}`;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** A whole PDF of exactly `size` bytes (for the upload size limits). */
export function samplePdfOfSize(size: number): Uint8Array {
  let padding = Math.max(0, size - samplePdf().length);
  for (let attempt = 0; attempt < 5; attempt++) {
    const pdf = samplePdf(undefined, padding);
    if (pdf.length === size) return pdf;
    padding += size - pdf.length;
  }
  throw new Error(`cannot make a PDF of ${size} bytes`);
}

const HTML = ascii('<html><body><script>alert(document.domain)</script></body></html>');

/** A real PNG with HTML after IEND: what a browser that sniffs might render as a page. */
export const PNG_HTML_POLYGLOT = Uint8Array.from([...samplePng(), ...HTML]);
/** A PNG signature followed by HTML. */
export const PNG_HEADER_THEN_HTML = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...HTML]);
/** A PDF cut short in transfer (its cross-reference table and %%EOF lost). */
export const TRUNCATED_PDF = samplePdf().subarray(0, samplePdf().length - 60);
