import { getQueueToken } from '@nestjs/bullmq';
import type { Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName } from './queue.constants.js';

/**
 * Every queue of the platform, injected once: the outbox relay, the queue metrics and the jobs admin read
 * queues by name through it instead of looking them up at run time.
 */
export class Queues {
  private readonly byName: ReadonlyMap<string, Queue>;

  constructor(queues: readonly Queue[]) {
    this.byName = new Map(queues.map((queue) => [queue.name, queue]));
  }

  /** The queue named `name`, or undefined when the platform has none by that name. */
  find(name: string): Queue | undefined {
    return this.byName.get(name);
  }

  of(name: QueueName): Queue {
    const queue = this.byName.get(name);
    if (!queue) throw new Error(`no queue ${name}`);
    return queue;
  }

  all(): Queue[] {
    return Object.values(QueueName).map((name) => this.of(name));
  }
}

const QUEUE_NAMES = Object.values(QueueName);

export const QUEUES_PROVIDER: Provider = {
  provide: Queues,
  inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]) => new Queues(queues),
};
