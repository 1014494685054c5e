import { Controller, Get } from '@nestjs/common';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SystemInfoSchema, type SystemInfo } from '@mcf/contracts';
import { ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { SystemService } from './system.service.js';

@ApiTags('system')
@Public()
@Controller('api/v1/system')
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Get('info')
  @ApiOperation({ summary: '平台版本与运行角色 · Version and role of this process' })
  @ApiZodResponse(200, 'system information', SystemInfoSchema)
  info(): SystemInfo {
    return this.system.info();
  }
}
