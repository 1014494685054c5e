import { describe, expect, it } from 'vitest';

import { extractKeyTerms } from './extract-key-terms.util.js';

const termsOf = (title: string, description = ''): string[] =>
  extractKeyTerms(title, description).map((term) => term.term);

describe('extractKeyTerms', () => {
  describe('cutting Chinese text without spaces', () => {
    it('drops procurement verbs and filler around the thing wanted', () => {
      expect(termsOf('排爆机器人采购')).toEqual(['排爆机器人']);
      expect(termsOf('需要提供一批救灾帐篷')).toEqual(['救灾帐篷']);
    });

    it('cuts at connectives (和, 与, 及, 或, 等)', () => {
      expect(termsOf('大米和食用油')).toEqual(['大米', '食用油']);
      expect(termsOf('渗透测试与安全加固')).toEqual(['渗透测试', '安全加固']);
      expect(termsOf('防化服及防毒面具或滤毒罐等')).toEqual(['防化服', '防毒面具', '滤毒罐']);
    });

    it('cuts at punctuation and whitespace, full- or half-width', () => {
      expect(termsOf('舰船用特种电缆，电缆组件;线束 连接器')).toEqual([
        '舰船用特种电缆',
        '电缆组件',
        '线束',
        '连接器',
      ]);
    });

    it('keeps content words that contain a stop character together', () => {
      expect(termsOf('军用对讲机')).toEqual(['军用对讲机']);
      expect(termsOf('一次性使用医用敷料')).toEqual(['一次性使用医用敷料']);
      expect(termsOf('食用油')).toEqual(['食用油']);
      expect(termsOf('等级保护测评')).toEqual(['等级保护测评']);
      expect(termsOf('供应链管理')).toEqual(['供应链管理']);
      expect(termsOf('军需被装')).toEqual(['军需被装']);
    });

    it('drops quantities (五千双, 两台, 十万米, 5000只) but not 一次性', () => {
      expect(termsOf('防刺穿作训鞋五千双')).toEqual(['防刺穿作训鞋']);
      expect(termsOf('排爆机器人两台')).toEqual(['排爆机器人']);
      expect(termsOf('阻燃面料十万米')).toEqual(['阻燃面料']);
      expect(termsOf('圆形电连接器5000只')).toEqual(['圆形电连接器']);
      expect(termsOf('一次性手术衣')).toEqual(['一次性手术衣']);
    });

    it('drops dates', () => {
      expect(termsOf('2027年3月交付帐篷')).toEqual(['帐篷']);
    });

    it('drops who is buying at the start of a phrase', () => {
      expect(termsOf('部队副食品配送')).toEqual(['副食品配送']);
    });

    it('drops single characters and phrases of generic words only', () => {
      expect(termsOf('系统、设备、服务及技术支持')).toEqual([]);
      expect(termsOf('锗')).toEqual([]);
    });

    it('keeps a generic word inside a phrase that names a product', () => {
      expect(termsOf('无人机集群控制系统')).toEqual(['无人机集群控制系统']);
      expect(termsOf('安全运维服务')).toEqual(['安全运维服务']);
    });
  });

  describe('qualification wording is a hard constraint, not text', () => {
    it.each([
      '需二级保密资格',
      '具备三级以上保密资格',
      '要求国军标认证',
      '需国军标质量体系认证',
      '需GJB9001C',
      '持有ISO 9001认证',
      '需医疗器械注册证',
      '需食品经营许可证',
      '具有武器装备科研生产许可证',
      '需装备承制单位资格',
      '具备高新技术企业证书',
      '通过认证',
    ])('drops everything of “%s”', (description) => {
      expect(termsOf('', description)).toEqual([]);
    });

    it('keeps 身份认证, a security product', () => {
      expect(termsOf('身份认证网关')).toEqual(['身份认证网关']);
    });

    it('keeps other military standards, which are technical requirements', () => {
      expect(termsOf('', '按GJB150A开展环境试验')).toEqual(['GJB150A', '环境试验']);
    });
  });

  describe('ASCII', () => {
    it('keeps ASCII words and model numbers intact', () => {
      expect(termsOf('J599系列圆形电连接器')).toEqual(['J599系列圆形电连接器']);
      expect(termsOf('X-Ray检测仪')).toEqual(['X-Ray检测仪']);
      expect(termsOf('', '采购Ku/Ka波段天线')).toEqual(['Ku/Ka波段天线']);
    });

    it('folds full-width ASCII', () => {
      expect(termsOf('ＰＣＢＡ加工')).toEqual(['PCBA加工']);
    });

    it('drops bare numbers and single letters', () => {
      expect(termsOf('2026 A 无人机')).toEqual(['无人机']);
    });
  });

  describe('weights and sources', () => {
    it('weighs title terms above description terms', () => {
      expect(extractKeyTerms('红外热像仪镜头', '采购红外热像仪用锗镜头，需GJB9001C。')).toEqual([
        { term: '红外热像仪', weight: 0.4, source: 'title' },
        { term: '镜头', weight: 1, source: 'title' },
        { term: '锗镜头', weight: 0.5, source: 'description' },
      ]);
    });

    it('counts a purpose (X用Y, 用于X) below the thing itself', () => {
      expect(extractKeyTerms('侦察用长航时固定翼无人机', '')).toEqual([
        { term: '侦察', weight: 0.4, source: 'title' },
        { term: '长航时固定翼无人机', weight: 1, source: 'title' },
      ]);
      expect(extractKeyTerms('', '采购防化服，用于核生化应急处置')).toEqual([
        { term: '防化服', weight: 0.5, source: 'description' },
        { term: '核生化应急处置', weight: 0.2, source: 'description' },
      ]);
    });

    it('puts title terms first, in reading order', () => {
      expect(extractKeyTerms('救灾帐篷', '储备折叠床').map((term) => term.source)).toEqual([
        'title',
        'description',
      ]);
    });
  });

  describe('repeats', () => {
    it('does not repeat a term, ignoring case and width', () => {
      expect(termsOf('PCBA加工', 'ＰＣＢＡ加工，pcba加工')).toEqual(['PCBA加工']);
    });

    it('does not repeat a description phrase that restates part of the title (it cuts the title there)', () => {
      expect(termsOf('舰载雷达罩采购', '采购雷达罩')).toEqual(['舰载', '雷达罩']);
      expect(termsOf('舰载雷达罩采购', '舰载雷达罩')).toEqual(['舰载雷达罩']);
    });

    it('drops a description phrase that adds only a generic word to a title term', () => {
      expect(
        termsOf(
          '侦察用长航时固定翼无人机',
          '采购侦察用长航时固定翼无人机系统，需保密资格和国军标质量体系认证。',
        ),
      ).toEqual(['侦察', '长航时固定翼无人机']);
    });

    it('keeps a description phrase that makes a title term more specific', () => {
      expect(termsOf('医用敷料', '一次性医用敷料')).toEqual(['医用敷料', '一次性医用敷料']);
    });

    it('cuts a title where the description writes its words apart', () => {
      expect(
        termsOf('信息系统渗透测试与安全加固', '对某信息系统开展渗透测试与安全加固，需二级保密资格。'),
      ).toEqual(['信息系统', '渗透测试', '安全加固']);
      expect(termsOf('部队食堂大米食用油供应', '遴选部队食堂大米与食用油供应商。')).toEqual([
        '食堂大米',
        '食用油',
      ]);
    });
  });

  describe('the dev data set’s demands', () => {
    it.each([
      [
        '侦察用长航时固定翼无人机',
        '采购侦察用长航时固定翼无人机系统，需保密资格和国军标质量体系认证。',
        ['侦察', '长航时固定翼无人机'],
      ],
      ['作训服阻燃迷彩面料', '采购作训服用阻燃迷彩面料十万米。', ['作训服', '阻燃迷彩面料']],
      ['防刺穿作训鞋', '采购防刺穿作训鞋五千双。', ['防刺穿作训鞋']],
      ['排爆机器人采购', '采购排爆机器人两台，要求国军标认证。', ['排爆机器人']],
      ['抗洪抢险救灾帐篷', '储备抗洪抢险用救灾帐篷与折叠床。', ['抗洪抢险', '救灾帐篷', '折叠床']],
      ['车载应急净水装备', '采购车载应急净水装备。', ['车载应急净水装备']],
    ])('%s', (title, description, expected) => {
      expect(termsOf(title, description)).toEqual(expected);
    });
  });

  it('returns nothing for a demand that says nothing but procurement and certificates', () => {
    expect(extractKeyTerms('采购', '需要具备二级保密资格和GJB9001C认证')).toEqual([]);
    expect(extractKeyTerms('', '')).toEqual([]);
  });

  it('is deterministic', () => {
    const title = '野战低噪声移动电站';
    const description = '采购30kW拖车式野战低噪声移动电站，需GJB9001C。';
    expect(extractKeyTerms(title, description)).toEqual(extractKeyTerms(title, description));
  });
});
