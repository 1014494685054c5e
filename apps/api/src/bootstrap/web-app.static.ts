import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { inlineScriptHashes } from '../core/http/security-headers.js';

/** The built web app: WEB_DIST_DIR, else apps/web/dist of this checkout. */
export function webDistDir(configured: string | undefined): string {
  return configured ? resolve(configured) : fileURLToPath(new URL('../../../web/dist', import.meta.url));
}

/** The CSP hashes of the built index.html's inline scripts (none when the app is not built). */
export function webAppInlineScriptHashes(dir: string): string[] {
  const index = join(dir, 'index.html');
  return existsSync(index) ? inlineScriptHashes(readFileSync(index, 'utf8')) : [];
}

const API_PATHS = /^\/(api|metrics)(\/|$)/;

/**
 * Serves the web app on the same port as the API: hashed assets with a long cache life, and
 * index.html for every other GET outside /api so that client-side routes survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', fallthrough: false });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
