/** Every BullMQ queue of the platform. */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  IMPORTS = 'imports',
}

/** Every job of the platform; each has exactly one handler (checked at start). */
export enum JobName {
  WORKER_HEARTBEAT = 'worker-heartbeat',
  QUALIFICATION_EXPIRY_SWEEP = 'qualification-expiry-sweep',
  ENTERPRISE_IMPORT = 'enterprise-import',
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.WORKER_HEARTBEAT]: QueueName.MAINTENANCE,
  [JobName.QUALIFICATION_EXPIRY_SWEEP]: QueueName.MAINTENANCE,
  [JobName.ENTERPRISE_IMPORT]: QueueName.IMPORTS,
};

/**
 * Job ids decide de-duplication, so they are made here only: the same logical work always gets the
 * same id, and BullMQ ignores a second add while the first is known. (BullMQ refuses ':' in ids.)
 */
export function jobIdFor(name: JobName, key: string): string {
  return `${name}.${key.replaceAll(':', '_')}`;
}
