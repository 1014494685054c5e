import { readFileSync } from 'node:fs';
import { ACTION_PLAN_PROGRAMMES, isXianning, regionName, SECTOR_CODES } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_FIRMS } from './action-plan-firms.data.js';
import { ACTION_PLAN_PROJECTS } from './action-plan-projects.data.js';

// shared/ sits beside the repository's clone: six levels up from this folder is the clone's parent.
const SOURCE_URL = new URL('../../../../../../shared/context/xianning-mcf-action-plan-2021-2025.txt', import.meta.url);
const source = readFileSync(SOURCE_URL, 'utf8');

/** The text of 专栏n: from its heading to the next 专栏 or the next numbered section. */
function tableText(number: number): string {
  const start = source.search(new RegExp(`\\n专栏${number}\\s*\\S`));
  expect(start, `专栏${number}`).toBeGreaterThan(0);
  const rest = source.slice(start + 1);
  const end = rest.slice(4).search(/\n(专栏\d|\d+\.|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/);
  return end < 0 ? rest : rest.slice(0, end + 4);
}

/** A table's block that follows "重点 / <label>" (its 单位, 项目 or 区域 list), or null when it has none. */
function tableBlock(number: number, label: '单位' | '项目' | '区域'): string | null {
  const match = new RegExp(`重点\\s*\\n\\s*${label}\\s*\\n\\s*\\n?([^\\n]+)`).exec(tableText(number));
  return match ? match[1]!.trim() : null;
}

/** A table's project list as the document writes it, split on 、, the leading verb (推进) taken off. */
function listedProjects(number: number): string[] {
  const block = tableBlock(number, '项目');
  if (!block) return [];
  return block.split('、').map((item, index) => (index === 0 ? item.replace(/^推进/, '') : item).trim());
}

const SHORT_PLACE: Record<string, string> = {
  '421202': '咸安',
  '421221': '嘉鱼',
  '421222': '通城',
  '421223': '崇阳',
  '421224': '通山',
  '421281': '赤壁',
};

describe('ACTION_PLAN_PROJECTS', () => {
  it('reads the action plan and its eight tables', () => {
    expect(source).toContain('咸宁市军民融合深度发展行动方案');
    for (const programme of ACTION_PLAN_PROGRAMMES) {
      expect(tableText(programme.number).replace(/\s/g, '')).toContain(programme.titleZh);
    }
  });

  it('has a project list in tables 1, 2, 5, 6, 7 and 8, and none in 3 and 4 (programmes of work, not projects)', () => {
    for (const number of [1, 2, 5, 6, 7, 8]) expect(listedProjects(number).length, `专栏${number}`).toBeGreaterThan(0);
    for (const number of [3, 4]) {
      expect(tableBlock(number, '项目'), `专栏${number}`).toBeNull();
      expect(tableText(number)).toContain('计划:');
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('carries every project of 专栏%i, each once, in its exact wording', (number) => {
    const code = `ZL${number}`;
    const loaded = ACTION_PLAN_PROJECTS.flatMap((project) => project.listedAs.filter((l) => l.programme === code).map((l) => l.text));
    expect([...loaded].sort()).toEqual([...listedProjects(number)].sort());
  });

  it('loads 34 projects: the 35 listings less the one project listed in both 专栏5 and 专栏8', () => {
    const listings = [1, 2, 5, 6, 7, 8].reduce((sum, n) => sum + listedProjects(n).length, 0);
    expect(listings).toBe(35);
    expect(ACTION_PLAN_PROJECTS).toHaveLength(34);
  });

  it('gives no investment amount: the tables carry none', () => {
    for (const number of [1, 2, 5, 6, 7, 8]) expect(tableText(number)).not.toMatch(/\d\s*(万元|亿元|亿)/);
  });

  it('keys and names each project once', () => {
    expect(new Set(ACTION_PLAN_PROJECTS.map((p) => p.key)).size).toBe(ACTION_PLAN_PROJECTS.length);
    expect(new Set(ACTION_PLAN_PROJECTS.map((p) => p.name)).size).toBe(ACTION_PLAN_PROJECTS.length);
    for (const project of ACTION_PLAN_PROJECTS) expect(project.key).toMatch(/^[a-z0-9-]{3,64}$/);
  });

  describe.each(ACTION_PLAN_PROJECTS.map((project) => [project.name, project] as const))('%s', (_name, project) => {
    it('is filed under the first table that lists it, with its name as written there', () => {
      expect(project.listedAs[0]!.programme).toBe(project.programme);
      const wording = project.listedAs[0]!.text;
      // The name is the wording, or the wording with the table's doubled 项目 written once, or with 项目 added.
      expect([wording, wording.replace(/项目项目$/, '项目'), `${wording}项目`]).toContain(project.name);
    });

    it('quotes the document verbatim, 8 to 160 characters an excerpt', () => {
      for (const excerpt of project.sources) {
        expect(source, excerpt).toContain(excerpt);
        expect([...excerpt].length, excerpt).toBeGreaterThanOrEqual(8);
        expect([...excerpt].length, excerpt).toBeLessThanOrEqual(160);
      }
      expect(new Set(project.sources).size).toBe(project.sources.length);
    });

    it('names an owner only as the document does: in the project’s name, a quoted sentence, or its table’s units in order', () => {
      if (project.ownerName === null) return;
      expect(source).toContain(project.ownerName);
      const number = Number(project.programme.slice(2));
      const units = tableBlock(number, '单位')?.split('、') ?? [];
      const projects = listedProjects(number);
      const byOrder = units.length === projects.length && units[projects.indexOf(project.listedAs[0]!.text)] === project.ownerName;
      const shortName = (name: string) => name.replace(/^(湖北|咸宁市?|北京|武汉|通城县|国家粮食和物资储备局湖北局)/, '').slice(0, 2);
      const inSentence = project.sources.some((excerpt) => excerpt.includes(shortName(project.ownerName!)) && excerpt.includes(project.name.slice(0, 6)));
      const inName = project.name.includes(shortName(project.ownerName));
      expect(byOrder || inSentence || inName, project.ownerName).toBe(true);
    });

    it('lies in Xianning, in a district only where the document places it there', () => {
      expect(isXianning(project.regionCode)).toBe(true);
      expect(regionName(project.regionCode)).toBeDefined();
      if (project.regionCode === '421200') return;
      const place = SHORT_PLACE[project.regionCode]!;
      const owner = ACTION_PLAN_FIRMS.find((firm) => firm.name === project.ownerName);
      const number = Number(project.programme.slice(2));
      const placed =
        project.name.includes(place) ||
        (project.ownerName ?? '').includes(place) ||
        project.sources.some((excerpt) => excerpt.includes(place) && excerpt.includes(project.name.slice(0, 4))) ||
        tableBlock(number, '区域') === regionName(project.regionCode) ||
        owner?.regionCode === project.regionCode;
      expect(placed, project.regionCode).toBe(true);
    });

    it('uses valid sector codes', () => {
      expect(project.sectors.length).toBeGreaterThan(0);
      expect(new Set(project.sectors).size).toBe(project.sectors.length);
      for (const sector of project.sectors) expect(SECTOR_CODES).toContain(sector);
    });

    it('is described in Chinese, naming its table', () => {
      expect(project.description).toMatch(new RegExp(`专栏${project.programme.slice(2)}`));
    });
  });
});
