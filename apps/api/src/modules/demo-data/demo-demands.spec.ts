import { ResponseCreateSchema } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { DEMO_AWARD, DEMO_DEMANDS } from './demo-demands.js';

describe('the demo award', () => {
  it('answers a public demo demand that takes no certificates, with a response the API would accept', () => {
    const demand = DEMO_DEMANDS.find((d) => d.title === DEMO_AWARD.demandTitle);
    expect(demand).toBeDefined();
    expect(demand!.visibility).toBe('PUBLIC');
    expect(demand!.requiredQualifications).toEqual([]);
    expect(ResponseCreateSchema.safeParse(DEMO_AWARD.response).success).toBe(true);
  });
});
