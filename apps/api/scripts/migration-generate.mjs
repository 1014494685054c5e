// `npm run migration:generate -- <PascalName>`: compares the entities with the database behind
// DATABASE_URL (migrated to the latest version, e.g. the embedded one `npm start` uses) and writes
// src/core/database/migrations/<timestamp>-<PascalName>.ts with up and down, then lists it in
// migrations/index.ts. `-- --check` only verifies that no migration is needed (exit 1 otherwise).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const migrationsDir = `${apiDir}src/core/database/migrations`;
const args = process.argv.slice(2);
const check = args.includes('--check');
const name = args.find((a) => !a.startsWith('-'));
if (!check && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('usage: npm run migration:generate -- <PascalName>   (or -- --check)');
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL must point at a database migrated to the latest version');
  process.exit(2);
}
const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { cwd: apiDir, stdio: 'inherit' }).status ?? 1;
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
if (run(process.execPath, [tsc, '-p', 'tsconfig.app.json']) !== 0) process.exit(1);

const cli = fileURLToPath(new URL('cli.js', import.meta.resolve('typeorm')));
const before = new Set(readdirSync(migrationsDir));
const status = run(process.execPath, [
  cli,
  'migration:generate',
  `${migrationsDir}/${name ?? 'Check'}`,
  '-d',
  'dist/cli/data-source.js',
  '--pretty',
  '--esm',
  ...(check ? ['--check'] : []),
]);
if (status !== 0 || check) process.exit(status);

const created = readdirSync(migrationsDir).filter((file) => !before.has(file) && file.endsWith('.ts'));
const indexFile = `${migrationsDir}/index.ts`;
let index = readFileSync(indexFile, 'utf8');
for (const file of created) {
  const className = /export class (\w+)/.exec(readFileSync(`${migrationsDir}/${file}`, 'utf8'))?.[1];
  if (!className) continue;
  index = `import { ${className} } from './${file.replace(/\.ts$/, '.js')}';\n${index}`;
  index = index.replace(/export const MIGRATIONS = \[([^\]]*)\];/, (_m, list) => {
    const listed = list.trim().replace(/,$/, '');
    return `export const MIGRATIONS = [${listed ? `${listed}, ` : ''}${className}];`;
  });
  console.log(`created ${file} and listed ${className} in migrations/index.ts; review it, then run npm start`);
}
writeFileSync(indexFile, index);
