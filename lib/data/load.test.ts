/** Corrupt data while serving: the last good data stays up, the problem is logged once, the fix is picked up. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as status } from '@/app/api/status/route';
import { dataCopy, removeDataCopies } from '@/lib/testing/data-copy';
import { dataStatus, loadDataset } from './load';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  removeDataCopies();
});

/** Waits past the file system's mtime resolution, so that a rewrite is seen as a change. */
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('loadDataset while data/ changes under it', () => {
  it('serves the last good data through a truncated and an invalid file, and picks up the fix', async () => {
    const dir = dataCopy(() => {});
    vi.stubEnv('SITREP_DATA_DIR', dir);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const file = path.join(dir, 'events.json');
    const original = readFileSync(file, 'utf8');
    const good = await loadDataset();
    expect(dataStatus()).toEqual({ stale: false, problems: [] });

    // Truncated mid-write.
    await tick();
    writeFileSync(file, original.slice(0, 200));
    expect((await loadDataset()).events).toHaveLength(good.events.length);
    expect(await loadDataset()).toBe(good);
    expect(dataStatus().stale).toBe(true);
    expect(dataStatus().problems[0]).toMatch(/^data\/events\.json: is not valid JSON/);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(await (await status()).json()).toMatchObject({ stale: true });

    // Valid JSON, invalid data: named by file, record and field.
    await tick();
    const events = JSON.parse(original);
    events[0].date.precision = 'week';
    writeFileSync(file, JSON.stringify(events));
    expect(await loadDataset()).toBe(good);
    expect(dataStatus().problems[0]).toMatch(/^data\/events\.json, record [a-z0-9-]+ \(#0\), field date\.precision/);
    expect(errors).toHaveBeenCalledTimes(2);

    // Fixed: served again.
    await tick();
    writeFileSync(file, original);
    const fixed = await loadDataset();
    expect(fixed).not.toBe(good);
    expect(fixed.events).toHaveLength(good.events.length);
    expect(dataStatus()).toEqual({ stale: false, problems: [] });
    expect(await (await status()).json()).toEqual({ stale: false, problems: [] });
  });

  it('refuses invalid data when there has never been good data', async () => {
    const dir = dataCopy((d) => writeFileSync(path.join(d, 'places.json'), '[{'));
    vi.stubEnv('SITREP_DATA_DIR', dir);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(loadDataset()).rejects.toThrow(/data\/places\.json: is not valid JSON/);
    expect(dataStatus().stale).toBe(false);
  });
});
