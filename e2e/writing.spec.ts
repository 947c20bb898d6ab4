/**
 * Writing from the pages, on a server of its own that writes: an article pasted into the review
 * page becomes a draft, is reviewed and accepted; a report is corrected from the reports sidebar,
 * and its history says who changed what and why.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForMapReady } from './helpers/map';
import { e2eStore, startServer, type Server } from './helpers/server';

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

const NAME = 'Layla (e2e)';

async function giveName(page: Page) {
  await page.getByLabel('Your name').first().fill(NAME);
}

test('an article pasted into the review page becomes a draft that a reviewer fills in and accepts', async ({ page }) => {
  await page.goto(`${server.url}/review`);
  await giveName(page);
  await page.getByLabel('Article text').fill(readFileSync('lib/ingest/fixtures/levant-dated-convoy-erbil.txt', 'utf8'));
  await page.getByRole('button', { name: 'Draft events' }).click();
  const made = page.getByRole('status').filter({ hasText: /^Drafted 005_/ });
  await expect(made).toBeVisible();
  const id = /Drafted (\d{3}_[0-9a-f]{16})/.exec((await made.textContent())!)![1]!;

  const draft = page.getByRole('region', { name: `Article ${id}` });
  await expect(draft).toContainText(`Drafted by ${NAME}`);
  await draft.getByLabel('Outlet (en)').fill('Test outlet');
  await draft.getByLabel('Outlet (ar)').fill('وسيلة اختبارية');
  await draft.getByLabel('Title (en)').fill('A convoy reaches Erbil (test article)');
  const first = draft.locator('.review-event').first();
  await first.getByLabel('Summary (en)').fill('A US convoy reaches Erbil (test)');
  await first.getByLabel('Summary (ar)').fill('رتل أمريكي يصل أربيل (اختبار)');
  await first.getByLabel('Actor (en)').fill('US forces');
  await first.getByLabel('Actor (ar)').fill('القوات الأمريكية');
  await first.getByLabel('Translation of the quote').fill('Test translation of the quote');
  await first.getByRole('button', { name: 'Accepted', exact: true }).click();
  const proposed = draft.locator('.review-event');
  for (let i = 1; i < (await proposed.count()); i++) await proposed.nth(i).getByRole('button', { name: 'Rejected', exact: true }).click();

  await draft.getByRole('button', { name: 'Accept into the dataset' }).click();
  await expect(draft.getByRole('status')).toHaveText('Accepted: the article and 1 event are in the dataset.');
  await expect(draft.getByRole('button', { name: 'Accept into the dataset' })).toBeDisabled();

  const events = (await (await fetch(`${server.url}/api/events?limit=500`)).json()) as { items: { summary: { en: string } }[] };
  expect(events.items.map((e) => e.summary.en)).toContain('A US convoy reaches Erbil (test)');
  await page.screenshot({ path: test.info().outputPath('review-accepted-1080p.png') });
});

test('a report corrected from the sidebar keeps its id, and its history says who, when and why', async ({ page }) => {
  await page.goto(`${server.url}/?place=ain-al-asad&t=2024-10-02`);
  await waitForMapReady(page);
  const panel = page.getByRole('complementary', { name: /Ain al-Asad/ });
  const report = panel.locator('[data-report-id="us-convoy-syria-al-waleed-ain-al-asad-2024-10-02"]');
  await report.getByRole('button', { name: 'Edit' }).click();
  const form = report.getByRole('form', { name: 'Correct this report' });
  await form.getByLabel('Your name').fill(NAME);
  await expect(form.getByLabel('Summary (en)')).toBeEnabled();
  await form.getByLabel('Summary (en)').fill('US convoy enters Anbar from Syria at the al-Waleed crossing (corrected)');
  await form.getByLabel('Why (kept in the history)').fill('clearer wording');
  await form.getByRole('button', { name: 'Save the correction' }).click();
  await expect(report.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(report).toContainText('(corrected)');
  await expect(report).toContainText('Edited 1 time');
  await report.getByRole('button', { name: 'History' }).click();
  const history = report.getByRole('region', { name: 'History' });
  await expect(history).toContainText(`Corrected by ${NAME}`);
  await expect(history).toContainText('clearer wording');
  await expect(history).toContainText('changed: summary');
  await page.screenshot({ path: test.info().outputPath('report-history-1080p.png') });
});

test('an edit based on a version someone changed since is refused, and nothing is lost', async ({ page }) => {
  const id = 'us-strike-al-qaim-2024-01';
  await page.goto(`${server.url}/?place=al-qaim-al-bukamal&t=2024-01-24`);
  await waitForMapReady(page);
  const report = page.locator(`[data-report-id="${id}"]`);
  await report.getByRole('button', { name: 'Edit' }).click();
  const form = report.getByRole('form', { name: 'Correct this report' });
  await form.getByLabel('Your name').fill(NAME);
  await expect(form.getByLabel('Summary (en)')).toBeEnabled();

  // Meanwhile, someone else corrects the same report.
  const read = await fetch(`${server.url}/api/events/${id}`);
  const { event } = (await read.json()) as { event: { summary: { en: string } } };
  const other = await fetch(`${server.url}/api/events/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'if-match': read.headers.get('etag')! },
    body: JSON.stringify({ event: { ...event, summary: { ...event.summary, en: 'Corrected by someone else first' } }, author: 'Someone else', note: 'first' }),
  });
  expect(other.status).toBe(200);

  await form.getByLabel('Summary (en)').fill('My correction');
  await form.getByLabel('Why (kept in the history)').fill('second');
  await form.getByRole('button', { name: 'Save the correction' }).click();
  await expect(form.getByRole('status')).toContainText('Someone changed this report since you opened it');
  const now = (await (await fetch(`${server.url}/api/events/${id}`)).json()) as { event: { summary: { en: string } }; version: number };
  expect(now).toMatchObject({ version: 2, event: { summary: { en: 'Corrected by someone else first' } } });
});
