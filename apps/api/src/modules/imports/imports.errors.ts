import { IMPORT_MAX_ROWS, IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES } from '@mcf/contracts';
import { AppError } from '../../core/http/app-error.js';
import type { XlsxReadError } from './xlsx/xlsx-read-error.js';

const fileProblem = (
  status: number,
  code: string,
  title: { en: string; zh: string },
  message: string,
  messageZh: string,
  detail?: string,
) => new AppError(status, code, title, { ...(detail ? { detail } : {}), errors: [{ field: 'file', code, message, messageZh }] });

const UNREADABLE = { en: 'The file cannot be read', zh: '无法读取该文件' };
const UNSUPPORTED = { en: 'This kind of file is not supported', zh: '不支持该文件格式' };
const SAVE_AGAIN_EN = 'open it in Excel or WPS, save it again as .xlsx (or as CSV UTF-8) and import that';
const SAVE_AGAIN_ZH = '请用 Excel 或 WPS 打开后重新另存为 .xlsx（或“CSV UTF-8”）再导入';

export const ImportErrors = {
  fileMissing: () =>
    new AppError(400, 'VALIDATION_FAILED', { en: 'The request is not valid', zh: '请求内容不合法' }, {
      errors: [{ field: 'file', code: 'FILE_REQUIRED', message: 'Attach the CSV, XLSX or JSON file', messageZh: '请选择要导入的 CSV、XLSX 或 JSON 文件' }],
    }),
  unreadable: (detail: string, messageZh = '文件格式无法识别：请使用模板（.xlsx 或 UTF-8 编码的 CSV）或 JSON') =>
    fileProblem(400, 'IMPORT_UNREADABLE', UNREADABLE, detail, messageZh, detail),
  tooManyRows: () =>
    fileProblem(
      413,
      'TOO_MANY_ROWS',
      { en: `At most ${IMPORT_MAX_ROWS} rows per import`, zh: `每次最多导入${IMPORT_MAX_ROWS}行` },
      `The file has more than ${IMPORT_MAX_ROWS} rows: split it into several imports`,
      `文件超过${IMPORT_MAX_ROWS}行：请拆分为多个文件分别导入`,
    ),
  legacyXls: () =>
    fileProblem(
      415,
      'UNSUPPORTED_FILE_TYPE',
      UNSUPPORTED,
      `This is an Excel 97–2003 workbook (.xls): ${SAVE_AGAIN_EN}`,
      `这是旧版 Excel 97–2003 工作簿（.xls），${SAVE_AGAIN_ZH}`,
    ),
  /** Each way an .xlsx can fail, as a 4xx naming the file field, in both languages. */
  xlsx: (error: XlsxReadError) => {
    const limitMb = IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES / 1024 / 1024;
    switch (error.problem) {
      case 'TOO_MANY_ROWS':
        return ImportErrors.tooManyRows();
      case 'TOO_LARGE':
        return fileProblem(
          413,
          'IMPORT_TOO_LARGE',
          { en: `The workbook expands to more than ${limitMb} MB`, zh: `工作簿解压后超过 ${limitMb} MB` },
          `The workbook expands to more than ${limitMb} MB: keep only the list of firms, or split it`,
          `工作簿解压后超过 ${limitMb} MB：请只保留企业名单，或拆分为多个文件`,
          error.message,
        );
      case 'NOT_A_WORKBOOK':
        return fileProblem(
          415,
          'UNSUPPORTED_FILE_TYPE',
          UNSUPPORTED,
          'This is a ZIP file but not an Excel workbook (.xlsx)',
          '该文件是 ZIP 压缩包，而不是 Excel 工作簿（.xlsx）',
        );
      case 'UNSUPPORTED':
        return fileProblem(
          415,
          'UNSUPPORTED_FILE_TYPE',
          UNSUPPORTED,
          `${error.message}: ${SAVE_AGAIN_EN}`,
          `该工作簿使用了不支持的格式（例如设置了打开密码）：${SAVE_AGAIN_ZH}`,
          error.message,
        );
      case 'NO_WORKSHEET':
        return ImportErrors.unreadable('The workbook has no worksheet', '工作簿中没有工作表');
      case 'CORRUPT':
      case 'MALFORMED_XML':
        return ImportErrors.unreadable(`The workbook is damaged (${error.message}): ${SAVE_AGAIN_EN}`, `工作簿已损坏或不完整，无法读取：${SAVE_AGAIN_ZH}`);
    }
  },
  missingColumns: () =>
    ImportErrors.unreadable(
      'The header must name at least the columns 机构名称 (name) and 统一社会信用代码 (creditCode)',
      '表头至少需要包含“机构名称”和“统一社会信用代码”两列：请使用导入模板',
    ),
  alreadyFinished: () =>
    new AppError(409, 'IMPORT_FINISHED', { en: 'This import has finished: there is nothing to resume', zh: '该导入已完成，无需继续' }),
};
