import { readFileSync } from 'node:fs';
import { QUALIFICATION_TYPE_CODES, SECTOR_CODES } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_FIRMS } from './action-plan-firms.data.js';

// shared/ sits beside the repository's clone: six levels up from this folder is the clone's parent.
const SOURCE_URL = new URL(
  '../../../../../../shared/context/xianning-mcf-action-plan-2021-2025.txt',
  import.meta.url,
);
const source = readFileSync(SOURCE_URL, 'utf8');

// Xianning city and its districts/counties (GB/T 2260).
const XIANNING_REGION_CODES = ['421200', '421202', '421221', '421222', '421223', '421224', '421281'];

const EXPECTED_FIRM_COUNT = 54;

describe('ACTION_PLAN_FIRMS', () => {
  it('reads the action plan', () => {
    expect(source).toContain('咸宁市军民融合深度发展行动方案');
  });

  it(`lists the ${EXPECTED_FIRM_COUNT} firms the action plan names`, () => {
    expect(ACTION_PLAN_FIRMS).toHaveLength(EXPECTED_FIRM_COUNT);
  });

  it('names each firm once', () => {
    const names = ACTION_PLAN_FIRMS.map((firm) => firm.name);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(ACTION_PLAN_FIRMS.map((firm) => [firm.name, firm] as const))('%s', (name, firm) => {
    it('is named verbatim in the document, and quoted by one of its sources', () => {
      expect(source).toContain(name);
      expect(firm.sources.some((excerpt) => excerpt.includes(name))).toBe(true);
    });

    it('quotes the document verbatim, 8 to 120 characters an excerpt', () => {
      expect(firm.sources.length).toBeGreaterThan(0);
      for (const excerpt of firm.sources) {
        expect(source, excerpt).toContain(excerpt);
        expect([...excerpt].length, excerpt).toBeGreaterThanOrEqual(8);
        expect([...excerpt].length, excerpt).toBeLessThanOrEqual(120);
      }
      expect(new Set(firm.sources).size).toBe(firm.sources.length);
    });

    it('names only products that the document names, each backed by a source', () => {
      for (const product of firm.products) {
        expect(source, product).toContain(product);
        expect(
          firm.sources.some((excerpt) => excerpt.includes(product)),
          product,
        ).toBe(true);
      }
    });

    it('uses valid sector and qualification codes', () => {
      expect(firm.sectors.length).toBeGreaterThan(0);
      expect(new Set(firm.sectors).size).toBe(firm.sectors.length);
      for (const sector of firm.sectors) expect(SECTOR_CODES).toContain(sector);
      for (const qualification of firm.qualifications)
        expect(QUALIFICATION_TYPE_CODES).toContain(qualification);
    });

    it('lies in Xianning', () => {
      expect(XIANNING_REGION_CODES).toContain(firm.regionCode);
    });

    it('has a Chinese summary', () => {
      expect(firm.summary).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
