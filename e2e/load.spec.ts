import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';

// A smoke of `npm run load` (which measures 200 rps for 60 s; figures in docs/reliability.md): a
// few seconds at a modest rate, with no error. Timings are not asserted: these machines are shared.
test('the events API and the page answer a short burst of load without an error', async ({ baseURL }) => {
  test.setTimeout(60_000);
  for (const target of ['/api/events', '/']) {
    const result = await autocannon({ url: `${baseURL}${target}`, connections: 10, overallRate: 40, duration: 3 });
    expect(result.errors + result.timeouts + result.non2xx, target).toBe(0);
    expect(result.requests.total, target).toBeGreaterThan(50);
  }
});
