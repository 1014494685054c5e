import { createHash } from 'node:crypto';
import { createReadStream, existsSync, type ReadStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { type AcceptedFileKind, inspectedFileKind } from '@mcf/domain';
import { AppConfig } from '../config/app-config.js';
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
 * Uploaded files, stored under DATA_DIR/files by the SHA-256 of their content: outside anything the
 * web server serves, never under a name a user chose, and stored once however often uploaded. With
 * several API replicas, DATA_DIR/files must be a shared volume.
 */
@Injectable()
export class FileStore {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = join(config.dataDir, 'files');
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async save(content: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const path = this.pathOf(sha256);
    if (!existsSync(path)) {
      await mkdir(join(path, '..'), { recursive: true });
      // Write then rename, so that a crash never leaves a half-written file under the final name.
      const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, content, { mode: 0o640 });
      await rename(temporary, path);
    }
    return sha256;
  }

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

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }
}
