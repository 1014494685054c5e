import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.util.js';
import { columnIndex, readXlsxRows } from './xlsx-reader.js';
import { XlsxReadError, type XlsxReadProblem } from './xlsx-read-error.js';
import { columnLetters, writeXlsx } from './xlsx-writer.js';
import { writeZip } from './zip-writer.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const text = (value: string) => Buffer.from(value, 'utf8');

/** A workbook written by hand, part by part, to reach what our own writer never produces. */
function handMadeWorkbook(parts: { sheet: string; sharedStrings?: string; workbook?: string; rels?: string; extra?: Record<string, string> }): Buffer {
  return writeZip([
    { name: 'xl/workbook.xml', data: text(parts.workbook ?? `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        parts.rels ??
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: text(parts.sheet) },
    ...(parts.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: text(parts.sharedStrings) }] : []),
    ...Object.entries(parts.extra ?? {}).map(([name, content]) => ({ name, data: text(content) })),
  ]);
}

const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

function problemOf(read: () => unknown): XlsxReadProblem | 'none' {
  try {
    read();
    return 'none';
  } catch (error) {
    if (error instanceof XlsxReadError) return error.problem;
    throw error;
  }
}

/** Where the central directory entry of `name` starts. */
function centralHeaderOf(zip: Buffer, name: string): number {
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at !== -1; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    if (zip.subarray(at + 46, at + 46 + zip.readUInt16LE(at + 28)).toString() === name) return at;
  }
  throw new Error(`${name} is not in the ZIP`);
}

/** Sets bytes of a finished ZIP, to damage it on purpose. */
function patched(zip: Buffer, at: number, bytes: number[]): Buffer {
  const copy = Buffer.from(zip);
  bytes.forEach((byte, i) => (copy[at + i] = byte));
  return copy;
}

describe('reading .xlsx', () => {
  it('round-trips what our writer writes, with shared or inline strings: numbers, gaps, blank rows and Excel row numbers', () => {
    const rows = [
      ['机构名称', '统一社会信用代码', null, '员工人数'],
      ['甲公司', '91421202MA4K0000X1', '咸安区', 120],
      [],
      [null, null, null, null],
      ['乙公司 "引号" & <尖括号>', '', '第一行\n第二行', 0.5],
    ];
    for (const strings of ['shared', 'inline'] as const) {
      const xlsx = writeXlsx([{ name: '企业名单', rows, header: true, textColumns: [1] }], { strings });
      expect(readXlsxRows(xlsx)).toEqual([
        { line: 1, cells: ['机构名称', '统一社会信用代码', undefined, '员工人数'] },
        { line: 2, cells: ['甲公司', '91421202MA4K0000X1', '咸安区', '120'] },
        { line: 5, cells: ['乙公司 "引号" & <尖括号>', undefined, '第一行\n第二行', '0.5'] },
      ]);
    }
  });

  it('reads a workbook LibreOffice Calc wrote (converted from CSV, with a blank row 3)', () => {
    const xlsx = readFileSync(new URL('./fixtures/written-by-libreoffice-calc.xlsx', import.meta.url));
    expect(readXlsxRows(xlsx)).toEqual([
      { line: 1, cells: ['机构名称', '统一社会信用代码', '所在地区', '领域', '简介', '产品', '能力', '主要设备', '员工人数'] },
      { line: 2, cells: ['咸宁甲科技有限公司', '91421202MA4K0000X1', '咸安区', '新材料；智能装备', '简介, 带逗号', '产品一', undefined, undefined, '120'] },
      { line: 4, cells: ['赤壁乙公司', '91421281MA4K0000X2', '赤壁市', '新能源', '两行\n文字', undefined, undefined, undefined, '0.5'] },
    ]);
  });

  it('reads the cell kinds Excel and LibreOffice write', () => {
    const xlsx = handMadeWorkbook({
      sharedStrings:
        `<sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>普通</t></si>` +
        '<si><r><rPr><b/></rPr><t xml:space="preserve">富 </t></r><r><t>文本</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>' +
        '<si><t>回车_x000D_换行 &amp; 符号</t></si></sst>',
      sheet: sheet(
        '<row r="2" spans="1:9"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>' +
          '<c r="D2" t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r></is></c><c r="E2" t="str"><f>A2&amp;"x"</f><v>普通x</v></c>' +
          '<c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#N/A</v></c><c r="H2"><v>1.2E+2</v></c><c r="AA2"><v>0.30000000000000004</v></c></row>' +
          // Cells and rows without references follow on from the previous ones.
          '<row><c><v>7</v></c><c t="inlineStr"><is><t>无引用</t></is></c><c r="D3" s="1"/><c><v>914212001234567890</v></c></row>',
      ),
    });
    const [second, third] = readXlsxRows(xlsx);
    expect(second!.line).toBe(2);
    expect(second!.cells.slice(0, 8)).toEqual(['普通', '富 文本', '回车\r换行 & 符号', '内联', '普通x', 'TRUE', '#N/A', '120']);
    expect(second!.cells[26]).toBe('0.3');
    expect(third).toEqual({ line: 3, cells: ['7', '无引用', undefined, undefined, '914212001234567890'] });
  });

  it('takes the first visible worksheet, wherever the relationships put it', () => {
    const xlsx = handMadeWorkbook({
      workbook: `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="隐藏" sheetId="1" state="hidden" rel:id="rId1"/><x:sheet name="图表" sheetId="2" rel:id="rId3"/><x:sheet name="名单" sheetId="3" rel:id="rId2"/></x:sheets></x:workbook>`,
      rels:
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${R}/worksheet" Target="/xl/worksheets/other.xml"/><Relationship Id="rId3" Type="${R}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      sheet: sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>隐藏表</t></is></c></row>'),
      extra: {
        'xl/worksheets/other.xml': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>可见表</t></is></c></row>'),
        'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${MAIN}"/>`,
      },
    });
    expect(readXlsxRows(xlsx)).toEqual([{ line: 1, cells: ['可见表'] }]);
  });

  it('falls back to xl/worksheets/sheet1.xml when the workbook names no sheet', () => {
    const xlsx = handMadeWorkbook({ workbook: `<workbook xmlns="${MAIN}"/>`, rels: '<Relationships xmlns="x"/>', sheet: sheet('<row><c t="inlineStr"><is><t>a</t></is></c></row>') });
    expect(readXlsxRows(xlsx)).toEqual([{ line: 1, cells: ['a'] }]);
  });

  it('turns column letters into indexes and back', () => {
    expect(['A1', 'Z9', 'AA1', 'AZ3', 'BA1', 'XFD1048576', '$C$4'].map(columnIndex)).toEqual([0, 25, 26, 51, 52, 16383, 2]);
    expect([0, 25, 26, 51, 52, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'XFD']);
    expect(() => columnIndex('XFE1')).toThrow(XlsxReadError);
    expect(() => columnIndex('1A')).toThrow(XlsxReadError);
  });

  it('stops at the row limit', () => {
    const xlsx = writeXlsx([{ name: 'S', rows: Array.from({ length: 11 }, (_, i) => [`行${i}`]) }]);
    expect(readXlsxRows(xlsx, { maxRows: 11 })).toHaveLength(11);
    expect(problemOf(() => readXlsxRows(xlsx, { maxRows: 10 }))).toBe('TOO_MANY_ROWS');
  });
});

describe('crc32', () => {
  it('gives the check value of the standard', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('refusing bad workbooks', () => {
  const good = writeXlsx([{ name: 'S', rows: [['a', 'b']] }], { compress: false });

  it('refuses a zip bomb before inflating it: the declared size is over the cap', () => {
    const zeros = Buffer.alloc(60 * 1024 * 1024);
    const bomb = writeZip([
      { name: 'xl/workbook.xml', data: text(`<workbook xmlns="${MAIN}"/>`) },
      { name: 'xl/worksheets/sheet1.xml', data: zeros },
    ]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = performance.now();
    expect(problemOf(() => readXlsxRows(bomb))).toBe('TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops inflating at the declared size when the header lies about it', () => {
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: text(`<workbook xmlns="${MAIN}"/>`) },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * 1024 * 1024, 0x20) },
    ]);
    // The central directory now says the 5 MB sheet inflates to 1 byte.
    const liar = patched(zip, centralHeaderOf(zip, 'xl/worksheets/sheet1.xml') + 24, [1, 0, 0, 0]);
    expect(problemOf(() => readXlsxRows(liar))).toBe('CORRUPT');
  });

  it('keeps within the budget across parts', () => {
    const xlsx = writeXlsx([{ name: 'S', rows: Array.from({ length: 200 }, (_, i) => [`第${i}行的一段比较长的文字`]) }]);
    expect(problemOf(() => readXlsxRows(xlsx, { maxUncompressedBytes: 2000 }))).toBe('TOO_LARGE');
  });

  it('names damaged containers CORRUPT', () => {
    expect(problemOf(() => readXlsxRows(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toBe('CORRUPT');
    expect(problemOf(() => readXlsxRows(good.subarray(0, good.length - 30)))).toBe('CORRUPT');
    // A flipped byte inside the stored worksheet: the CRC-32 no longer matches.
    const at = good.indexOf('<sheetData>');
    expect(problemOf(() => readXlsxRows(patched(good, at + 1, [0x54])))).toBe('CORRUPT');
    // Deflate data that is not deflate data.
    const deflatedGood = writeXlsx([{ name: 'S', rows: [['a']] }]);
    const body = deflatedGood.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length;
    expect(problemOf(() => readXlsxRows(patched(deflatedGood, body, [0xff, 0xff, 0xff, 0xff])))).toBe('CORRUPT');
  });

  it('refuses password-protected, ZIP64 and unknown compression with UNSUPPORTED', () => {
    const central = centralHeaderOf(good, 'xl/workbook.xml');
    expect(problemOf(() => readXlsxRows(patched(good, central + 8, [0x01, 0x08])))).toBe('UNSUPPORTED');
    expect(problemOf(() => readXlsxRows(patched(good, central + 10, [14, 0])))).toBe('UNSUPPORTED');
    expect(problemOf(() => readXlsxRows(patched(good, good.length - 12, [0xff, 0xff, 0xff, 0xff])))).toBe('UNSUPPORTED');
  });

  it('tells a ZIP that is not a workbook, and a workbook without a sheet', () => {
    expect(problemOf(() => readXlsxRows(writeZip([{ name: 'word/document.xml', data: text('<w/>') }])))).toBe('NOT_A_WORKBOOK');
    const noSheet = writeZip([{ name: 'xl/workbook.xml', data: text(`<workbook xmlns="${MAIN}"/>`) }]);
    expect(problemOf(() => readXlsxRows(noSheet))).toBe('NO_WORKSHEET');
  });

  it('refuses malformed XML, DTDs and dangling shared-string indexes', () => {
    const cases = [
      sheet('<row><c><v>1</v></row>'),
      sheet('<row><c t="inlineStr"><is><t>a</t></is></c>'),
      `<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>${sheet('<row><c t="inlineStr"><is><t>&a;</t></is></c></row>')}`,
      sheet('<row><c t="inlineStr"><is><t>&bogus;</t></is></c></row>'),
      sheet('<row><c t="s"><v>5</v></c></row>'),
      sheet('<row r="0"><c><v>1</v></c></row>'),
      `${sheet('')}<second/>`,
    ];
    for (const xml of cases) expect(problemOf(() => readXlsxRows(handMadeWorkbook({ sheet: xml }))), xml).toBe('MALFORMED_XML');
  });
});
