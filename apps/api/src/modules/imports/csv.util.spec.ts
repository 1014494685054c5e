import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from './csv.util.js';

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, CRLF and a BOM', () => {
    const csv = '\ufeff机构名称,简介\r\n"甲, 公司","他说""好""\n第二行"\r\n乙公司,\n';
    expect(parseCsv(csv)).toEqual([
      ['机构名称', '简介'],
      ['甲, 公司', '他说"好"\n第二行'],
      ['乙公司', ''],
    ]);
  });

  it('skips blank lines and keeps a last line without a line break', () => {
    expect(parseCsv('a,b\n\n,\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('round-trips what csvCell writes', () => {
    const cells = ['plain', 'with,comma', 'with "quote"', 'two\nlines'];
    expect(parseCsv(cells.map(csvCell).join(','))).toEqual([cells]);
  });
});
