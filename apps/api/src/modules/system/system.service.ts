import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import type { SystemInfo } from '@mcf/contracts';
import { AppConfig } from '../../core/config/app-config.js';

const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

@Injectable()
export class SystemService {
  private readonly startedAt = new Date().toISOString();

  constructor(private readonly config: AppConfig) {}

  info(): SystemInfo {
    return {
      name: '军民融合供需对接平台',
      version: packageJson.version,
      role: this.config.get('ROLE'),
      demoData: this.config.demoData,
      startedAt: this.startedAt,
    };
  }
}
