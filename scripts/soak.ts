// `npm run soak [-- --minutes=10 --url=http://127.0.0.1:3000]`: the dashboard playing the timeline in
// a loop in Chromium (SwiftShader) for a while, sampling the JS heap after a forced garbage
// collection (CDP) and the live WebGL buffers, textures and programs. Without --url it starts `next
// start` itself (run `npm run build` first). Prints the samples and writes the summary into
// docs/reliability.md (--no-write to skip). Passes when the heap grows < 10% after the warm-up
// minute and no WebGL resource count grows.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { localServer, writeSection } from './measure/local';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const minutes = Number(arg('minutes', '10'));
const write = !process.argv.includes('--no-write');
const SAMPLE_MS = 15_000;

/** Counts live WebGL objects: creations minus deletions, by kind. Runs in the page before any script. */
function countWebGl() {
  const live: Record<string, number> = {};
  Object.defineProperty(window, 'webglLive', { value: live });
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<string, (...a: unknown[]) => unknown>[]) {
    for (const kind of ['Buffer', 'Texture', 'Program', 'Framebuffer', 'VertexArray']) {
      const create = proto[`create${kind}`];
      const remove = proto[`delete${kind}`];
      if (!create || !remove) continue;
      proto[`create${kind}`] = function (this: unknown, ...a: unknown[]) {
        live[kind] = (live[kind] ?? 0) + 1;
        return create.apply(this, a);
      };
      proto[`delete${kind}`] = function (this: unknown, ...a: unknown[]) {
        if (a[0]) live[kind] = (live[kind] ?? 0) - 1;
        return remove.apply(this, a);
      };
    }
  }
}

async function main() {
  const { base, stop } = await localServer(arg('url', ''));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(countWebGl);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${base}/?t=2024-01-01&play=1&speed=month`);
    await page.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    // Loop: when playing stops at the end of the timeline, start again from the beginning.
    const keepPlaying = async () => {
      const playing = await page.getByRole('button', { name: 'Pause' }).count();
      if (!playing) {
        await page.getByRole('slider', { name: 'Date' }).focus();
        await page.keyboard.press('Home');
        await page.getByRole('button', { name: 'Play' }).click();
      }
    };
    const samples: { minute: number; heapMb: number; webgl: Record<string, number> }[] = [];
    const end = Date.now() + minutes * 60_000;
    const started = Date.now();
    while (Date.now() < end) {
      await page.waitForTimeout(SAMPLE_MS);
      await keepPlaying();
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const webgl = await page.evaluate(() => ({ ...(window as unknown as { webglLive: Record<string, number> }).webglLive }));
      const sample = { minute: (Date.now() - started) / 60_000, heapMb: usedSize / 1e6, webgl };
      samples.push(sample);
      console.log(`${sample.minute.toFixed(1)} min: heap ${sample.heapMb.toFixed(1)} MB, WebGL ${JSON.stringify(webgl)}`);
    }
    const warm = samples.find((s) => s.minute >= 1) ?? samples[0]!;
    const last = samples.at(-1)!;
    const growth = (last.heapMb - warm.heapMb) / warm.heapMb;
    const grown = Object.keys(last.webgl).filter((k) => (last.webgl[k] ?? 0) > (warm.webgl[k] ?? 0));
    const pass = growth < 0.1 && grown.length === 0;
    console.log(`heap after warm-up ${warm.heapMb.toFixed(1)} MB → ${last.heapMb.toFixed(1)} MB (${(growth * 100).toFixed(1)}%); WebGL grown: ${grown.join(', ') || 'none'}; ${pass ? 'PASS' : 'FAIL'}`);
    if (!pass) process.exitCode = 1;
    if (write) {
      const summary = [
        `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run soak -- --minutes=${minutes}\`: the dashboard playing the whole timeline in a loop at a month per second, Chromium with SwiftShader at 1920×1080, a sample every ${SAMPLE_MS / 1000} s after a forced garbage collection.`,
        '',
        '| | JS heap (MB) | WebGL live objects |',
        '| --- | ---: | --- |',
        `| after warm-up (${warm.minute.toFixed(1)} min) | ${warm.heapMb.toFixed(1)} | ${JSON.stringify(warm.webgl)} |`,
        `| end (${last.minute.toFixed(1)} min) | ${last.heapMb.toFixed(1)} | ${JSON.stringify(last.webgl)} |`,
        '',
        `Heap growth after warm-up: ${(growth * 100).toFixed(1)}% (target < 10%); WebGL objects that grew: ${grown.join(', ') || 'none'}. ${pass ? 'Met.' : 'NOT met.'}`,
      ].join('\n');
      writeSection(path.resolve('docs/reliability.md'), 'soak', summary);
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
