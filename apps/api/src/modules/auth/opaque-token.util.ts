import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A random token for the client, and the hash we keep instead of it. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// A key that only the holder of the earlier token can derive: the database keeps its SHA-256, never this.
function sealingKey(earlierToken: string): Buffer {
  return createHash('sha256').update('mcf.refresh-successor\0').update(earlierToken).digest();
}

/**
 * Seals a rotated token's successor under a key derived from the rotated token itself, so that a
 * second request with the same token inside the grace window can be answered with the same successor,
 * while the stored value is useless to anyone who reads the database without the earlier token.
 */
export function sealSuccessor(earlierToken: string, successor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(earlierToken), iv);
  const body = Buffer.concat([cipher.update(successor, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/** The successor sealed by `sealSuccessor`, or null when the value does not open with this token. */
export function openSuccessor(earlierToken: string, sealed: string): string | null {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(earlierToken), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
