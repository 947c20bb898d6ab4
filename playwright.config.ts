import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The e2e server's store: made afresh for each run, seeded from the test dataset on first start. */
export const E2E_STORE = path.join(tmpdir(), 'sitrep-e2e', `store-${PORT}.sqlite`);

/**
 * e2e runs against a production build (`next build` must have run; scripts/test-all.sh does it) in
 * the system Chromium, since no browser can be downloaded here. SwiftShader gives headless WebGL.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--enable-unsafe-swiftshader',
        '--use-angle=swiftshader',
        '--ignore-gpu-blocklist',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `rm -f '${E2E_STORE}' '${E2E_STORE}-wal' '${E2E_STORE}-shm' && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/places`,
    timeout: 120_000,
    reuseExistingServer: !process.env.CI,
    // A store of its own, seeded from the frozen test dataset that the helpers read too (fixtures/README.md).
    env: { NEXT_TELEMETRY_DISABLED: '1', SITREP_DATA_DIR: path.resolve(__dirname, 'fixtures/dataset'), SITREP_DB: E2E_STORE },
  },
});
