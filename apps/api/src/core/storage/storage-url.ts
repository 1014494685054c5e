/** An S3-compatible bucket as STORAGE_URL names it: `s3://bucket[/prefix]?endpoint=…&region=…&forcePathStyle=true`. */
export interface S3Location {
  bucket: string;
  /** Folder inside the bucket ('' or ending in '/'), so that several deployments may share one bucket. */
  prefix: string;
  /** MinIO, OSS, COS…; absent for AWS itself. */
  endpoint?: string;
  region: string;
  /** `http://endpoint/bucket/key` rather than `http://bucket.endpoint/key` (MinIO and most test servers). */
  forcePathStyle: boolean;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const KNOWN_PARAMETERS = new Set(['endpoint', 'region', 'forcePathStyle']);

/** Parses STORAGE_URL; returns the problem in words when it is not one. Credentials never go in the URL. */
export function parseStorageUrl(value: string): S3Location | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'must be s3://bucket[/prefix]?endpoint=…&region=…' };
  }
  if (url.protocol !== 's3:') return { problem: 'must start with s3:// (unset it to keep files on local disk)' };
  if (url.username || url.password) return { problem: 'must not hold credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY' };
  if (!BUCKET.test(url.hostname)) return { problem: 'must name a bucket of 3–63 lower-case letters, digits, dots or hyphens' };
  const unknown = [...url.searchParams.keys()].filter((key) => !KNOWN_PARAMETERS.has(key));
  if (unknown.length > 0) return { problem: `has unknown parameters ${unknown.join(', ')} (known: endpoint, region, forcePathStyle)` };
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(endpoint).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') return { problem: 'endpoint must be an http:// or https:// URL' };
  }
  const forcePathStyle = url.searchParams.get('forcePathStyle') ?? 'false';
  if (forcePathStyle !== 'true' && forcePathStyle !== 'false') return { problem: 'forcePathStyle must be true or false' };
  const region = url.searchParams.get('region') ?? 'us-east-1';
  if (!/^[a-z0-9-]{1,40}$/.test(region)) return { problem: 'region must be lower-case letters, digits and hyphens' };
  // The URL parser has already resolved any . and .. segments of the prefix.
  const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  return { bucket: url.hostname, prefix: path ? `${path}/` : '', endpoint, region, forcePathStyle: forcePathStyle === 'true' };
}
