import { describe, expect, it } from 'vitest';
import { alertRankScore } from './alert-rank-score.util.js';
import { isDemotedAlert } from './is-demoted-alert.util.js';
import { similarityToDismissed } from './similarity-to-dismissed.util.js';

// A firm saved a search for aerospace demands and marked "无人机锂电池采购" not relevant.
const dismissed = [{ title: '无人机锂电池采购', sectors: ['AEROSPACE', 'NEW_ENERGY'] }];
const rank = (title: string, sectors: string[]) => {
  const similarity = similarityToDismissed({ title, sectors }, dismissed);
  return { score: alertRankScore(similarity), demoted: isDemotedAlert(similarity) };
};

describe('feedback "not relevant" on 无人机锂电池采购', () => {
  it('demotes a later demand for drone batteries', () => {
    expect(rank('无人机锂电池组采购（第二批）', ['AEROSPACE', 'NEW_ENERGY'])).toMatchObject({ demoted: true });
  });

  it('lowers but keeps a demand in the same sectors with another subject', () => {
    const result = rank('卫星姿控飞轮采购', ['AEROSPACE']);
    expect(result.demoted).toBe(false);
    expect(result.score).toBeLessThan(1);
  });

  it('leaves an unrelated demand at the top', () => {
    expect(rank('舰载耐高温特种线缆', ['ELECTRONICS', 'MARINE'])).toEqual({ score: 1, demoted: false });
  });

  it('ranks the drone battery demand below the satellite one below the cable one', () => {
    const battery = rank('无人机锂电池组采购（第二批）', ['AEROSPACE', 'NEW_ENERGY']).score;
    const satellite = rank('卫星姿控飞轮采购', ['AEROSPACE']).score;
    const cable = rank('舰载耐高温特种线缆', ['ELECTRONICS', 'MARINE']).score;
    expect(battery).toBeLessThan(satellite);
    expect(satellite).toBeLessThan(cable);
  });
});
