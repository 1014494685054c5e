import { readFileSync } from 'node:fs';
import { ParkFieldsSchema } from '@mcf/contracts';
import { PARK_KINDS, regionName } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_FIRMS } from './action-plan-firms.data.js';
import { ACTION_PLAN_PARKS, demoParkOfFirm, THREE_ZONES } from './action-plan-parks.data.js';

const source = readFileSync(new URL('../../../../../../shared/context/xianning-mcf-action-plan-2021-2025.txt', import.meta.url), 'utf8');

describe('ACTION_PLAN_PARKS', () => {
  it('holds the layout “两基地、三区、多点”: two bases, three zones, points', () => {
    expect(source).toContain('“两基地、三区、多点”');
    expect(ACTION_PLAN_PARKS.filter((p) => p.kind === 'BASE')).toHaveLength(2);
    expect(ACTION_PLAN_PARKS.filter((p) => p.kind === 'ZONE')).toHaveLength(3);
    expect(ACTION_PLAN_PARKS.filter((p) => p.kind === 'POINT').length).toBeGreaterThan(0);
    expect(source).toContain(THREE_ZONES);
  });

  it('names each entry once', () => {
    const names = ACTION_PLAN_PARKS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(ACTION_PLAN_PARKS.map((p) => [p.name, p] as const))('%s', (name, park) => {
    it('is named in the document’s words and quoted by a source', () => {
      if (park.kind === 'ZONE') {
        expect(name).toMatch(/产业集聚区$/);
        expect(THREE_ZONES).toContain(name.replace(/产业集聚区$/, ''));
      } else {
        expect(source).toContain(name);
        expect(park.sources.some((excerpt) => excerpt.includes(name))).toBe(true);
      }
    });

    it('quotes the document verbatim', () => {
      expect(park.sources.length).toBeGreaterThan(0);
      for (const excerpt of park.sources) expect(source, excerpt).toContain(excerpt);
    });

    it('is a valid entry of the registry, in known regions', () => {
      expect(PARK_KINDS).toContain(park.kind);
      const { firms: _firms, sources: _sources, ...fields } = park;
      expect(ParkFieldsSchema.safeParse(fields).success).toBe(true);
      for (const code of park.regionCodes) expect(regionName(code), code).toBeDefined();
    });

    it('claims no recognition the document does not state, so it never counts towards a target', () => {
      expect(park.recognizedYear).toBeNull();
      expect(park.mcfDemonstrationLevel).toBeNull();
    });

    it('places in it only demo firms that a source names as its base firms', () => {
      const firmNames = new Set(ACTION_PLAN_FIRMS.map((f) => f.name));
      for (const firm of park.firms) {
        expect(firmNames.has(firm), firm).toBe(true);
        const short = firm.replace(/^(咸宁市|咸宁|湖北)/, '').replace(/(复合材料|液压件|机电)?有限公司$/, '');
        expect(park.sources.some((excerpt) => excerpt.includes(short.slice(0, 2))), firm).toBe(true);
      }
    });
  });

  it('gives each demo firm at most the first park that lists it', () => {
    expect(demoParkOfFirm('湖北同发机电有限公司')?.name).toBe('高新区军民融合产业示范基地');
    expect(demoParkOfFirm('平安电工')).toBeUndefined();
  });
});
