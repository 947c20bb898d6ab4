// `npm run load [-- --duration=60 --rate=200 --url=http://127.0.0.1:3000]`: a fixed request rate
// against /api/events and the dashboard page, with autocannon. Without --url it starts `next start`
// on a free port itself (run `npm run build` first). Prints p50 / p99 latency and errors, and
// writes them into docs/reliability.md (--no-write to skip).
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { localServer, writeSection } from './measure/local';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const duration = Number(arg('duration', '60'));
const rate = Number(arg('rate', '200'));
const write = !process.argv.includes('--no-write');

async function main() {
  const { base, stop } = await localServer(arg('url', ''));
  try {
    const rows: string[] = [];
    for (const target of ['/api/events', '/']) {
      // Warm the route, then the measured run at a fixed overall rate.
      await autocannon({ url: base + target, connections: 10, duration: 2 });
      const r: Result = await autocannon({ url: base + target, connections: 50, overallRate: rate, duration });
      const errors = r.errors + r.timeouts + r.non2xx;
      rows.push(`| \`${target}\` | ${rate} | ${duration} s | ${r.requests.total} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${errors} |`);
      console.log(`${target}: ${r.requests.total} requests, ${r.requests.average.toFixed(0)} rps, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, errors ${errors}`);
      if (errors > 0) process.exitCode = 1;
    }
    if (write) {
      const table = [
        `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run load -- --duration=${duration} --rate=${rate}\`, against \`next start\` on this machine (ms):`,
        '',
        '| Route | target rps | duration | requests | mean rps | p50 | p99 | max | errors |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
      ].join('\n');
      writeSection(path.resolve('docs/reliability.md'), 'load', table);
    }
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
