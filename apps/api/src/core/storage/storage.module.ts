import { join } from 'node:path';
import { Global, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { FileStore } from './file-store.js';
import { LocalDiskFileStore } from './local-disk.file-store.js';
import { S3FileStore } from './s3.file-store.js';

/** The one FileStore of the process: S3 when STORAGE_URL is set, else DATA_DIR/files. */
export function createFileStore(config: AppConfig): FileStore {
  const location = config.get('STORAGE_URL');
  return location ? new S3FileStore(location) : new LocalDiskFileStore(join(config.dataDir, 'files'));
}

@Global()
@Module({
  providers: [{ provide: FileStore, useFactory: createFileStore, inject: [AppConfig] }],
  exports: [FileStore],
})
export class StorageModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Storage');

  constructor(@Inject(FileStore) private readonly files: FileStore) {}

  /** A wrong bucket or endpoint stops the start, naming it, instead of failing the first upload. */
  async onModuleInit(): Promise<void> {
    await this.files.check();
    this.logger.log(`files are stored in ${this.files.describe()}`);
  }

  onApplicationShutdown(): void {
    if (this.files instanceof S3FileStore) this.files.destroy();
  }
}
