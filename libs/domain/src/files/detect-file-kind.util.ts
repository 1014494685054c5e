/** The kinds of scanned certificate the platform accepts. */
export const ACCEPTED_FILE_KINDS = ['PDF', 'PNG', 'JPEG'] as const;
export type AcceptedFileKind = (typeof ACCEPTED_FILE_KINDS)[number];

export const FILE_KIND_MEDIA_TYPES: Record<AcceptedFileKind, string> = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/**
 * What a file claims to be, judged by its first bytes (its "magic number"), never by its name or the
 * declared content type: a zip or an executable renamed `.pdf` is not a PDF. Null for anything not
 * accepted. A hint only, for the web forms that read the first bytes of a chosen file: the API judges
 * an upload by its whole content with `inspectFile`.
 */
export function detectFileKind(bytes: Uint8Array): AcceptedFileKind | null {
  // A PDF may carry up to 1024 bytes of junk before its header; readers accept that, so do we.
  const head = bytes.subarray(0, 1024 + PDF.length);
  for (let offset = 0; offset + PDF.length <= head.length; offset++) {
    if (startsWith(head, PDF, offset)) return 'PDF';
    if (offset === 0 && (startsWith(bytes, PNG) || startsWith(bytes, JPEG))) break;
  }
  if (startsWith(bytes, PNG)) return 'PNG';
  if (startsWith(bytes, JPEG)) return 'JPEG';
  return null;
}
