import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { contentKey, FileStore } from './file-store.js';

/**
 * Files under a folder on local disk (DATA_DIR/files by default): outside anything the web server serves.
 * With several API replicas the folder must be a volume they all mount, or use the S3 driver.
 */
export class LocalDiskFileStore extends FileStore {
  constructor(private readonly root: string) {
    super();
  }

  private pathOf(sha256: string): string {
    return join(this.root, ...contentKey(sha256).split('/'));
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

  async open(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    // Fail before the response starts, not halfway through it.
    await access(path);
    return createReadStream(path);
  }

  describe(): string {
    return `local disk ${this.root}`;
  }

  async check(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }
}
