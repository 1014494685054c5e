import { validateCreditCode } from '../credit-code/validate-credit-code.util.js';
import { creditCodeMessage } from '../credit-code/credit-code-message.util.js';
import { isRegionCodeFormat } from '../regions/is-region-code-format.util.js';
import { regionCodeFromName } from '../regions/region-code-from-name.util.js';
import { isSectorCode } from '../sectors/is-sector-code.util.js';
import { sectorCodeFromChineseName } from '../sectors/sector-code-from-chinese-name.util.js';
import { type SectorCode } from '../sectors/sector-code.constant.js';

/** One firm of an import file, as the file gives it (every value still text or a list of text). */
export interface RawEnterpriseRow {
  line: number;
  name?: unknown;
  creditCode?: unknown;
  region?: unknown;
  sectors?: unknown;
  summary?: unknown;
  products?: unknown;
  capabilities?: unknown;
  equipment?: unknown;
  employees?: unknown;
}

export interface EnterpriseImportRow {
  line: number;
  name: string;
  creditCode: string;
  regionCode: string;
  sectors: SectorCode[];
  summary: string | null;
  products: string[];
  capabilities: string[];
  equipment: string[];
  employees: number | null;
}

export interface ImportRowProblem {
  line: number;
  field: string;
  code: 'REQUIRED' | 'INVALID_CREDIT_CODE' | 'UNKNOWN_REGION' | 'UNKNOWN_SECTOR' | 'DUPLICATE_IN_FILE' | 'INVALID_NUMBER' | 'TOO_LONG';
  message: string;
  messageZh: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** A list cell: an array (JSON) or text separated by ；;、|， or new lines (CSV, XLSX). */
export function splitList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(text) : text(value).split(/[;；、|,，\n]/);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/**
 * Validates one row of an enterprise import: every problem is reported (line, field, reason in both
 * languages), so that a dry run can name every bad row at once. `seenCreditCodes` carries the codes of
 * earlier rows of the same file.
 */
export function validateEnterpriseImportRow(
  raw: RawEnterpriseRow,
  seenCreditCodes: Set<string>,
): { row: EnterpriseImportRow | null; problems: ImportRowProblem[] } {
  const problems: ImportRowProblem[] = [];
  const problem = (field: string, code: ImportRowProblem['code'], message: string, messageZh: string) =>
    problems.push({ line: raw.line, field, code, message, messageZh });

  const name = text(raw.name);
  if (!name) problem('name', 'REQUIRED', 'The organisation name is missing', '缺少机构名称');
  else if ([...name].length > 200) problem('name', 'TOO_LONG', 'The name has more than 200 characters', '机构名称超过200字');

  let creditCode = '';
  const validation = validateCreditCode(text(raw.creditCode));
  if (validation.valid) {
    creditCode = validation.code;
    if (seenCreditCodes.has(creditCode)) {
      problem('creditCode', 'DUPLICATE_IN_FILE', 'The same credit code appears on an earlier line', '该统一社会信用代码在文件前面的行中已出现');
    }
    seenCreditCodes.add(creditCode);
  } else {
    problem('creditCode', 'INVALID_CREDIT_CODE', creditCodeMessage(validation.reason, 'en'), creditCodeMessage(validation.reason, 'zh-CN'));
  }

  const regionText = text(raw.region);
  const regionCode = /^\d{6}$/.test(regionText) && isRegionCodeFormat(regionText) ? regionText : regionCodeFromName(regionText);
  if (!regionCode) {
    problem('region', 'UNKNOWN_REGION', `Unknown region "${regionText}": give a six-digit GB/T 2260 code or a Xianning district`, `无法识别的地区“${regionText}”：请填写六位行政区划代码或咸宁市辖区县名称`);
  }

  const sectors: SectorCode[] = [];
  for (const sector of splitList(raw.sectors)) {
    const code = isSectorCode(sector) ? sector : sectorCodeFromChineseName(sector);
    if (code) {
      if (!sectors.includes(code)) sectors.push(code);
    } else {
      problem('sectors', 'UNKNOWN_SECTOR', `Unknown sector "${sector}"`, `无法识别的领域“${sector}”`);
    }
  }

  let employees: number | null = null;
  const employeesText = text(raw.employees);
  if (employeesText) {
    const parsed = Number(employeesText);
    if (Number.isInteger(parsed) && parsed >= 0 && parsed <= 1_000_000) employees = parsed;
    else problem('employees', 'INVALID_NUMBER', `"${employeesText}" is not a number of employees`, `“${employeesText}”不是有效的员工人数`);
  }

  if (problems.length > 0) return { row: null, problems };
  return {
    row: {
      line: raw.line,
      name,
      creditCode,
      regionCode: regionCode!,
      sectors,
      summary: text(raw.summary) || null,
      products: splitList(raw.products),
      capabilities: splitList(raw.capabilities),
      equipment: splitList(raw.equipment),
      employees,
    },
    problems,
  };
}
