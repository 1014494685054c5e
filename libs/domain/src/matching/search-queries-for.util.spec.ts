import { describe, expect, it } from 'vitest';

import { type DemandForMatching } from './match.types.js';
import { searchQueriesFor } from './search-queries-for.util.js';

const demand = (title: string, description = ''): DemandForMatching => ({
  title,
  description,
  sectors: [],
  requiredQualifications: [],
  regionCode: null,
  deadline: null,
});

const HAN = /\p{Script=Han}/gu;
const LONG_DESCRIPTION =
  '本项目拟采购用于某型号军用高机动越野车辆的底盘悬挂系统液压减振器总成，要求具备GJB9001C质量体系认证及三级以上' +
  '保密资格，产品需满足GJB150A环境试验要求，交付周期不超过六个月，供应商需提供完整技术资料、安装调试及售后服务，' +
  '并开展操作维护培训，同时提供备品备件、专用工具和随机文件，包装运输符合军品要求。';

describe('searchQueriesFor', () => {
  it('starts with the title’s key terms together', () => {
    expect(
      searchQueriesFor(
        demand('信息系统渗透测试与安全加固', '对某信息系统开展渗透测试与安全加固，需二级保密资格。'),
      ),
    ).toEqual({ title: '信息系统 渗透测试 安全加固', terms: ['信息系统', '渗透测试', '安全加固'] });
  });

  it('asks for a title of one term both ways: its best matches, and every firm naming it whole', () => {
    expect(searchQueriesFor(demand('排爆机器人采购'))).toEqual({ title: '排爆机器人', terms: ['排爆机器人'] });
  });

  it('adds description terms after the title’s', () => {
    expect(searchQueriesFor(demand('红外热像仪镜头', '采购红外热像仪用锗镜头，需GJB9001C。'))).toEqual({
      title: '红外热像仪 镜头',
      terms: ['红外热像仪', '镜头', '锗镜头'],
    });
  });

  it('leaves out terms no profile contains, from the title query and as queries of their own', () => {
    const queries = searchQueriesFor(
      demand('信息系统渗透测试与安全加固', '对某信息系统开展渗透测试与安全加固，需二级保密资格。'),
      ['信息系统'],
    );
    expect(queries).toEqual({ title: '渗透测试 安全加固', terms: ['渗透测试', '安全加固'] });
  });

  it('leaves qualification wording out of every query', () => {
    const { title, terms } = searchQueriesFor(demand('排爆机器人', '需二级保密资格和GJB9001C'));
    expect([title, ...terms].join(' ')).not.toMatch(/保密|GJB9001C|资格/u);
  });

  describe('a long description', () => {
    const { title, terms } = searchQueriesFor(demand('底盘悬挂液压减振器总成', LONG_DESCRIPTION));
    const queries = [title ?? '', ...terms];

    it('is never sent whole: at most 8 short queries', () => {
      expect(queries.length).toBeGreaterThan(1);
      expect(queries.length).toBeLessThanOrEqual(8);
      for (const query of queries) {
        expect(query.match(HAN)?.length ?? 0).toBeLessThanOrEqual(12);
        expect(query.split(' ').length).toBeLessThanOrEqual(6);
        expect(query).not.toContain('，');
      }
    });

    it('starts with the title', () => {
      expect(queries[0]).toBe('底盘悬挂液压减振器总成');
    });

    it('has no repeated term query', () => {
      expect(new Set(terms).size).toBe(terms.length);
    });
  });

  it('cuts a term longer than 12 Chinese characters to its end, where the head noun is', () => {
    const first = searchQueriesFor(demand('高机动越野车辆底盘悬挂系统液压减振器')).title;
    expect(first).toBe('辆底盘悬挂系统液压减振器');
    expect(first?.match(HAN)?.length).toBe(12);
  });

  it('does not join a second title term that would pass the limit', () => {
    expect(searchQueriesFor(demand('长航时固定翼无人机与无人机集群控制系统')).title).toBe('长航时固定翼无人机');
  });

  it('keeps ASCII model numbers whole', () => {
    expect(searchQueriesFor(demand('J599系列圆形电连接器'))).toEqual({ title: 'J599系列圆形电连接器', terms: ['J599系列圆形电连接器'] });
  });

  it('falls back to the description when the title has no key term', () => {
    expect(searchQueriesFor(demand('采购', '采购救灾帐篷与折叠床'))).toEqual({ title: '救灾帐篷', terms: ['救灾帐篷', '折叠床'] });
  });

  it('returns no query for a demand without key terms', () => {
    expect(searchQueriesFor(demand('采购', '需二级保密资格'))).toEqual({ title: null, terms: [] });
  });
});
