import { describe, expect, it } from 'vitest';
import { splitList, validateEnterpriseImportRow } from './enterprise-import-row.js';

const good = {
  line: 2,
  name: '咸宁翔鹰无人机科技有限公司',
  creditCode: '91421202510893179X',
  region: '咸宁高新区',
  sectors: '航空航天；人工智能',
  summary: '工业级多旋翼与固定翼无人机研制。',
  products: '固定翼无人机、系留无人机',
  employees: '100',
};

describe('validateEnterpriseImportRow', () => {
  it('normalises a good row: region by name, sectors by Chinese name, lists split', () => {
    const { row, problems } = validateEnterpriseImportRow(good, new Set());
    expect(problems).toEqual([]);
    expect(row).toMatchObject({ regionCode: '421202', sectors: ['AEROSPACE', 'AI'], products: ['固定翼无人机', '系留无人机'], employees: 100 });
  });

  it('accepts codes and JSON arrays as well', () => {
    const { row } = validateEnterpriseImportRow({ ...good, region: '421281', sectors: ['AEROSPACE'], products: ['A', ' B '] }, new Set());
    expect(row).toMatchObject({ regionCode: '421281', sectors: ['AEROSPACE'], products: ['A', 'B'] });
  });

  it.each([
    [{ name: '' }, 'name', 'REQUIRED'],
    [{ creditCode: '91421202510893179A' }, 'creditCode', 'INVALID_CREDIT_CODE'],
    [{ region: '火星' }, 'region', 'UNKNOWN_REGION'],
    [{ sectors: '航空航天；量子玄学' }, 'sectors', 'UNKNOWN_SECTOR'],
    [{ employees: '很多' }, 'employees', 'INVALID_NUMBER'],
  ])('names the field of a bad value: %o', (change, field, code) => {
    const { row, problems } = validateEnterpriseImportRow({ ...good, ...change }, new Set());
    expect(row).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ line: 2, field, code })]);
    expect(problems[0]!.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports a credit code repeated in the file', () => {
    const seen = new Set<string>();
    expect(validateEnterpriseImportRow(good, seen).problems).toEqual([]);
    expect(validateEnterpriseImportRow({ ...good, line: 3 }, seen).problems).toEqual([expect.objectContaining({ line: 3, code: 'DUPLICATE_IN_FILE' })]);
  });

  it('reports every problem of a row at once', () => {
    const { problems } = validateEnterpriseImportRow({ line: 9 }, new Set());
    expect(problems.map((p) => p.field)).toEqual(['name', 'creditCode', 'region']);
  });
});

describe('splitList', () => {
  it('splits on Chinese and ASCII separators and drops blanks', () => {
    expect(splitList('甲；乙;丙、丁|戊，己,\n庚 ; ')).toEqual(['甲', '乙', '丙', '丁', '戊', '己', '庚']);
    expect(splitList(undefined)).toEqual([]);
  });
});
