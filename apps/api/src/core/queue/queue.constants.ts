/** Every BullMQ queue of the platform. */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  IMPORTS = 'imports',
  SEARCH_INDEXING = 'search-indexing',
  MATCHING = 'matching',
  NOTIFICATIONS = 'notifications',
  ALERTS = 'alerts',
}

/** Every job of the platform; each has exactly one handler (checked at start). */
export enum JobName {
  WORKER_HEARTBEAT = 'worker-heartbeat',
  QUALIFICATION_EXPIRY_SWEEP = 'qualification-expiry-sweep',
  PROFILE_STALENESS_SWEEP = 'profile-staleness-sweep',
  ENTERPRISE_IMPORT = 'enterprise-import',
  INDEX_ENTERPRISE = 'index-enterprise',
  INDEX_DEMAND = 'index-demand',
  MATCH_DEMAND = 'match-demand',
  MATCH_ENTERPRISE = 'match-enterprise',
  DEMAND_DEADLINE_SWEEP = 'demand-deadline-sweep',
  NOTIFY_AWARD = 'notify-award',
  SEND_NOTIFICATION_EMAIL = 'send-notification-email',
  CHECK_DEMAND_ALERTS = 'check-demand-alerts',
  CHECK_ENTERPRISE_ALERTS = 'check-enterprise-alerts',
  SAVED_SEARCH_DIGEST = 'saved-search-digest',
  VOCABULARY_CHANGED = 'vocabulary-changed',
  MINE_VOCABULARY_TEXT = 'mine-vocabulary-text',
  MINE_PROCURER_CHOICE = 'mine-procurer-choice',
  SEND_CLAIM_EMAIL = 'send-claim-email',
  INDEX_OFFER = 'index-offer',
  MATCH_OFFER = 'match-offer',
  INDEX_TALENT = 'index-talent',
  MATCH_TALENT_NEED = 'match-talent-need',
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.WORKER_HEARTBEAT]: QueueName.MAINTENANCE,
  [JobName.QUALIFICATION_EXPIRY_SWEEP]: QueueName.MAINTENANCE,
  [JobName.PROFILE_STALENESS_SWEEP]: QueueName.MAINTENANCE,
  [JobName.ENTERPRISE_IMPORT]: QueueName.IMPORTS,
  [JobName.INDEX_ENTERPRISE]: QueueName.SEARCH_INDEXING,
  [JobName.INDEX_DEMAND]: QueueName.SEARCH_INDEXING,
  [JobName.MATCH_DEMAND]: QueueName.MATCHING,
  [JobName.MATCH_ENTERPRISE]: QueueName.MATCHING,
  [JobName.DEMAND_DEADLINE_SWEEP]: QueueName.MAINTENANCE,
  [JobName.NOTIFY_AWARD]: QueueName.NOTIFICATIONS,
  [JobName.SEND_NOTIFICATION_EMAIL]: QueueName.NOTIFICATIONS,
  [JobName.CHECK_DEMAND_ALERTS]: QueueName.ALERTS,
  [JobName.CHECK_ENTERPRISE_ALERTS]: QueueName.ALERTS,
  [JobName.SAVED_SEARCH_DIGEST]: QueueName.ALERTS,
  [JobName.VOCABULARY_CHANGED]: QueueName.MATCHING,
  [JobName.MINE_VOCABULARY_TEXT]: QueueName.MATCHING,
  [JobName.MINE_PROCURER_CHOICE]: QueueName.MATCHING,
  [JobName.SEND_CLAIM_EMAIL]: QueueName.NOTIFICATIONS,
  [JobName.INDEX_OFFER]: QueueName.SEARCH_INDEXING,
  [JobName.MATCH_OFFER]: QueueName.MATCHING,
  [JobName.INDEX_TALENT]: QueueName.SEARCH_INDEXING,
  [JobName.MATCH_TALENT_NEED]: QueueName.MATCHING,
};

/**
 * Job ids decide de-duplication, so they are made here only: the same logical work always gets the
 * same id, and BullMQ ignores a second add while the first is known. (BullMQ refuses ':' in ids.)
 */
export function jobIdFor(name: JobName, key: string): string {
  return `${name}.${key.replaceAll(':', '_')}`;
}

/** Work that follows a user's change is retried until it is done: quickly at first, then once a minute. */
export const PERSISTENT_RETRY = { attempts: 10_000, backoff: { type: 'capped-exponential' } } as const;

/** The backoff of PERSISTENT_RETRY jobs (a worker setting): 1 s, 2 s, 4 s … at most 60 s. */
export function cappedExponentialBackoff(attemptsMade: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attemptsMade - 1));
}
