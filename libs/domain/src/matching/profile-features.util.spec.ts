import { describe, expect, it } from 'vitest';

import { contextWith } from './match-context.fixture.js';
import { NARROWER_FITS_BROADER } from './match-thresholds.constant.js';
import { profileFeatures } from './profile-features.util.js';

const { vocabulary } = contextWith([
  { relation: 'equivalent', terms: ['除湿机', '抽湿机'], reason: 'test' },
  { relation: 'broader', broader: '除湿设备', narrower: ['除湿机'], reason: 'test' },
  { relation: 'broader', broader: '机器人', narrower: ['巡检机器人'], reason: 'test' },
  { relation: 'equivalent', terms: ['排爆机器人', '拆弹机器人'], reason: 'test' },
  { relation: 'lookalike', terms: ['青砖', '青砖茶'], reason: 'test' },
]);
const empty = { name: '', summary: '', products: [], capabilities: [], equipment: [] };

describe('profileFeatures', () => {
  it('records concepts, pairs, characters and words at the weight of their field', () => {
    const features = profileFeatures({ ...empty, products: ['工业抽湿机'], summary: 'RS485接口' }, vocabulary);
    expect(features['k:v:除湿机']).toBe(1);
    expect(features['b:抽湿']).toBe(1);
    expect(features['c:业']).toBe(1);
    expect(features['w:rs485']).toBe(0.6);
  });

  it('records the broader concept of a narrower one, a little lower', () => {
    const features = profileFeatures({ ...empty, products: ['抽湿机'] }, vocabulary);
    expect(features['k:v:除湿设备']).toBeCloseTo(NARROWER_FITS_BROADER, 6);
  });

  it('counts a term ending a longer one as its head (排爆机器人 is a 机器人), not one starting it', () => {
    const robot = profileFeatures({ ...empty, products: ['排爆机器人'] }, vocabulary);
    expect(robot['k:v:机器人']).toBeCloseTo(NARROWER_FITS_BROADER, 6);
    const tea = profileFeatures({ ...empty, products: ['青砖茶'] }, vocabulary);
    expect(tea['k:v:青砖']).toBeUndefined();
    expect(tea['m:v:青砖']).toBe(1);
    expect(tea['m:v:青砖茶']).toBe(1);
  });

  it('keeps the most telling field of a feature', () => {
    const features = profileFeatures({ ...empty, name: '抽湿机厂', capabilities: ['抽湿机维修'] }, vocabulary);
    expect(features['k:v:除湿机']).toBe(1);
  });

  it('does not pair characters across two items of a list', () => {
    const features = profileFeatures({ ...empty, products: ['雷达罩', '天线'] }, vocabulary);
    expect(features['b:罩天']).toBeUndefined();
  });
});
