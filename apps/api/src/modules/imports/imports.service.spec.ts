import type { Job } from 'bullmq';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/http/app-error.js';
import type { JobHandler } from '../../core/queue/job-handler.registry.js';
import { csvCell } from './csv.util.js';
import { ImportsService } from './imports.service.js';
import { writeXlsx } from './xlsx/xlsx-writer.js';
import { writeZip } from './xlsx/zip-writer.js';

function service(repository: Record<string, unknown> = {}) {
  let handler: JobHandler | undefined;
  const registry = { register: (_name: string, registered: JobHandler) => (handler = registered) };
  const imports = new ImportsService(repository as never, {} as never, {} as never, {} as never, {} as never, registry as never);
  return { imports, handler: () => handler! };
}

function refusal(read: () => unknown): { status: number; code: string; field?: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, field: error.options.errors?.[0]?.field };
    throw error;
  }
  throw new Error('not refused');
}

const TABLE = [
  ['机构名称', '统一社会信用代码', '所在地区', '领域', '员工人数', '备注（不导入）'],
  ['甲公司', '91421202MA4K0000X1', '咸安区', '新材料；智能装备', '120', '忽略'],
  ['乙公司', '91421281MA4K0000X2', '赤壁市', '', '', ''],
];

describe('reading an import file by its content', () => {
  it('gives the same rows, with the same keys and line numbers, for CSV and XLSX', () => {
    const { imports } = service();
    const csv = Buffer.from(`\ufeff${TABLE.map((row) => row.map(csvCell).join(',')).join('\r\n')}`);
    const xlsx = writeXlsx([{ name: '名单', rows: [TABLE[0]!, TABLE[1]!.map((cell, i) => (i === 4 ? 120 : cell)), TABLE[2]!] }]);
    const fromCsv = imports.parse(csv);
    const fromXlsx = imports.parse(xlsx);
    expect(fromCsv.format).toBe('CSV');
    expect(fromXlsx.format).toBe('XLSX');
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
    expect(fromCsv.rows[0]).toEqual({ line: 2, name: '甲公司', creditCode: '91421202MA4K0000X1', region: '咸安区', sectors: '新材料；智能装备', employees: '120' });
  });

  it('numbers XLSX rows as Excel shows them, across blank rows, and reads English headers', () => {
    const { imports } = service();
    const xlsx = writeXlsx([{ name: 'S', rows: [['name', 'creditCode'], [], ['甲公司', '91421202MA4K0000X1']] }]);
    expect(imports.parse(xlsx).rows).toEqual([{ line: 3, name: '甲公司', creditCode: '91421202MA4K0000X1' }]);
  });

  it('does not go by the name: a workbook named .csv is read as XLSX, JSON as JSON', () => {
    const { imports } = service();
    expect(imports.parse(writeXlsx([{ name: 'S', rows: [['机构名称', '统一社会信用代码']] }])).format).toBe('XLSX');
    expect(imports.parse(Buffer.from('[{"name":"甲公司"}]')).format).toBe('JSON');
  });

  it('answers every unreadable file with a 4xx that names the file field', () => {
    const { imports } = service();
    expect(refusal(() => imports.parse(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toEqual({ status: 400, code: 'IMPORT_UNREADABLE', field: 'file' });
    expect(refusal(() => imports.parse(writeZip([{ name: 'content.xml', data: Buffer.from('<office/>') }])))).toEqual({ status: 415, code: 'UNSUPPORTED_FILE_TYPE', field: 'file' });
    expect(refusal(() => imports.parse(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])))).toEqual({ status: 415, code: 'UNSUPPORTED_FILE_TYPE', field: 'file' });
    expect(refusal(() => imports.parse(writeXlsx([{ name: 'S', rows: [['甲', '乙']] }])))).toEqual({ status: 400, code: 'IMPORT_UNREADABLE', field: 'file' });
    expect(refusal(() => imports.parse(writeXlsx([{ name: 'S', rows: [] }])))).toEqual({ status: 400, code: 'IMPORT_UNREADABLE', field: 'file' });
    const tooMany = writeXlsx([{ name: 'S', rows: [['机构名称', '统一社会信用代码'], ...Array.from({ length: 5001 }, (_, i) => [`公司${i}`, 'x'])] }]);
    expect(refusal(() => imports.parse(tooMany))).toEqual({ status: 413, code: 'TOO_MANY_ROWS', field: 'file' });
    const bomb = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(51 * 1024 * 1024) },
    ]);
    expect(refusal(() => imports.parse(bomb))).toEqual({ status: 413, code: 'IMPORT_TOO_LARGE', field: 'file' });
  });
});

describe('the import job', () => {
  it('marks the run FAILED when its last attempt fails, so that an administrator can resume it', async () => {
    const update = vi.fn(() => Promise.resolve());
    const { handler } = service({ findProgress: () => Promise.reject(new Error('database down')), update });
    const job = (attemptsMade: number) => ({ data: { importId: 'run-1' }, attemptsMade, opts: { attempts: 10 } }) as unknown as Job;
    await expect(handler()(job(3))).rejects.toThrow('database down');
    expect(update).not.toHaveBeenCalled();
    await expect(handler()(job(9))).rejects.toThrow('database down');
    expect(update).toHaveBeenCalledWith('run-1', { status: 'FAILED' });
  });
});
