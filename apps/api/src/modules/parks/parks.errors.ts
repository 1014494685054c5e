import { AppError } from '../../core/http/app-error.js';

export const ParkErrors = {
  nameTaken: () =>
    new AppError(
      409,
      'PARK_NAME_TAKEN',
      { en: 'A base or park of that name exists', zh: '已有同名的基地或园区' },
      { errors: [{ field: 'name', code: 'PARK_NAME_TAKEN', message: 'A base or park of that name exists', messageZh: '已有同名的基地或园区' }] },
    ),
  unknownRegion: (field: string) =>
    new AppError(
      400,
      'VALIDATION_FAILED',
      { en: 'The request is not valid', zh: '请求内容不合法' },
      { errors: [{ field, code: 'INVALID_REGION', message: 'must be a region code of the region catalogue', messageZh: '请选择地区目录中的行政区划' }] },
    ),
  unknownPark: (field: string) =>
    new AppError(
      400,
      'VALIDATION_FAILED',
      { en: 'The request is not valid', zh: '请求内容不合法' },
      { errors: [{ field, code: 'UNKNOWN_PARK', message: 'names no base or park of the registry', messageZh: '所选基地园区不存在' }] },
    ),
};
