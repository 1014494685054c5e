import { AppError } from '../../core/http/app-error.js';

export const AuthErrors = {
  /** The same answer for an unknown email and a wrong password, so that accounts cannot be probed. */
  invalidCredentials: () => new AppError(401, 'INVALID_CREDENTIALS', { en: 'Wrong email or password', zh: '邮箱或密码错误' }),
  accountDisabled: () => new AppError(403, 'ACCOUNT_DISABLED', { en: 'This account has been disabled', zh: '该账号已被停用' }),
  invalidRefreshToken: () => new AppError(401, 'INVALID_REFRESH_TOKEN', { en: 'The session has ended; please sign in again', zh: '会话已失效，请重新登录' }),
  invalidResetToken: () =>
    new AppError(400, 'INVALID_RESET_TOKEN', { en: 'The reset code is wrong, used or expired', zh: '重置码无效、已使用或已过期' }, {
      errors: [{ field: 'token', code: 'INVALID_RESET_TOKEN', message: 'The reset code is wrong, used or expired', messageZh: '重置码无效、已使用或已过期' }],
    }),
  emailTaken: () =>
    new AppError(409, 'EMAIL_TAKEN', { en: 'This email is already registered', zh: '该邮箱已注册' }, {
      errors: [{ field: 'email', code: 'EMAIL_TAKEN', message: 'This email is already registered', messageZh: '该邮箱已注册' }],
    }),
  creditCodeTaken: (claimable = false) =>
    new AppError(409, 'CREDIT_CODE_TAKEN', { en: 'An organisation with this credit code is already registered', zh: '该统一社会信用代码已注册' }, {
      claimable,
      errors: claimable
        ? [
            {
              field: 'organization.creditCode',
              code: 'CREDIT_CODE_CLAIMABLE',
              message: 'This organisation was listed on the platform without an account; claim it with your business licence',
              messageZh: '该机构已由平台收录但尚无账号，您可以上传营业执照申请认领',
            },
          ]
        : [
            {
              field: 'organization.creditCode',
              code: 'CREDIT_CODE_TAKEN',
              message: 'An organisation with this unified social credit code is already registered; ask its owner to invite you',
              messageZh: '该统一社会信用代码的机构已注册，请联系该机构的管理员邀请您加入',
            },
          ],
    }),
};
