import { describe, expect, it } from 'vitest';
import { parseStorageUrl } from './storage-url.js';

describe('parseStorageUrl', () => {
  it('reads bucket, prefix, endpoint, region and path style', () => {
    expect(parseStorageUrl('s3://mcf-files/prod/scans/?endpoint=http://minio:9000&region=cn-north-1&forcePathStyle=true')).toEqual({
      bucket: 'mcf-files',
      prefix: 'prod/scans/',
      endpoint: 'http://minio:9000',
      region: 'cn-north-1',
      forcePathStyle: true,
    });
  });

  it('defaults to AWS itself: no endpoint, us-east-1, virtual-hosted style, no prefix', () => {
    expect(parseStorageUrl('s3://mcf-files')).toEqual({ bucket: 'mcf-files', prefix: '', endpoint: undefined, region: 'us-east-1', forcePathStyle: false });
  });

  it.each([
    ['file:///srv/files', 'must start with s3://'],
    ['s3://key:secret@mcf-files', 'must not hold credentials'],
    ['s3://MCF_Files', 'must name a bucket'],
    ['s3://mcf-files?endpoint=minio:9000', 'endpoint must be an http:// or https:// URL'],
    ['s3://mcf-files?forcePathStyle=yes', 'forcePathStyle must be true or false'],
    ['s3://mcf-files?bucket=other', 'unknown parameters bucket'],
    ['not a url', 'must be s3://bucket'],
  ])('refuses %s, saying why', (value, problem) => {
    const parsed = parseStorageUrl(value);
    expect('problem' in parsed && parsed.problem).toContain(problem);
  });
});
