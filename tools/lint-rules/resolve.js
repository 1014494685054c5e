// Resolution of relative import specifiers to files, shared by the boundary rules. Only relative
// specifiers are followed: packages (`@mcf/*`, npm) are Nx's business (`@nx/enforce-module-boundaries`).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root: two levels above this folder (tools/lint-rules). Rules accept `root` to override. */
export const WORKSPACE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const EXTENSIONS = ['.ts', '.tsx', '.vue', '.js', '.mjs'];

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a relative specifier names, or null. NodeNext style (`./x.js` written for `./x.ts`) and
 * bundler style (`./x`, `./dir` → `./dir/index.ts`) both resolve.
 */
export function resolveRelative(fromFile, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base];
  if (/\.(c|m)?js$/.test(base)) candidates.push(base.replace(/\.(c|m)?js$/, '.ts'), base.replace(/\.(c|m)?js$/, '.tsx'));
  for (const ext of EXTENSIONS) candidates.push(base + ext);
  for (const ext of EXTENSIONS) candidates.push(path.join(base, 'index' + ext));
  return candidates.find(isFile) ?? null;
}

/**
 * Where a relative specifier points, even when the file does not exist (the path rules only need the
 * path; the fixtures of the rule tests are virtual).
 */
export function targetPath(fromFile, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  return resolveRelative(fromFile, specifier) ?? path.resolve(path.dirname(fromFile), specifier);
}

const IMPORT_PATTERN =
  /(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g;

/** Whether an import clause brings in only types (`type X`, `{ type A, type B }`): erased at run time. */
export function isTypeOnlyClause(typeKeyword, clause) {
  if (typeKeyword) return true;
  const braces = clause.match(/^\{([\s\S]*)\}$/);
  if (!braces) return false;
  const names = braces[1].split(',').map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

const graphCache = new Map();

/**
 * The run-time relative imports of a file (type-only imports are erased by the compiler and make no
 * cycle), read with a regular expression: enough for the code base's import style. Cached per process,
 * keyed by modification time, so a lint run reads each file once.
 */
export function runtimeImportsOf(file) {
  let mtime = 0;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = graphCache.get(file);
  if (cached && cached.mtime === mtime) return cached.imports;
  let source = readFileSync(file, 'utf8');
  if (file.endsWith('.vue')) {
    source = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  }
  const imports = [];
  for (const m of source.matchAll(IMPORT_PATTERN)) {
    const specifier = m[4] ?? m[5];
    if (m[4] && isTypeOnlyClause(m[2], m[3].trim())) continue;
    const target = resolveRelative(file, specifier);
    if (target) imports.push(target);
  }
  graphCache.set(file, { mtime, imports });
  return imports;
}

