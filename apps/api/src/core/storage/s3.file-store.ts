import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { contentKey, FileStore } from './file-store.js';
import type { S3Location } from './storage-url.js';

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS). The bucket stays private:
 * the API reads objects with its own credentials and streams them through its access check, so no object
 * is ever public and no URL to one leaves the server. Credentials come from the SDK's usual chain
 * (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a web identity token in Kubernetes, …).
 */
export class S3FileStore extends FileStore {
  private readonly client: S3Client;

  constructor(private readonly location: S3Location) {
    super();
    this.client = new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      // Checksums only where the protocol demands them: several S3-compatible stores refuse the newer
      // trailing-checksum uploads; the content is already checked by its SHA-256 key.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private keyOf(sha256: string): string {
    return `${this.location.prefix}${contentKey(sha256)}`;
  }

  async save(content: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const Key = this.keyOf(sha256);
    if (await this.exists(Key)) return sha256;
    // One PUT is atomic: readers see the whole object or none; the same key always holds the same bytes.
    await this.client.send(
      new PutObjectCommand({ Bucket: this.location.bucket, Key, Body: content, ContentLength: content.length, ContentType: 'application/octet-stream' }),
    );
    return sha256;
  }

  async open(sha256: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(sha256) }));
    if (!(object.Body instanceof Readable)) throw new Error(`storage: no content for ${sha256}`);
    return object.Body;
  }

  describe(): string {
    return `S3 bucket ${this.location.bucket}${this.location.prefix ? `/${this.location.prefix}` : ''}${this.location.endpoint ? ` at ${this.location.endpoint}` : ''}`;
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.location.bucket }));
    } catch (error) {
      const reason = error instanceof S3ServiceException ? `${error.name} (HTTP ${error.$metadata.httpStatusCode ?? '?'})` : String(error);
      throw new Error(`Storage error: cannot reach ${this.describe()}: ${reason}`);
    }
  }

  private async exists(Key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key }));
      return true;
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}
