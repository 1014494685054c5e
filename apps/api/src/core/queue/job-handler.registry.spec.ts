import type { Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobName, QUEUE_OF_JOB, jobIdFor } from './queue.constants.js';

describe('JobHandlerRegistry', () => {
  it('fails the start-up check while a job name has no handler', () => {
    const registry = new JobHandlerRegistry();
    const all = Object.values(JobName);
    expect(() => registry.assertEveryJobHandled()).toThrow(`no handler for job(s): ${all.join(', ')}`);
    const [last, ...others] = [...all].reverse();
    for (const name of others) registry.register(name, async () => 'ok');
    expect(() => registry.assertEveryJobHandled()).toThrow(new RegExp(`no handler for job\\(s\\): ${last}$`));
    registry.register(last!, async () => 'ok');
    expect(() => registry.assertEveryJobHandled()).not.toThrow();
  });

  it('refuses a second handler for the same job', () => {
    const registry = new JobHandlerRegistry();
    registry.register(JobName.WORKER_HEARTBEAT, async () => 1);
    expect(() => registry.register(JobName.WORKER_HEARTBEAT, async () => 2)).toThrow(/two handlers/);
  });

  it('dispatches by job name', async () => {
    const registry = new JobHandlerRegistry();
    registry.register(JobName.WORKER_HEARTBEAT, async (job) => `beat ${job.id}`);
    await expect(registry.dispatch({ name: JobName.WORKER_HEARTBEAT, id: '7' } as Job)).resolves.toBe('beat 7');
    expect(() => registry.dispatch({ name: 'unknown' } as Job)).toThrow(/no handler for job unknown/);
  });
});

describe('queue constants', () => {
  it('puts every job on a queue', () => {
    for (const name of Object.values(JobName)) expect(QUEUE_OF_JOB[name]).toBeDefined();
  });

  it('makes de-duplicating job ids from the job name and key, without the ":" BullMQ refuses', () => {
    expect(jobIdFor(JobName.ENTERPRISE_IMPORT, 'abc')).toBe('enterprise-import.abc');
    expect(jobIdFor(JobName.ENTERPRISE_IMPORT, 'a:b')).not.toContain(':');
  });
});
