import { wireTextProblem } from '@mcf/contracts';
import { ValidationFailedError } from '../http/app-error.js';

const FILE_NAME_MAX_CHARS = 255;

/**
 * The name an uploaded file is kept under. The name crosses the wire like any field, so a NUL or a
 * lone surrogate is a 400 naming the file field; control characters are dropped and the name is cut
 * at 255 characters by code point (never inside a surrogate pair, which would make it ill-formed).
 */
export function storedFileName(original: string, field: string, fallback: string): string {
  const problem = wireTextProblem(original);
  if (problem) throw new ValidationFailedError([{ field: `${field}.filename`, ...problem }]);
  const printable = [...original].filter((char) => char.codePointAt(0)! >= 0x20 && char !== '\u007f');
  return printable.slice(0, FILE_NAME_MAX_CHARS).join('') || fallback;
}
