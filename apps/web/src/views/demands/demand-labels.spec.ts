import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMAND_SORTS, DEMAND_STATUSES, DEMAND_VISIBILITIES, ENTERPRISE_SORTS } from '@mcf/contracts';
import { MATCH_COMPONENTS } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../testing/i18n';
import { JOB_STATES } from '../admin/jobs/useJobQueue';
import { SORT_LABEL_KEYS } from '../search/search-labels';
import { DEMAND_STEPS } from './editor/useDemandEditor';

/** Labels the demand, match, search and job pages build from wire values: one per value, in both languages. */
const FAMILIES: Record<string, readonly string[]> = {
  'demands.status': DEMAND_STATUSES,
  'demands.visibility': DEMAND_VISIBILITIES,
  'demands.visibilityHint': DEMAND_VISIBILITIES,
  'demands.editor.steps': DEMAND_STEPS,
  'demands.detail.confirm': ['close', 'cancel'].flatMap((action) => ['title', 'message', 'confirm'].map((part) => `${action}.${part}`)),
  'demands.detail.done': ['close', 'cancel'],
  'demands.detail.notice': ['published', 'updated'],
  'demands.fields': ['title', 'description', 'sectors', 'quantity', 'budget', 'deliveryPlace', 'regionCode', 'deadline', 'requiredQualifications', 'visibility'],
  'matches.component': MATCH_COMPONENTS,
  'jobs.state': JOB_STATES,
};

// jsdom gives modules an http: URL, so the sources are found from this file's directory.
const src = join(__dirname, '../..');
const OWN = ['views/demands', 'views/search', 'views/admin/jobs', 'components'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('labels of the demand, match, search and job pages', () => {
  it.each(['zh-CN', 'en'] as const)('has every wire value in %s', (locale) => {
    const { global } = createTestI18n(locale);
    for (const [family, values] of Object.entries(FAMILIES)) {
      for (const value of values) expect(global.te(`${family}.${value}`), `${family}.${value}`).toBe(true);
    }
    for (const sort of [...ENTERPRISE_SORTS, ...DEMAND_SORTS]) {
      expect(global.te(SORT_LABEL_KEYS[sort] ?? sort), sort).toBe(true);
    }
  });

  it.each(['zh-CN', 'en'] as const)('has every literal key the pages use in %s', (locale) => {
    const { global } = createTestI18n(locale);
    const files = OWN.flatMap((dir) => sourceFiles(join(src, dir)));
    const keys = new Set(
      files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z][\w.]*)'/g)].map((match) => match[1]!)),
    );
    expect(keys.size).toBeGreaterThan(100);
    for (const key of keys) expect(global.te(key), key).toBe(true);
  });

  it('says the secrecy rule the way procurers read it', () => {
    const { global } = createTestI18n('zh-CN');
    expect(global.t('demands.minLevel', { level: global.t('secrecyLevel.2') })).toBe('不低于二级');
    expect(DEMAND_STATUSES.map((status) => global.t(`demands.status.${status}`))).toEqual(['草稿', '已发布', '已关闭', '已撤销', '已定标']);
  });
});
