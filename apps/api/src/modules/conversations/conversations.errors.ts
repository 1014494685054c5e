import { MESSAGE_ATTACHMENT_MAX_BYTES } from '@mcf/contracts';
import { AppError, ValidationFailedError } from '../../core/http/app-error.js';

const MAX_MB = MESSAGE_ATTACHMENT_MAX_BYTES / 1024 / 1024;

export const ConversationErrors = {
  enterprisesOnly: () =>
    new AppError(403, 'ENTERPRISES_ONLY', {
      en: 'Only enterprises ask questions about demands',
      zh: '仅企业可以就需求提问',
    }),
  procurersOnly: () =>
    new AppError(403, 'PROCURERS_ONLY', {
      en: 'Only the procurer of the demand answers its questions',
      zh: '仅需求发布单位可以答复提问',
    }),
  notVerified: () =>
    new AppError(403, 'ORGANIZATION_NOT_VERIFIED', {
      en: 'Your organisation must be verified before it can post',
      zh: '贵单位通过认证后方可发言',
    }),
  /** Administrators read conversations (for oversight); they take no part in them. */
  readOnlyForAdmins: () =>
    new AppError(403, 'FORBIDDEN', {
      en: 'Administrators may read conversations, not write in them',
      zh: '管理员仅可查看沟通记录，不能参与沟通',
    }),
  alreadyAnswered: () =>
    new AppError(409, 'ALREADY_ANSWERED', {
      en: 'This question has already been answered',
      zh: '该问题已答复',
    }),
  enterpriseRequired: () =>
    new ValidationFailedError([
      {
        field: 'enterpriseId',
        code: 'ENTERPRISE_REQUIRED',
        message: 'name the firm to talk to',
        messageZh: '请指定沟通的企业',
      },
    ]),
  notOwnThread: () =>
    new ValidationFailedError([
      {
        field: 'enterpriseId',
        code: 'NOT_YOUR_ORGANIZATION',
        message: 'a firm opens its own conversation: leave enterpriseId out',
        messageZh: '企业只能发起本单位的沟通，请勿填写 enterpriseId',
      },
    ]),
  notContactable: () =>
    new AppError(
      422,
      'ENTERPRISE_NOT_CONTACTABLE',
      { en: 'Only verified enterprises can be contacted', zh: '仅可与已认证的企业沟通' },
      {
        errors: [
          {
            field: 'enterpriseId',
            code: 'ENTERPRISE_NOT_CONTACTABLE',
            message: 'not a verified enterprise',
            messageZh: '该单位不是已认证的企业',
          },
        ],
      },
    ),
  emptyMessage: () =>
    new ValidationFailedError([
      {
        field: 'body',
        code: 'MESSAGE_EMPTY',
        message: 'write a message or attach a file',
        messageZh: '请填写消息内容或添加附件',
      },
    ]),
  attachmentKindRefused: () =>
    new AppError(
      415,
      'UNSUPPORTED_FILE_TYPE',
      { en: 'Only PDF, PNG and JPEG files are accepted', zh: '仅接受 PDF、PNG、JPEG 格式的文件' },
      {
        errors: [
          {
            field: 'attachment',
            code: 'UNSUPPORTED_FILE_TYPE',
            message: 'The file is not a PDF, PNG or JPEG (judged by its content, not its name)',
            messageZh: '文件内容不是 PDF、PNG 或 JPEG（按文件内容判断，与文件名无关）',
          },
        ],
      },
    ),
  attachmentTooLarge: () =>
    new AppError(
      413,
      'PAYLOAD_TOO_LARGE',
      { en: `An attachment may have at most ${MAX_MB} MB`, zh: `附件不能超过 ${MAX_MB} MB` },
      {
        errors: [
          {
            field: 'attachment',
            code: 'FILE_TOO_LARGE',
            message: `the file is larger than ${MAX_MB} MB`,
            messageZh: `文件超过 ${MAX_MB} MB`,
          },
        ],
      },
    ),
  /** A multipart request multer refused (a file under another name, too many parts…). */
  malformedUpload: (field: string | undefined, reason: string) =>
    new ValidationFailedError([
      {
        field: field || 'attachment',
        code: 'INVALID_UPLOAD',
        message: `${reason}; send the fields "body" and at most one file "attachment"`,
        messageZh: '上传内容不合法：请仅提交字段 body 和一个名为 attachment 的文件',
      },
    ]),
};
