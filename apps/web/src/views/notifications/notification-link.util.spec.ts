import { describe, expect, it } from 'vitest';
import { RouteName } from '../../router/route-names';
import { notificationTarget } from './notification-link.util';

const THREAD = '33333333-3333-4333-8333-333333333333';

describe('notificationTarget', () => {
  it('opens a conversation’s thread page, and follows other paths of the app as they are', () => {
    expect(notificationTarget(`/demands/d1?thread=${THREAD}`)).toEqual({ name: RouteName.MessageThread, params: { threadId: THREAD } });
    expect(notificationTarget('/demands/d1')).toBe('/demands/d1');
    expect(notificationTarget('/enterprise/qualifications')).toBe('/enterprise/qualifications');
    expect(notificationTarget('/demands/d1?thread=not-a-uuid')).toBe('/demands/d1?thread=not-a-uuid');
  });

  it('leads nowhere without a link or for another site', () => {
    expect(notificationTarget(null)).toBeNull();
    expect(notificationTarget('')).toBeNull();
    expect(notificationTarget('https://example.com/x')).toBeNull();
    expect(notificationTarget('//example.com/x')).toBeNull();
  });
});
