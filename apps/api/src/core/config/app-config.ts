import { resolve } from 'node:path';
import type { ConfigValues } from './config.schema.js';

/** Where each backing service is, once embedded defaults have been started where nothing was configured. */
export interface ResolvedServices {
  databaseUrl: string;
  redisUrl: string;
  meilisearch: { url: string; masterKey?: string; apiKey?: string };
  embedded: { database: boolean; meilisearch: boolean; redis: boolean };
  /** JWT_SECRET, else a secret generated once and kept in DATA_DIR (fine for one process, not for replicas). */
  jwtSecret: string;
  /** QUEUE_PREFIX, else the prefix derived from the database's identity (core/queue/queue-prefix.ts). */
  queuePrefix: string;
}

/** Typed, validated configuration: the only way feature code reads settings. */
export class AppConfig {
  constructor(
    private readonly values: ConfigValues,
    readonly services: ResolvedServices,
  ) {}

  get<K extends keyof ConfigValues>(name: K): ConfigValues[K] {
    return this.values[name];
  }

  /** The prefix of every Redis key of this deployment: BullMQ's queues and the rate limits' counters. */
  get queuePrefix(): string {
    return this.services.queuePrefix;
  }

  get dataDir(): string {
    return resolve(this.values.DATA_DIR);
  }

  get runsApi(): boolean {
    return this.values.ROLE !== 'worker';
  }

  /** Whether this very process runs the BullMQ workers: ROLE=worker, or ROLE=all with WORKER_PROCESSES=0. */
  get runsWorkers(): boolean {
    return this.values.ROLE === 'worker' || (this.values.ROLE === 'all' && this.values.WORKER_PROCESSES === 0);
  }

  /** How many worker processes this process starts and supervises (ROLE=all only). */
  get workerProcesses(): number {
    return this.values.ROLE === 'all' ? this.values.WORKER_PROCESSES : 0;
  }

  get demoData(): boolean {
    return this.values.DEMO_DATA === 'on';
  }
}
