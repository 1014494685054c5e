import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../http/app-error.js';
import { storedFileName } from './file-name.js';

describe('storedFileName', () => {
  it('keeps a Chinese name and falls back when nothing printable is left', () => {
    expect(storedFileName('技术方案.pdf', 'file', 'attachment')).toBe('技术方案.pdf');
    expect(storedFileName('\u0001\u0002', 'file', 'attachment')).toBe('attachment');
  });

  it('cuts long names by code point, never inside a surrogate pair', () => {
    const name = storedFileName(`${'a'.repeat(254)}😀😀`, 'file', 'x');
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('😀')).toBe(true);
  });

  it('refuses NUL and lone surrogates with a 400 naming the file field', () => {
    for (const bad of ['a\u0000.pdf', 'a\ud800.pdf']) {
      let thrown: unknown;
      try {
        storedFileName(bad, 'attachment', 'x');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ValidationFailedError);
      expect((thrown as ValidationFailedError).status).toBe(400);
      expect((thrown as ValidationFailedError).options.errors?.[0]).toMatchObject({ field: 'attachment.filename', code: 'INVALID_CHARACTER' });
    }
  });
});
