import { AppError } from '../../core/http/app-error.js';

export const EnterpriseErrors = {
  fileMissing: () =>
    new AppError(400, 'VALIDATION_FAILED', { en: 'The request is not valid', zh: '请求内容不合法' }, {
      errors: [{ field: 'file', code: 'FILE_REQUIRED', message: 'Attach the scanned certificate (PDF, PNG or JPEG)', messageZh: '请上传证书扫描件（PDF、PNG 或 JPEG）' }],
    }),
  fileKindRefused: () =>
    new AppError(415, 'UNSUPPORTED_FILE_TYPE', { en: 'Only PDF, PNG and JPEG files are accepted', zh: '仅接受 PDF、PNG、JPEG 格式的文件' }, {
      errors: [
        {
          field: 'file',
          code: 'UNSUPPORTED_FILE_TYPE',
          message: 'The file is not a PDF, PNG or JPEG (judged by its content, not its name)',
          messageZh: '文件内容不是 PDF、PNG 或 JPEG（按文件内容判断，与文件名无关）',
        },
      ],
    }),
  notPublishable: (missing: string[]) =>
    new AppError(422, 'PROFILE_INCOMPLETE', { en: 'The profile needs a summary, a sector and a product before it can be published', zh: '发布前请至少填写企业简介、所属领域和一项产品' }, {
      errors: missing.map((field) => ({ field, code: 'REQUIRED_TO_PUBLISH', message: 'required to publish', messageZh: '发布前必须填写' })),
    }),
  notPublished: () =>
    new AppError(409, 'PROFILE_NOT_PUBLISHED', { en: 'Only a published profile can be reconfirmed: publish it first', zh: '档案尚未发布，无需确认：请先发布档案' }),
  invalidQualificationTransition: (from: string) =>
    new AppError(409, 'INVALID_STATUS_TRANSITION', { en: `A ${from} certificate cannot be decided on`, zh: `该证书当前状态（${from}）不能审核` }),
};
