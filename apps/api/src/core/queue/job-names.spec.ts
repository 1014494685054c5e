import { JOB_NAMES } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { JobName } from './queue.constants.js';

describe('JOB_NAMES (contracts)', () => {
  // The web app names every job from JOB_NAMES; this keeps it the same list as the enum the API runs.
  it('is exactly the JobName enum', () => {
    expect([...JOB_NAMES].sort()).toEqual(Object.values(JobName).sort());
  });
});
