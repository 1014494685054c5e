import { describe, expect, it } from 'vitest';
import { titlePairs } from './title-pairs.util.js';

describe('titlePairs', () => {
  it('makes overlapping character pairs of Chinese text', () => {
    expect([...titlePairs('无人机电池')]).toEqual(['无人', '人机', '机电', '电池']);
  });

  it('leaves out pairs every title contains', () => {
    expect([...titlePairs('无人机采购')]).toEqual(['无人', '人机', '机采']);
    expect(titlePairs('通信系统').has('系统')).toBe(false);
    expect(titlePairs('线缆需求').has('需求')).toBe(false);
  });

  it('does not pair characters across punctuation, spaces or Latin text', () => {
    expect([...titlePairs('雷达（天线）')]).toEqual(['雷达', '天线']);
    expect([...titlePairs('5G基站')]).toEqual(['基站', 'w:5g']);
  });

  it('keeps a lone character as itself', () => {
    expect([...titlePairs('A型 舱')]).toEqual(['型', '舱', 'w:a']);
  });

  it('counts Latin letters and digits as whole lower-case words, full width folded', () => {
    expect([...titlePairs('GJB9001C 认证')]).toEqual(['认证', 'w:gjb9001c']);
    expect(titlePairs('ＧＪＢ９００１Ｃ')).toEqual(titlePairs('gjb9001c'));
  });

  it('gives nothing for an empty or punctuation-only title', () => {
    expect(titlePairs('').size).toBe(0);
    expect(titlePairs('——！').size).toBe(0);
  });

  it('lists each feature once', () => {
    expect([...titlePairs('电池电池')]).toEqual(['电池', '池电']);
  });
});
