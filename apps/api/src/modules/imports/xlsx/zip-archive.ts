import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.util.js';
import { XlsxReadError } from './xlsx-read-error.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** How many bytes the entries read so far may still inflate to; shared by every read of one archive. */
export interface InflateBudget {
  remaining: number;
}

const corrupt = (why: string) => new XlsxReadError('CORRUPT', `The ZIP container is damaged: ${why}`);

/** Local file headers start every ZIP that has entries; an empty ZIP is only its end record. */
export function looksLikeZip(content: Uint8Array): boolean {
  return content.length >= 4 && content[0] === 0x50 && content[1] === 0x4b && ((content[2] === 3 && content[3] === 4) || (content[2] === 5 && content[3] === 6));
}

/**
 * A read-only view of a ZIP file through its central directory (the authoritative list: local headers
 * may carry zero sizes when the writer streamed them). Only what is asked for is inflated, each entry
 * within a shared budget, so that a small file cannot expand into gigabytes; sizes and CRC-32 are
 * checked, so a damaged entry is an error and never silently wrong text.
 */
export class ZipArchive {
  private constructor(
    private readonly buffer: Buffer,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(content: Buffer): ZipArchive {
    const eocd = findEndOfCentralDirectory(content);
    const disk = content.readUInt16LE(eocd + 4);
    const directoryDisk = content.readUInt16LE(eocd + 6);
    const count = content.readUInt16LE(eocd + 10);
    const size = content.readUInt32LE(eocd + 12);
    const offset = content.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      throw new XlsxReadError('UNSUPPORTED', 'ZIP64 archives are not supported (an .xlsx this small never needs it)');
    }
    if (disk !== 0 || directoryDisk !== 0) throw new XlsxReadError('UNSUPPORTED', 'Split (multi-part) ZIP archives are not supported');
    if (offset + size > eocd) throw corrupt('the central directory lies outside the file');

    const entries = new Map<string, ZipEntry>();
    let position = offset;
    for (let i = 0; i < count; i++) {
      if (position + 46 > offset + size || content.readUInt32LE(position) !== CENTRAL_HEADER) throw corrupt(`central directory entry ${i + 1} is malformed`);
      const flags = content.readUInt16LE(position + 8);
      const nameLength = content.readUInt16LE(position + 28);
      const extraLength = content.readUInt16LE(position + 30);
      const commentLength = content.readUInt16LE(position + 32);
      const end = position + 46 + nameLength + extraLength + commentLength;
      if (end > offset + size) throw corrupt(`central directory entry ${i + 1} runs past the directory`);
      const rawName = content.subarray(position + 46, position + 46 + nameLength);
      // Some old writers used backslashes; OOXML part names are always forward-slashed and relative.
      const name = (flags & FLAG_UTF8 ? rawName.toString('utf8') : rawName.toString('latin1')).replaceAll('\\', '/').replace(/^\/+/, '');
      const entry: ZipEntry = {
        name,
        flags,
        method: content.readUInt16LE(position + 10),
        crc32: content.readUInt32LE(position + 16),
        compressedSize: content.readUInt32LE(position + 20),
        uncompressedSize: content.readUInt32LE(position + 24),
        localHeaderOffset: content.readUInt32LE(position + 42),
      };
      if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
        throw new XlsxReadError('UNSUPPORTED', 'ZIP64 entries are not supported');
      }
      if (!entries.has(name)) entries.set(name, entry);
      position = end;
    }
    return new ZipArchive(content, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's content, inflated within `budget` (which it then reduces), its size and CRC-32 checked. */
  read(name: string, budget: InflateBudget): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw corrupt(`${name} is missing`);
    if (entry.flags & FLAG_ENCRYPTED) throw new XlsxReadError('UNSUPPORTED', 'The workbook is password-protected: remove the password and save it again');
    if (entry.uncompressedSize > budget.remaining) {
      throw new XlsxReadError('TOO_LARGE', `${name} would expand to ${entry.uncompressedSize} bytes, more than the ${budget.remaining} still allowed`);
    }
    const header = entry.localHeaderOffset;
    if (header + 30 > this.buffer.length || this.buffer.readUInt32LE(header) !== LOCAL_HEADER) throw corrupt(`the local header of ${name} is missing`);
    const start = header + 30 + this.buffer.readUInt16LE(header + 26) + this.buffer.readUInt16LE(header + 28);
    const end = start + entry.compressedSize;
    if (end > this.buffer.length) throw corrupt(`${name} runs past the end of the file`);
    const data = this.buffer.subarray(start, end);

    let content: Buffer;
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw corrupt(`the sizes of ${name} disagree`);
      content = data;
    } else if (entry.method === DEFLATED) {
      try {
        // The declared size bounds the output: a lying header cannot make us inflate more than it said.
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw corrupt(code === 'ERR_BUFFER_TOO_LARGE' ? `${name} inflates to more than its declared size` : `${name} does not inflate (${(error as Error).message})`);
      }
      if (content.length !== entry.uncompressedSize) throw corrupt(`${name} inflates to ${content.length} bytes, not the declared ${entry.uncompressedSize}`);
    } else {
      throw new XlsxReadError('UNSUPPORTED', `${name} uses ZIP compression method ${entry.method}; only stored and deflate are supported`);
    }
    if (crc32(content) !== entry.crc32) throw corrupt(`the CRC-32 of ${name} does not match its content`);
    budget.remaining -= content.length;
    return content;
  }
}

function findEndOfCentralDirectory(content: Buffer): number {
  if (content.length < EOCD_SIZE) throw corrupt('the file is too short to be a ZIP');
  const lowest = Math.max(0, content.length - EOCD_SIZE - MAX_COMMENT);
  for (let position = content.length - EOCD_SIZE; position >= lowest; position--) {
    if (content.readUInt32LE(position) === END_OF_CENTRAL_DIRECTORY) return position;
  }
  throw corrupt('its end-of-central-directory record is missing (the file may be truncated)');
}
