import { Redis } from 'ioredis';
import type { DatabaseIdentity } from '../database/database-identity.js';

/**
 * The default prefix of BullMQ's and the rate limiter's Redis keys: derived from the database, so that
 * deployments sharing a Redis (staging beside production, two developers, two test runs) never take each
 * other's jobs, while every replica of one deployment shares its queues.
 */
export function derivedQueuePrefix(identity: DatabaseIdentity): string {
  return `mcf-${identity.id.slice(0, 16)}`;
}

/** The key that records which database a prefix belongs to (inside the prefix: removed with its queues). */
export function queuePrefixOwnerKey(prefix: string): string {
  return `${prefix}:database`;
}

interface PrefixOwner {
  id: string;
  label: string;
  claimedAt: string;
}

export class QueuePrefixHeldError extends Error {
  constructor(prefix: string, holder: PrefixOwner, identity: DatabaseIdentity) {
    super(
      `queue prefix "${prefix}" belongs to database ${holder.label} (identity ${holder.id.slice(0, 16)}, since ${holder.claimedAt}), ` +
        `but this instance's database is ${identity.label} (identity ${identity.id.slice(0, 16)}): ` +
        'two databases on one prefix would take each other\'s jobs. Unset QUEUE_PREFIX to use the prefix derived from this database, or set one of its own.',
    );
    this.name = 'QueuePrefixHeldError';
  }
}

/**
 * Records in Redis that `prefix` belongs to this database, or refuses when another database holds it.
 * The record has no expiry: the other deployment's jobs may still be waiting under the prefix.
 */
export async function claimQueuePrefix(redisUrl: string, prefix: string, identity: DatabaseIdentity): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const key = queuePrefixOwnerKey(prefix);
    const mine: PrefixOwner = { id: identity.id, label: identity.label, claimedAt: new Date().toISOString() };
    if ((await redis.set(key, JSON.stringify(mine), 'NX')) === 'OK') return;
    const held = await redis.get(key);
    const holder = held ? (JSON.parse(held) as PrefixOwner) : mine;
    if (holder.id !== identity.id) throw new QueuePrefixHeldError(prefix, holder, identity);
  } finally {
    redis.disconnect();
  }
}
