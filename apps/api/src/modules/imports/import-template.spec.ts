import { ENTERPRISE_IMPORT_COLUMNS, ENTERPRISE_IMPORT_EXAMPLE } from '@mcf/contracts';
import { validateEnterpriseImportRow } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.util.js';
import { importTemplate } from './import-template.js';

describe('the import template', () => {
  it('has a sample row that passes the checks every imported row goes through', () => {
    const { row, problems } = validateEnterpriseImportRow({ line: 2, ...ENTERPRISE_IMPORT_EXAMPLE }, new Set());
    expect(problems).toEqual([]);
    expect(row).toMatchObject({ regionCode: '421202', sectors: ['NEW_MATERIALS', 'INTELLIGENT_EQUIPMENT'] });
  });

  it('writes that sample row, column for column, into the CSV template', () => {
    const csv = importTemplate('csv').content.toString('utf8').replace(/^\ufeff/, '');
    const [header, sample] = parseCsv(csv);
    expect(header).toEqual(ENTERPRISE_IMPORT_COLUMNS.map((column) => column.zh));
    expect(sample).toEqual(ENTERPRISE_IMPORT_COLUMNS.map((column) => String(ENTERPRISE_IMPORT_EXAMPLE[column.key])));
  });
});
