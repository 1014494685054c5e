import { describe, expect, it } from 'vitest';
import { ALERT_SECTOR_WEIGHT, ALERT_TITLE_WEIGHT } from './alert-similarity.constant.js';
import { similarityToDismissed } from './similarity-to-dismissed.util.js';

const battery = { title: '无人机电池采购', sectors: ['AEROSPACE'] };

describe('similarityToDismissed', () => {
  it('is 0 when the user dismissed nothing', () => {
    expect(similarityToDismissed(battery, [])).toBe(0);
  });

  it('is 1 for the dismissed item itself', () => {
    expect(similarityToDismissed(battery, [battery])).toBe(1);
  });

  it('weighs the shares of sectors and of title pairs in common', () => {
    // 无人 人机 机电 电池 池采 | 无人 人机 机电 电池 池组 组采: 4 of 7 pairs in common.
    const similar = { title: '无人机电池组采购', sectors: ['AEROSPACE'] };
    expect(similarityToDismissed(similar, [battery])).toBeCloseTo(
      ALERT_SECTOR_WEIGHT * 1 + ALERT_TITLE_WEIGHT * (4 / 7),
    );
  });

  it('counts sectors alone when no title pair is shared', () => {
    const sameSector = { title: '卫星通信终端', sectors: ['AEROSPACE'] };
    expect(similarityToDismissed(sameSector, [battery])).toBeCloseTo(ALERT_SECTOR_WEIGHT);
  });

  it('counts the title alone when no sector is shared', () => {
    const otherSector = { title: '无人机电池采购', sectors: ['NEW_ENERGY'] };
    expect(similarityToDismissed(otherSector, [battery])).toBeCloseTo(ALERT_TITLE_WEIGHT);
  });

  it('is 0 for an item sharing nothing', () => {
    expect(similarityToDismissed({ title: '耐高温特种线缆', sectors: ['ELECTRONICS'] }, [battery])).toBe(0);
  });

  it('takes the most similar of the dismissed items', () => {
    const cable = { title: '耐高温特种线缆', sectors: ['ELECTRONICS'] };
    const item = { title: '耐高温特种线缆', sectors: ['ELECTRONICS'] };
    expect(similarityToDismissed(item, [battery, cable])).toBe(1);
    expect(similarityToDismissed(item, [cable, battery])).toBe(1);
  });

  it('compares items without sectors by their titles', () => {
    expect(similarityToDismissed({ title: '雷达天线', sectors: [] }, [{ title: '雷达天线', sectors: [] }])).toBeCloseTo(
      ALERT_TITLE_WEIGHT,
    );
  });
});
