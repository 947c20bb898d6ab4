// Copies MapLibre's worker into public/ so the map never loads it from anywhere but this server.
// Runs before `next dev` and `next build`; without it the map stays blank in production builds only.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('maplibre-gl/package.json')) + '/dist';
const target = path.join(process.cwd(), 'public', 'maplibre');

mkdirSync(target, { recursive: true });
for (const file of ['maplibre-gl-worker.mjs']) {
  copyFileSync(path.join(dist, file), path.join(target, file));
}
console.log(`maplibre worker copied to ${path.relative(process.cwd(), target)}/`);
