import { describe, expect, it } from 'vitest';
import { crc32, inspectedFileKind, inspectFile } from './inspect-file.util.js';

/**
 * Well-formed sample files built byte by byte, independently of the inspector (its CRC is table
 * driven; this one is bit by bit and checked against the standard check value).
 */
function bitwiseCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
/** A zlib stream of one stored (uncompressed) block: what IDAT holds, without needing a compressor. */
function storedZlib(data: number[]): number[] {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const length = data.length;
  return [0x78, 0x01, 0x01, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff, ...data, ...u32(((b << 16) | a) >>> 0)];
}
const u32 = (value: number) => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
const u16 = (value: number) => [(value >>> 8) & 0xff, value & 0xff];
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

function pngChunk(type: string, data: number[] | Uint8Array = []): number[] {
  const body = [...ascii(type), ...data];
  return [...u32(data.length), ...body, ...u32(bitwiseCrc32(Uint8Array.from(body)))];
}

function samplePng(width = 3, height = 2, extraChunks: number[][] = []): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) rows.push(0, ...Array.from({ length: width * 3 }, (_, i) => (i * 40 + y * 90) & 0xff));
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...pngChunk('IHDR', [...u32(width), ...u32(height), 8, 2, 0, 0, 0]),
    ...extraChunks.flat(),
    ...pngChunk('IDAT', storedZlib(rows)),
    ...pngChunk('IEND'),
  ]);
}

const jpegSegment = (marker: number, payload: number[]) => [0xff, marker, ...u16(payload.length + 2), ...payload];

function sampleJpeg(width = 16, height = 8, entropy: number[] = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]): Uint8Array {
  return Uint8Array.from([
    0xff, 0xd8,
    ...jpegSegment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...jpegSegment(0xdb, [0, ...Array.from({ length: 64 }, () => 1)]),
    ...jpegSegment(0xc0, [8, ...u16(height), ...u16(width), 1, 1, 0x11, 0]),
    ...jpegSegment(0xc4, [0, 0, 1, ...Array.from({ length: 15 }, () => 0), 0]),
    ...jpegSegment(0xda, [1, 1, 0, 0, 63, 0]),
    ...entropy,
    0xff, 0xd9,
  ]);
}

/** A one-page PDF whose xref offsets and startxref are right. */
function samplePdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let text = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const text = (value: string) => Uint8Array.from(value, (char) => char.charCodeAt(0) & 0xff);
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const HTML = text('<html><script>alert(document.cookie)</script></html>');

describe('crc32', () => {
  it('gives the standard check value and agrees with a bit-by-bit CRC', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    const data = text('IHDR\u0000\u0000\u0000\u0001');
    expect(crc32(data)).toBe(bitwiseCrc32(data));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('inspectFile: PNG', () => {
  it('accepts a whole PNG and reads its dimensions from IHDR', () => {
    expect(inspectFile(samplePng(3, 2))).toEqual({ kind: 'PNG', width: 3, height: 2 });
    expect(inspectFile(samplePng(640, 1))).toMatchObject({ width: 640, height: 1 });
  });

  it('accepts ancillary chunks (text, physical size) and image data split over several IDAT chunks', () => {
    const withText = samplePng(2, 2, [pngChunk('tEXt', text('Comment\u0000scan')), pngChunk('pHYs', [0, 0, 11, 19, 0, 0, 11, 19, 1])]);
    expect(inspectFile(withText)?.kind).toBe('PNG');
    const whole = samplePng(2, 2);
    // Split the one IDAT in two.
    const idatAt = 8 + 25; // right after the signature and IHDR
    const idatLength = (whole[idatAt]! << 24) | (whole[idatAt + 1]! << 16) | (whole[idatAt + 2]! << 8) | whole[idatAt + 3]!;
    const data = [...whole.subarray(idatAt + 8, idatAt + 8 + idatLength)];
    const split = concat(whole.subarray(0, idatAt), pngChunk('IDAT', data.slice(0, 3)), pngChunk('IDAT', data.slice(3)), pngChunk('IEND'));
    expect(inspectFile(split)?.kind).toBe('PNG');
  });

  it.each([
    ['a PNG followed by HTML (polyglot)', () => concat(samplePng(), HTML)],
    ['a PNG signature followed by HTML', () => concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], HTML)],
    ['a PNG cut before IEND', () => samplePng().subarray(0, samplePng().length - 12)],
    ['a PNG cut inside a chunk', () => samplePng().subarray(0, 40)],
    ['a PNG with one byte after IEND', () => concat(samplePng(), [0])],
    ['a chunk with a wrong CRC', () => { const png = samplePng(); png[png.length - 20]! ^= 0xff; return png; }],
    ['IHDR not first', () => concat(samplePng().subarray(0, 8), pngChunk('tEXt', text('a\u0000b')), samplePng().subarray(8))],
    ['zero width', () => samplePng(0, 2)],
    ['no image data', () => concat(samplePng().subarray(0, 33), pngChunk('IEND'))],
    ['an unknown critical chunk', () => samplePng(2, 2, [pngChunk('ABCD', [1])])],
    ['a chunk type that is not letters', () => samplePng(2, 2, [pngChunk('a<b>', [1])])],
    ['IEND with data', () => concat(samplePng().subarray(0, samplePng().length - 12), pngChunk('IEND', [0]))],
    ['a palette image without PLTE', () => {
      const header = pngChunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 3, 0, 0, 0]);
      return concat(samplePng().subarray(0, 8), header, samplePng().subarray(33));
    }],
    ['an invalid bit depth for RGB', () => {
      const header = pngChunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 4, 2, 0, 0, 0]);
      return concat(samplePng().subarray(0, 8), header, samplePng().subarray(33));
    }],
    ['a chunk length beyond the file', () => { const png = samplePng(); png[33] = 0x7f; return png; }],
  ])('refuses %s', (_name, build) => {
    expect(inspectFile(build())).toBeNull();
  });
});

describe('inspectFile: JPEG', () => {
  it('accepts SOI … SOF … SOS … EOI and reads the dimensions from the frame header', () => {
    expect(inspectFile(sampleJpeg(16, 8))).toEqual({ kind: 'JPEG', width: 16, height: 8 });
  });

  it('accepts fill bytes before markers, stuffed bytes and restart markers in the scan, and padding after EOI', () => {
    const filled = sampleJpeg(4, 4, [0x01, 0xff, 0x00, 0xff, 0xd3, 0x02]);
    expect(inspectFile(filled)?.kind).toBe('JPEG');
    expect(inspectFile(concat(filled, [0, 0, 0xff, 0]))?.kind).toBe('JPEG');
    const progressive = Uint8Array.from(sampleJpeg()).map((byte, i, all) => (all[i - 1] === 0xff && byte === 0xc0 ? 0xc2 : byte));
    expect(inspectFile(progressive)?.kind).toBe('JPEG');
  });

  it.each([
    ['a JPEG followed by HTML (polyglot)', () => concat(sampleJpeg(), HTML)],
    ['a JPEG signature followed by HTML', () => concat([0xff, 0xd8, 0xff, 0xe0], HTML)],
    ['a JPEG without EOI', () => sampleJpeg().subarray(0, sampleJpeg().length - 2)],
    ['a JPEG cut inside a segment', () => sampleJpeg().subarray(0, 30)],
    ['a scan before any frame header', () => concat([0xff, 0xd8], jpegSegment(0xda, [1, 1, 0, 0, 63, 0]), [1, 2], [0xff, 0xd9])],
    ['no scan at all', () => concat([0xff, 0xd8], jpegSegment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), [0xff, 0xd9])],
    ['zero width', () => sampleJpeg(0, 8)],
    ['a segment length beyond the file', () => concat([0xff, 0xd8], [0xff, 0xe0, 0xff, 0xff, 1, 2])],
    ['bytes between segments', () => concat([0xff, 0xd8], jpegSegment(0xe0, [1]), [0x3c], sampleJpeg().subarray(2))],
    ['a second SOI', () => concat([0xff, 0xd8], [0xff, 0xd8], sampleJpeg().subarray(2))],
  ])('refuses %s', (_name, build) => {
    expect(inspectFile(build())).toBeNull();
  });
});

describe('inspectFile: PDF', () => {
  it('accepts a PDF whose startxref points at its cross-reference table, with trailing whitespace', () => {
    expect(inspectFile(samplePdf())).toEqual({ kind: 'PDF', version: '1.4' });
    expect(inspectFile(concat(samplePdf(), text('\r\n  \n')))?.kind).toBe('PDF');
  });

  it('accepts a cross-reference stream (PDF 1.5+)', () => {
    const body = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
    const xrefAt = body.length;
    const pdf = `${body}2 0 obj\n<< /Type /XRef /Size 3 /W [1 2 1] /Root 1 0 R /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF`;
    expect(inspectFile(text(pdf))).toEqual({ kind: 'PDF', version: '1.7' });
  });

  it('accepts an incrementally updated PDF (the last startxref counts)', () => {
    const first = samplePdf();
    const object = '4 0 obj\n<< /Producer (scan) >>\nendobj\n';
    const update = `${object}xref\n4 1\n${String(first.length).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 5 /Root 1 0 R /Prev 1 >>\nstartxref\n${first.length + object.length}\n%%EOF\n`;
    expect(inspectFile(concat(first, text(update)))?.kind).toBe('PDF');
  });

  const pdf = () => samplePdf();
  const withStartxref = (offset: string) => text(latin1(pdf()).replace(/startxref\n\d+/, `startxref\n${offset}`));
  it.each([
    ['a truncated PDF', () => pdf().subarray(0, pdf().length - 30)],
    ['a PDF cut in half', () => pdf().subarray(0, pdf().length >> 1)],
    ['HTML after %%EOF', () => concat(pdf(), HTML)],
    ['no %%EOF', () => text(latin1(pdf()).replace('%%EOF', ''))],
    ['no startxref', () => text(latin1(pdf()).replace('startxref', 'startref'))],
    ['startxref beyond the file', () => withStartxref('999999')],
    ['startxref into the header', () => withStartxref('0')],
    ['startxref not at a cross-reference section', () => withStartxref('15')],
    ['a cross-reference table without a trailer', () => text(latin1(pdf()).replace('trailer', 'tr4iler'))],
    ['HTML before the header', () => concat(HTML, pdf())],
    ['a header without a version', () => text('%PDF-\n%%EOF\n')],
    ['the old test sample without a cross-reference table', () => text('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')],
  ])('refuses %s', (_name, build) => {
    expect(inspectFile(build())).toBeNull();
  });
});

describe('inspectFile: anything else', () => {
  it.each([
    ['an empty file', new Uint8Array()],
    ['HTML', HTML],
    ['a zip (also .docx)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
    ['a GIF', text('GIF89a\u0001\u0000\u0001\u0000')],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')],
    ['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) & 0xff)],
  ])('refuses %s', (_name, bytes) => {
    expect(inspectFile(bytes)).toBeNull();
    expect(inspectedFileKind(bytes)).toBeNull();
  });

  it('gives the kind alone for callers that store it', () => {
    expect(inspectedFileKind(samplePng())).toBe('PNG');
    expect(inspectedFileKind(sampleJpeg())).toBe('JPEG');
    expect(inspectedFileKind(samplePdf())).toBe('PDF');
  });
});
