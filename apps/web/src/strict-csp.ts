import { config } from 'zod';

/**
 * The app runs under a Content-Security-Policy without 'unsafe-eval'. zod probes for `new Function`
 * when it builds an object schema (to compile a faster parser); the browser reports that probe as a CSP
 * violation even though zod catches it. Jitless mode skips the probe. This module is main.ts's first
 * import, so it runs before any schema of @mcf/contracts is built.
 */
config({ jitless: true });
