import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { PinoNestLogger } from './pino-nest-logger.js';

function capture(level: string) {
  const lines: Array<{ level: number; context?: string; msg: string }> = [];
  const root = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger: new PinoNestLogger(root), lines };
}

describe('PinoNestLogger at start-up', () => {
  it("keeps Nest's module and route lists out of an info-level start log", () => {
    const { logger, lines } = capture('info');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    logger.log('HealthController {/api/health}:', 'RoutesResolver');
    logger.log('demo data: created 3 demo account(s)', 'DemoData');
    expect(lines.map((line) => line.msg)).toEqual(['demo data: created 3 demo account(s)']);
  });

  it('still shows them at debug level', () => {
    const { logger, lines } = capture('debug');
    logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(lines).toMatchObject([{ level: 20, context: 'RouterExplorer', msg: 'Mapped {/api/health, GET} route' }]);
  });

  it('does not lower warnings of the same contexts', () => {
    const { logger, lines } = capture('info');
    logger.warn('something odd', 'RouterExplorer');
    expect(lines).toMatchObject([{ level: 40 }]);
  });
});
