import { Injectable } from '@nestjs/common';
import {
  PROVINCES,
  QUALIFICATION_TYPES,
  SECTORS,
  XIANNING_REGIONS,
  creditCodeMessage,
  hasLevel,
  regionName,
  validateCreditCode,
} from '@mcf/domain';
import type { CreditCodeCheck, QualificationTypeList, RegionList, SectorList } from '@mcf/contracts';
import { ValidationFailedError } from '../../core/http/app-error.js';

const named = (item: { code: string; nameZh: string; nameEn: string }) => ({ code: item.code, nameZh: item.nameZh, nameEn: item.nameEn });

/** Codes and taxonomies from @mcf/domain, served so that other systems and the web app share them. */
@Injectable()
export class ReferenceService {
  sectors(): SectorList {
    return { items: SECTORS.map(named) };
  }

  qualificationTypes(): QualificationTypeList {
    return { items: QUALIFICATION_TYPES.map((type) => ({ ...named(type), hasLevel: hasLevel(type.code) })) };
  }

  regions(): RegionList {
    return { xianning: XIANNING_REGIONS.map(named), provinces: PROVINCES.map(named) };
  }

  checkCreditCode(input: string): CreditCodeCheck {
    const result = validateCreditCode(input);
    if (!result.valid) {
      throw new ValidationFailedError(
        [
          {
            field: 'creditCode',
            code: result.reason.code,
            message: creditCodeMessage(result.reason, 'en'),
            messageZh: creditCodeMessage(result.reason, 'zh-CN'),
          },
        ],
        422,
      );
    }
    const name = regionName(result.regionCode);
    return { valid: true, code: result.code, regionCode: result.regionCode, ...(name ? { regionName: name } : {}) };
  }
}
