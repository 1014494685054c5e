import type { Readable } from 'node:stream';
import { type AcceptedFileKind, inspectedFileKind } from '@mcf/domain';
import { FileErrors } from './file-errors.js';
import { storedFileName } from './file-name.js';

/** One file of a multipart upload, as the interceptor hands it over. */
export interface UploadedAttachment {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/** An upload taken in: stored by hash, its kind by content and its name made safe. */
export interface AcceptedFile {
  sha256: string;
  kind: AcceptedFileKind;
  size: number;
  fileName: string;
}

/**
 * Where uploaded files (certificate scans, demand, response and message attachments) are kept: the
 * storage port. Files are stored by the SHA-256 of their content (never under a name a user chose, once
 * however often uploaded) and never served directly: every download streams through the API's access
 * check. Two drivers: local disk under DATA_DIR/files (the default) and an S3-compatible bucket (STORAGE_URL).
 */
export abstract class FileStore {
  /** Stores the content (idempotent) and returns its SHA-256 in hex, the key it is read back with. */
  abstract save(content: Buffer): Promise<string>;

  /** The stored content; rejects when nothing is stored under that key. */
  abstract open(sha256: string): Promise<Readable>;

  /** Where files go, for the start-up log (no credentials). */
  abstract describe(): string;

  /** Checks at start that the store is reachable and writable-looking, naming what is wrong. */
  abstract check(): Promise<void>;

  /**
   * Takes an attachment in under the certificate file rules: something must be sent (400), the whole
   * file must be a PDF, PNG or JPEG by content (415), the name must be well-formed text (400).
   */
  async accept(file: UploadedAttachment | undefined): Promise<AcceptedFile> {
    if (!file) throw FileErrors.missing();
    const fileName = storedFileName(file.originalname, 'file', 'attachment');
    const kind = inspectedFileKind(file.buffer);
    if (!kind) throw FileErrors.kindRefused();
    return { sha256: await this.save(file.buffer), kind, size: file.size, fileName };
  }
}

/** `ab/cd/abcd…`: two levels of fan-out, so that no folder (or listing) holds millions of entries. */
export function contentKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}
