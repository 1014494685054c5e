import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import S3rver from 's3rver';

/** s3rver's built-in account: what the app is given as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. */
export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

export interface RunningS3Server {
  endpoint: string;
  close(): Promise<void>;
}

/** An S3-protocol server in this process, on a free port, with its buckets created and its data in `parentDir`. */
export async function startS3Server(parentDir: string, buckets: string[]): Promise<RunningS3Server> {
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: mkdtempSync(join(parentDir, 's3-')),
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const address = await server.run();
  return { endpoint: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
