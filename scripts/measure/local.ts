/** What the measuring scripts (load, soak, eval:ingest) share: a local server to measure, and their figures written into a doc. */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * The server at `url`, or, without one, `next start` of the current build on a free port. Resolves
 * once it answers; `stop` ends a server it started.
 */
export async function localServer(url: string): Promise<{ base: string; stop: () => void }> {
  let base = url;
  let server: ReturnType<typeof spawn> | undefined;
  if (!base) {
    const port = await freePort();
    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    base = `http://127.0.0.1:${port}`;
  }
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/api/places`).then((r) => r.ok, () => false)) return { base, stop: () => server?.kill() };
    await new Promise((r) => setTimeout(r, 500));
  }
  server?.kill();
  throw new Error(`${base} did not come up`);
}

/** Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->` in a doc. */
export function writeSection(doc: string, name: string, body: string): void {
  const text = readFileSync(doc, 'utf8');
  const [open, close] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < 0) throw new Error(`${doc} lacks the ${open} … ${close} markers`);
  writeFileSync(doc, `${text.slice(0, start)}${open}\n\n${body}\n\n${close}${text.slice(end + close.length)}`);
}
