import { AppError } from '../http/app-error.js';

/** Answers to uploads the platform does not take (the certificate upload words its own). */
export const FileErrors = {
  missing: () =>
    new AppError(
      400,
      'VALIDATION_FAILED',
      { en: 'The request is not valid', zh: '请求内容不合法' },
      {
        errors: [
          {
            field: 'file',
            code: 'FILE_REQUIRED',
            message: 'Attach a file (PDF, PNG or JPEG)',
            messageZh: '请选择文件（PDF、PNG 或 JPEG）',
          },
        ],
      },
    ),
  kindRefused: () =>
    new AppError(
      415,
      'UNSUPPORTED_FILE_TYPE',
      { en: 'Only PDF, PNG and JPEG files are accepted', zh: '仅接受 PDF、PNG、JPEG 格式的文件' },
      {
        errors: [
          {
            field: 'file',
            code: 'UNSUPPORTED_FILE_TYPE',
            message: 'The file is not a PDF, PNG or JPEG (judged by its content, not its name)',
            messageZh: '文件内容不是 PDF、PNG 或 JPEG（按文件内容判断，与文件名无关）',
          },
        ],
      },
    ),
};
