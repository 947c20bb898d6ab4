/**
 * One event, two outlets: on a server of its own that writes, a pasted article's event that the
 * archive holds already is flagged on the review page with its reasons and a link to it; the
 * reviewer adds it as another source, and the place's panel then says that two outlets report it.
 *
 * The article is the ingest fixture levant-dated-convoy-erbil; the archived event is the planned
 * move from Ain al-Asad to Erbil in September 2025, from the fixture's article 004.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForMapReady } from './helpers/map';
import { e2eStore, startServer, type Server } from './helpers/server';

const ARCHIVED = 'planned-ain-al-asad-to-erbil-2025-09';
const ARCHIVED_SUMMARY = 'Plan: part of the forces and equipment leaving Ain al-Asad move to Erbil by September 2025';
const NAME = 'Samir (e2e)';

let server: Server;
let removeStore: () => Promise<void>;
test.beforeAll(async () => {
  const store = await e2eStore('sqlite');
  removeStore = store.remove;
  server = await startServer({ ...store.env, SITREP_EDIT: '1' });
});
test.afterAll(async () => {
  await server.stop();
  await removeStore();
});

test('a reviewer adds a possible duplicate as another source, and the panel says two outlets report it', async ({ page }) => {
  await page.goto(`${server.url}/review`);
  await page.getByLabel('Your name').first().fill(NAME);
  await page.getByLabel('Article text').fill(readFileSync('lib/ingest/fixtures/levant-dated-convoy-erbil.txt', 'utf8'));
  await page.getByRole('button', { name: 'Draft events' }).click();
  const made = page.getByRole('status').filter({ hasText: /^Drafted 005_/ });
  await expect(made).toBeVisible();
  const id = /Drafted (\d{3}_[0-9a-f]{16})/.exec((await made.textContent())!)![1]!;

  const draft = page.getByRole('region', { name: `Article ${id}` });
  await draft.getByLabel('Outlet (en)').fill('Test outlet');
  await draft.getByLabel('Outlet (ar)').fill('وسيلة اختبارية');
  await draft.getByLabel('Title (en)').fill('A convoy reaches Erbil (test article)');

  const duplicates = page.getByRole('group', { name: 'Possible duplicates in the dataset' });
  const choice = draft.locator(duplicates);
  await expect(choice).toHaveCount(1);
  await expect(choice).toContainText('Possible duplicate of');
  await expect(choice).toContainText('same kind: movement');
  await expect(choice).toContainText('same places: ain-al-asad → erbil');
  await expect(choice.getByRole('link', { name: ARCHIVED_SUMMARY })).toHaveAttribute('href', /place=erbil/);

  const flagged = draft.locator('.review-event').filter({ has: duplicates });
  await flagged.getByLabel('Translation of the quote').fill('Test translation of the quote');
  // Keyboard only: focus the choice and pick "Add as another source of it" with the space bar.
  await choice.getByRole('radio', { name: 'Add as another source of it' }).focus();
  await page.keyboard.press('Space');
  await expect(choice.getByRole('radio', { name: 'Add as another source of it' })).toBeChecked();
  const proposed = draft.locator('.review-event');
  for (let i = 0; i < (await proposed.count()); i++) {
    const event = proposed.nth(i);
    if ((await event.locator('fieldset').count()) === 0) await event.getByRole('button', { name: 'Rejected', exact: true }).click();
  }

  await flagged.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('review-duplicate-1080p.png') });
  await draft.getByRole('button', { name: 'Accept into the dataset' }).click();
  await expect(draft.getByRole('status')).toHaveText('Accepted: 0 new events and 1 more source of archived events.');

  const archived = (await (await fetch(`${server.url}/api/events/${ARCHIVED}`)).json()) as { event: { sources: { article: string }[] } };
  expect(archived.event.sources.map((s) => s.article)).toContain(id);

  await page.goto(`${server.url}/?place=erbil&t=2025-09-15`);
  await waitForMapReady(page);
  const panel = page.getByRole('complementary', { name: /Erbil/ });
  await panel.getByRole('button', { name: 'Go to plans and deadlines' }).click();
  const report = panel.locator(`[data-report-id="${ARCHIVED}"]`);
  await expect(report.locator('.badge-outlets')).toHaveText('2 outlets');
  await page.screenshot({ path: test.info().outputPath('duplicate-merged-1080p.png') });
});
