import { describe, expect, it } from 'vitest';
import { responseStatusTagType, uninvitedAnswers } from './response-status.util';

const answer = (id: string, invited: boolean, status: 'SUBMITTED' | 'WITHDRAWN' | 'REJECTED') => ({
  invited,
  status,
  enterprise: { id, name: id },
});

describe('uninvitedAnswers', () => {
  it('keeps the live answers of firms nobody invited, with their status', () => {
    const found = uninvitedAnswers([
      answer('a', false, 'SUBMITTED'),
      answer('b', true, 'SUBMITTED'),
      answer('c', false, 'WITHDRAWN'),
      answer('d', false, 'REJECTED'),
    ]);
    expect([...found.entries()]).toEqual([
      ['a', 'SUBMITTED'],
      ['d', 'REJECTED'],
    ]);
  });

  it('is empty without responses', () => {
    expect(uninvitedAnswers([]).size).toBe(0);
  });
});

describe('responseStatusTagType', () => {
  it('colours decisions and open states', () => {
    expect(responseStatusTagType('AWARDED')).toBe('success');
    expect(responseStatusTagType('REJECTED')).toBe('danger');
    expect(responseStatusTagType('PENDING')).toBe('warning');
    expect(responseStatusTagType('SUBMITTED')).toBe('primary');
    expect(responseStatusTagType('WITHDRAWN')).toBe('info');
  });
});
