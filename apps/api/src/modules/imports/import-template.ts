import { ENTERPRISE_IMPORT_COLUMNS, ENTERPRISE_IMPORT_EXAMPLE, type ImportTemplateFormat } from '@mcf/contracts';
import { SECTORS, XIANNING_REGIONS } from '@mcf/domain';
import { csvCell } from './csv.util.js';
import { writeXlsx } from './xlsx/xlsx-writer.js';

export interface ImportTemplate {
  content: Buffer;
  contentType: string;
  /** ASCII file name, and the Chinese one for `filename*`. */
  fileName: string;
  fileNameZh: string;
}

/** What each column takes, for the instructions sheet of the XLSX template. */
const COLUMN_NOTES: Record<(typeof ENTERPRISE_IMPORT_COLUMNS)[number]['key'], [zh: string, en: string]> = {
  name: ['必填，不超过200字', 'Required, at most 200 characters'],
  creditCode: ['必填，18位统一社会信用代码（GB 32100）；同一文件中不可重复', 'Required: the 18-character unified social credit code (GB 32100); once per file'],
  region: ['必填：六位行政区划代码，或咸宁市辖区县名称（见下方地区表）', 'Required: a six-digit GB/T 2260 code, or a Xianning district (table below)'],
  sectors: ['可填多个，用“；”分隔；名称见下方领域表', 'Several allowed, separated by “；”; names in the sector table below'],
  summary: ['选填', 'Optional'],
  products: ['选填，多个用“；”分隔', 'Optional; several separated by “；”'],
  capabilities: ['选填，多个用“；”分隔', 'Optional; several separated by “；”'],
  equipment: ['选填，多个用“；”分隔', 'Optional; several separated by “；”'],
  employees: ['选填，整数', 'Optional whole number'],
};

const example = () => ENTERPRISE_IMPORT_COLUMNS.map((column) => ENTERPRISE_IMPORT_EXAMPLE[column.key]);

function csvTemplate(): ImportTemplate {
  const header = ENTERPRISE_IMPORT_COLUMNS.map((column) => column.zh).join(',');
  // A byte-order mark, so that Excel opens the UTF-8 as UTF-8.
  const text = `\ufeff${header}\r\n${example().map((value) => csvCell(String(value))).join(',')}\r\n`;
  return { content: Buffer.from(text, 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: 'enterprise-import-template.csv', fileNameZh: '企业导入模板.csv' };
}

function xlsxTemplate(): ImportTemplate {
  const creditCodeColumn = ENTERPRISE_IMPORT_COLUMNS.findIndex((column) => column.key === 'creditCode');
  const content = writeXlsx([
    {
      name: '企业名单',
      header: true,
      rows: [ENTERPRISE_IMPORT_COLUMNS.map((column) => column.zh), example()],
      columnWidths: [28, 24, 12, 22, 36, 24, 20, 20, 10],
      // Typed codes stay text: Excel would otherwise turn an all-digit code into 9.14212E+17.
      textColumns: [creditCodeColumn],
    },
    {
      name: '填写说明',
      header: true,
      columnWidths: [18, 16, 60, 60],
      rows: [
        ['列名', 'Column', '填写说明', 'Notes'],
        ...ENTERPRISE_IMPORT_COLUMNS.map((column) => [column.zh, column.en, ...COLUMN_NOTES[column.key]]),
        [],
        ['领域', 'Sector', '代码 Code'],
        ...SECTORS.map((sector) => [sector.nameZh, sector.nameEn, sector.code]),
        [],
        ['地区', 'Region', '代码 Code'],
        ...XIANNING_REGIONS.map((region) => [region.nameZh, region.nameEn, region.code]),
      ],
    },
  ]);
  return {
    content,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: 'enterprise-import-template.xlsx',
    fileNameZh: '企业导入模板.xlsx',
  };
}

/** The import template: the header row and one example row (CSV), plus an instructions sheet (XLSX). */
export function importTemplate(format: ImportTemplateFormat): ImportTemplate {
  return format === 'xlsx' ? xlsxTemplate() : csvTemplate();
}
