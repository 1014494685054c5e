import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTIONS } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { referencedIds } from './audit.service.js';

const SOURCE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

interface Written {
  file: string;
  /** A literal action, or a template such as `admin.organization.${action}` as a pattern. */
  action: string | RegExp;
}

/**
 * Every action the API's code writes: the string literals and template literals of each `action:`
 * property (ternaries included) that look like audit actions (`area.verb`).
 */
function writtenActions(): Written[] {
  const written: Written[] = [];
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\baction:\s*([^\n]+)/g)) {
      const expression = match[1]!;
      for (const literal of expression.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g))
        written.push({ file: relative(SOURCE_ROOT, file), action: literal[1]! });
      for (const template of expression.matchAll(/`([a-z_]+\.[a-z_.]*\$\{[^`]*)`/g)) {
        const pattern = template[1]!
          .split(/\$\{[^}]*\}/)
          .map((part) => part.replace(/\./g, '\\.'))
          .join('[a-z_]+');
        written.push({ file: relative(SOURCE_ROOT, file), action: new RegExp(`^${pattern}$`) });
      }
    }
  }
  return written;
}

describe('audit actions', () => {
  const written = writtenActions();
  const listed = new Set<string>(AUDIT_ACTIONS);

  it('finds the actions the code writes', () => {
    // A sanity floor: the scan reads the services that audit (fifty-odd actions today).
    expect(written.length).toBeGreaterThan(40);
    expect(written.map((w) => w.action)).toContain('admin.qualification.approve');
  });

  it('lists every action the code writes in AUDIT_ACTIONS, so that each has a label', () => {
    const missing = written.filter((w) =>
      typeof w.action === 'string' ? !listed.has(w.action) : !AUDIT_ACTIONS.some((a) => (w.action as RegExp).test(a)),
    );
    expect(missing.map((w) => `${w.file}: ${String(w.action)}`)).toEqual([]);
  });

  it('lists no action that the code never writes', () => {
    const unused = AUDIT_ACTIONS.filter(
      (action) => !written.some((w) => (typeof w.action === 'string' ? w.action === action : w.action.test(action))),
    );
    expect(unused).toEqual([]);
  });

  it('has no duplicates', () => {
    expect(listed.size).toBe(AUDIT_ACTIONS.length);
  });
});

describe('referencedIds', () => {
  it('finds the ids among before/after values, in arrays too, and nothing else', () => {
    const a = '5f0c6c0e-2a7b-4c1d-9d2e-0a1b2c3d4e5f';
    const b = '6f0c6c0e-2a7b-4c1d-9d2e-0a1b2c3d4e5f';
    expect(
      referencedIds({ before: { userId: a, status: 'PENDING' }, after: { members: [b, 'x'], count: 2, nested: { id: a } } }),
    ).toEqual([a, b]);
    expect(referencedIds({ before: null, after: null })).toEqual([]);
  });
});
