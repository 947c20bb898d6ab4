import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { fixtureText } from '../lib/testing/fixture';
import { waitForMapIdle, waitForMapReady } from './helpers/map';

interface Step {
  date: { start: string; end?: string };
  caption: { en: string; ar: string };
}

const BRIEFING = 'coalition-drawdown';

async function briefing(): Promise<{ steps: Step[] }> {
  return JSON.parse(fixtureText(`briefings/${BRIEFING}.json`));
}

/** Console errors and uncaught exceptions on a page. */
function errors(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => m.type() === 'error' && seen.push(m.text()));
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}

async function expectStep(page: Page, n: number, step: Step) {
  await expect(page.locator('.brief')).toHaveAttribute('data-step', String(n));
  await expect(page.locator('.brief-date')).toHaveAttribute('data-date', step.date.end ?? step.date.start);
  await expect(page.locator('.brief-caption-text')).toHaveText(step.caption.en);
}

test('the seed briefing steps forward with PageDown, each step with its date and caption', async ({ page }, testInfo) => {
  const { steps } = await briefing();
  const seen = errors(page);
  await page.goto(`/brief/${BRIEFING}`);
  await waitForMapReady(page);
  for (const [i, step] of steps.entries()) {
    await expectStep(page, i + 1, step);
    if ([0, 3, 6].includes(i)) {
      await waitForMapIdle(page);
      await page.screenshot({ path: testInfo.outputPath(`brief-step-${i + 1}-1080p.png`) });
    }
    await page.keyboard.press('PageDown');
  }
  // Past the last step it stays there; PageUp goes back.
  await expectStep(page, steps.length, steps.at(-1)!);
  await page.keyboard.press('PageUp');
  await expectStep(page, steps.length - 1, steps.at(-2)!);
  expect(seen).toEqual([]);
});

test('B blanks the screen, a link restores its step, and the speaker view follows and moves it', async ({ page, context }) => {
  const { steps } = await briefing();
  await page.goto(`/brief/${BRIEFING}?step=3`);
  await waitForMapReady(page);
  await expectStep(page, 3, steps[2]!);
  await page.keyboard.press('b');
  await expect(page.locator('.brief-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.brief-blank')).toHaveCount(0);

  // "Copy link" gives the URL of this step (where the clipboard is refused, it is shown to copy).
  await page.keyboard.press('PageDown');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/[?&]step=4\b/);
  const other = await context.newPage();
  await other.goto(link);
  await waitForMapReady(other);
  await expectStep(other, 4, steps[3]!);
  await other.close();

  const speaker = await context.newPage();
  await speaker.goto(`/brief/${BRIEFING}/speaker`);
  await expect(speaker.getByRole('heading', { name: /Now: Step 4 of/ })).toBeVisible();
  await speaker.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 5, steps[4]!);
  await expect(speaker.getByRole('heading', { name: /Now: Step 5 of/ })).toBeVisible();
});

test('an event added to the data while presenting shows up flagged as new', async ({ page }) => {
  await page.goto(`/brief/${BRIEFING}?step=4`);
  await waitForMapReady(page);
  // The presentation asks for the events added since it opened; the server answers with one.
  await page.route(`**/api/briefings/${BRIEFING}/context?since=*`, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    const added = { ...body.events[0], id: 'added-while-presenting', summary: { en: 'A report added while presenting', ar: 'تقرير أضيف أثناء العرض' } };
    await route.fulfill({ response, json: { ...body, fresh: [added] } });
  });
  // SWR revalidates every few seconds while presenting; a focus makes it now.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByRole('list', { name: 'New since the briefing opened' })).toContainText('A report added while presenting', { timeout: 15_000 });
  await expect(page.locator('.brief')).toHaveAttribute('data-step', '4');
});

test('Export PNG renders the view at 1920×1080 and 3840×2160, not blank', async ({ page }) => {
  await page.goto(`/brief/${BRIEFING}?step=4`);
  await waitForMapReady(page);
  await waitForMapIdle(page);
  for (const [index, [width, height]] of [
    [1920, 1080],
    [3840, 2160],
  ].entries()) {
    await page.getByRole('combobox', { name: 'Export PNG' }).selectOption(String(index));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(download.suggestedFilename()).toBe(`sitrep-${BRIEFING}-step-4-${width}x${height}.png`);
    const png = await readFile((await download.path())!);
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
    // Not blank: decoded in the page, a grid of samples holds many colours (map, routes, text).
    const colours = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const seen = new Set<string>();
      for (let y = 0; y < image.height; y += Math.floor(image.height / 40))
        for (let x = 0; x < image.width; x += Math.floor(image.width / 60)) seen.add(ctx.getImageData(x, y, 1, 1).data.join(','));
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(30);
  }
});

test('the handout prints one page per step, with captions and citations', async ({ page }) => {
  const { steps } = await briefing();
  await page.goto(`/brief/${BRIEFING}/handout`);
  await expect(page.locator('.handout-page')).toHaveCount(steps.length);
  await expect(page.locator('.handout-page').nth(3)).toContainText(steps[3]!.caption.en);
  await expect(page.locator('.handout-page').nth(3).locator('blockquote').first()).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  expect(pages).toHaveLength(steps.length);
});

test('an unattended screen advances after each step’s dwell, and loops from the last step to the first', async ({ page }) => {
  test.setTimeout(90_000);
  const { steps } = await briefing();
  const last = steps.length;
  await page.goto(`/brief/${BRIEFING}?step=${last}&auto=1&loop=1`);
  await waitForMapReady(page);
  await expectStep(page, last, steps[last - 1]!);
  const dwell = ((steps[last - 1] as Step & { dwell?: number }).dwell ?? 12) * 1000;
  await expect(page.locator('.brief')).toHaveAttribute('data-step', '1', { timeout: dwell + 10_000 });
  await expect(page).toHaveURL(/[?&]step=1\b/);
});
