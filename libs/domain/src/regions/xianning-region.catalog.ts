import { type Region } from './region.type.js';

export const XIANNING_CITY_CODE = '421200';

// 咸宁市 and its county-level divisions as domain.md lists them. The action plan counts its targets per
// district, so these are enumerated; 咸宁高新区 is not a GB/T 2260 division and is registered under 咸安区.
export const XIANNING_REGIONS: readonly Region[] = [
  { code: XIANNING_CITY_CODE, nameZh: '咸宁市', nameEn: 'Xianning' },
  { code: '421202', nameZh: '咸安区', nameEn: "Xian'an District" },
  { code: '421221', nameZh: '嘉鱼县', nameEn: 'Jiayu County' },
  { code: '421222', nameZh: '通城县', nameEn: 'Tongcheng County' },
  { code: '421223', nameZh: '崇阳县', nameEn: 'Chongyang County' },
  { code: '421224', nameZh: '通山县', nameEn: 'Tongshan County' },
  { code: '421281', nameZh: '赤壁市', nameEn: 'Chibi' },
];
