// `npm run archive:synthetic -- --events N --articles M --out DIR [--seed S] [--force]` writes a
// synthetic archive in data/'s layout (lib/archive/synthetic.ts) over the real places of
// data/places.json: benchmarks and tests need archives far larger than the seed data. The same
// arguments give the same bytes. Exits 2 on arguments it does not understand, 1 when it refuses.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { syntheticArchive } from '@/lib/archive/synthetic';
import { writeDatasetFolder } from '@/lib/archive/write';
import { EVENT_KINDS, EVENT_STATUSES, placesFileSchema } from '@/lib/data/schema';

const USAGE = [
  'usage: npm run archive:synthetic -- --events N --articles M --out DIR [--seed S] [--force]',
  '  --events N    events to generate (a whole number, 0 or more)',
  '  --articles M  articles to spread them over (1 or more)',
  '  --out DIR     the folder to write; it must be empty or new, unless --force',
  '  --seed S      the random seed (0 to 4294967295, default 1): same arguments, same bytes',
  '  --force       write into a non-empty DIR, first removing its articles/ and briefings/ files',
].join('\n');

/** The command line was not understood: exit 2 with the usage. */
class UsageError extends Error {}

interface Args {
  events: number;
  articles: number;
  out: string;
  seed: number;
  force: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (['--events', '--articles', '--out', '--seed'].includes(arg) && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--'))
      values.set(arg, argv[++i]!);
    else throw new UsageError(`not understood: ${arg}`);
  }
  const count = (name: string, min: number, max: number, fallback?: number): number => {
    const raw = values.get(name);
    if (raw === undefined && fallback !== undefined) return fallback;
    if (raw === undefined) throw new UsageError(`${name} is required`);
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new UsageError(`${name} ${raw} is not a whole number ${range}`);
    return Number(raw);
  };
  const events = count('--events', 0, Number.MAX_SAFE_INTEGER);
  const articles = count('--articles', 1, Number.MAX_SAFE_INTEGER);
  // The generator's state is 32 bits: a larger seed would repeat a smaller one's archive.
  const seed = count('--seed', 0, 2 ** 32 - 1, 1);
  const out = values.get('--out');
  if (out === undefined) throw new UsageError('--out is required');
  return { events, articles, out: path.resolve(out), seed, force };
}

/** Files of an earlier archive that the new one would not overwrite, and that would make the folder invalid. */
function removeOldArchive(dir: string) {
  for (const sub of ['articles', 'briefings']) {
    const folder = path.join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) if (name.endsWith('.json') || name.endsWith('.txt')) rmSync(path.join(folder, name));
  }
}

const tally = (keys: readonly string[], values: readonly string[]) => {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
};

async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (existsSync(args.out) && readdirSync(args.out).length > 0) {
    if (!args.force) {
      console.error(`${args.out} is not empty; choose another --out, or add --force to write over the archive in it.`);
      return 1;
    }
    removeOldArchive(args.out);
  }

  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  // The places are the real ones, read (and checked) from the repository's data/.
  const places = placesFileSchema.parse(JSON.parse(readFileSync(path.resolve('data/places.json'), 'utf8')));
  const dataset = syntheticArchive({
    places,
    events: args.events,
    articles: args.articles,
    seed: args.seed,
    onProgress: (n) => console.log(`  ${n} / ${args.events} events (${seconds()} s)`),
  });
  console.log(`Generated ${dataset.events.length} events and ${dataset.articles.length} articles in ${seconds()} s; writing ${args.out}`);
  await writeDatasetFolder(args.out, dataset);

  const quotes = dataset.events.reduce((n, e) => n + e.sources.length, 0);
  const bytes = dataset.articles.reduce((n, a) => n + a.meta.bytes, 0);
  console.log(`Wrote ${args.out} in ${seconds()} s (seed ${args.seed}):`);
  console.log(`  ${dataset.places.length} places, ${dataset.events.length} events, ${quotes} quotes, ${dataset.briefings.length} briefing(s)`);
  console.log(`  ${dataset.articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB of text`);
  console.log(`  by status: ${tally(EVENT_STATUSES, dataset.events.map((e) => e.status))}`);
  console.log(`  by kind: ${tally(EVENT_KINDS, dataset.events.map((e) => e.kind))}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
