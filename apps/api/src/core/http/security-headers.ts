import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** Two years, as the HSTS preload list asks; sent only on requests that arrived over TLS. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * The `'sha256-…'` source of every inline `<script>` in a page (the built index.html has none today;
 * should Vite ever inline one, it is allowed by its hash rather than by 'unsafe-inline').
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/.test(attributes) || body.length === 0) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * Security headers on every response (web app, API, files, errors): a Content-Security-Policy without
 * inline scripts, nosniff, no framing by other sites, a strict referrer policy, and HSTS when the
 * request came over TLS (directly, or through a proxy trusted by TRUST_PROXY). Element Plus sets
 * inline styles, so style-src allows them; scan previews are blob: URLs in an <img> or <iframe>.
 */
export function securityHeaders(options: { inlineScriptHashes?: readonly string[] } = {}): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'script-src': ["'self'", ...(options.inlineScriptHashes ?? [])],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-src': ["'self'", 'blob:'],
        // Chromium's PDF viewer runs as a plugin inside the blob: iframe of a scan preview, which inherits this policy.
        'object-src': ["'self'", 'blob:'],
        'worker-src': ["'self'", 'blob:'],
        'manifest-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xContentTypeOptions: true,
    strictTransportSecurity: false,
    // The web app loads nothing cross-origin; these would only get in the way of the OpenAPI UI's assets.
    crossOriginEmbedderPolicy: false,
  });
  const hsts: RequestHandler = (request: Request, response: Response, next: NextFunction) => {
    if (request.secure) response.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
  return [headers, hsts];
}
