import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './security-headers.js';

describe('inlineScriptHashes', () => {
  it('hashes inline scripts and skips external and empty ones', () => {
    const html = '<script type="module" crossorigin src="/assets/index.js"></script><script>alert(1)</script><script></script>';
    // sha256 of "alert(1)", base64.
    expect(inlineScriptHashes(html)).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
  });

  it('finds nothing in a page with no inline script', () => {
    expect(inlineScriptHashes('<html><body><div id="app"></div></body></html>')).toEqual([]);
  });
});
