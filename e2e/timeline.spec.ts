import { expect, test, type Page } from '@playwright/test';
import { animationFrames, datasetLanes, laneOfEvent, routeColors, waitForMapIdle } from './helpers/map';

const CONVOY = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';
const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });

/** Whether the movement layer draws anything along a movement's lane at the timeline's date. */
async function routeDrawn(page: Page, id: string): Promise<boolean> {
  const route = (await datasetLanes()).get(await laneOfEvent(id))!;
  return (await routeColors(page, route.coordinates)).length > 0;
}

test('stepping event by event with the keyboard reaches the al-Waleed convoy, drawn and listed', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'All dates');
  await slider(page).focus();
  await page.keyboard.press('Home');
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const text = (await slider(page).getAttribute('aria-valuetext'))!;
    seen.push(text);
    if (text.includes('2 October 2024')) break;
    await page.keyboard.press('Shift+ArrowRight');
  }
  expect(seen.at(-1)).toBe('Wednesday, 2 October 2024');
  // Each step landed on a different event date, in order.
  expect(new Set(seen).size).toBe(seen.length);
  await expect(page).toHaveURL(/[?&]t=2024-10-02\b/);

  const strip = page.getByRole('region', { name: 'On this date' });
  await expect(strip).toContainText('US convoy enters Anbar from Syria through the al-Waleed crossing');
  await expect(strip).toContainText('reported');
  expect(await routeDrawn(page, CONVOY)).toBe(true);
  // A route that comes later is not drawn yet.
  expect(await routeDrawn(page, 'planned-iraq-to-kuwait-2026-09')).toBe(false);
  await expect(page.locator(`button.route-handle[data-event-id="${CONVOY}"]`)).toBeVisible();
  await expect(page.locator('button.route-handle[data-event-id="planned-iraq-to-kuwait-2026-09"]')).toBeHidden();
  // The legend explains only the route styles on screen: no plan has been reported yet.
  await expect(page.getByRole('region', { name: 'Legend' })).not.toContainText('Planned');

  // One day on with the arrow key; the convoy's day is over, its trail remains.
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Thursday, 3 October 2024');
  await expect(strip).not.toContainText('US convoy enters Anbar');
});

test('Play advances the date and Pause stops it', async ({ page }) => {
  await page.goto('/?t=2024-01-20&speed=month');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/[?&]play=1\b/);
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', 'Saturday, 20 January 2024');
  // It only ever moves forward, even as the URL follows it: each date waits for the next.
  const dates: number[] = [];
  for (let i = 0; i < 8; i++) {
    const text = (await slider(page).getAttribute('aria-valuetext'))!;
    dates.push(Date.parse(text.split(', ')[1]!));
    await expect(slider(page)).not.toHaveAttribute('aria-valuetext', text);
  }
  expect(dates).toEqual([...dates].sort((a, b) => a - b));
  expect(dates.at(-1)!).toBeGreaterThan(dates[0]!);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page).not.toHaveURL(/play=1/);
  const paused = await slider(page).getAttribute('aria-valuetext');
  // Playing moves the date on every animation frame; paused, a second's worth of frames leaves it.
  await animationFrames(page, 60);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', paused!);
});

test('pressing a tick jumps to its event, and dragging from it scrubs the map with it', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const tick = page.getByRole('button', { name: '2 Oct 2024, movement' });
  await tick.click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Wednesday, 2 October 2024');
  expect(await routeDrawn(page, CONVOY)).toBe(true);

  // A drag that starts on a tick still scrubs: here to the end of the track, where plans are overdue.
  const box = (await page.locator('.timeline-track').boundingBox())!;
  const start = (await tick.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + ((box.x + box.width - 1 - start.x) * i) / 10, box.y + box.height / 2);
  await page.mouse.up();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /September 2026$/);
  await expect(page.locator(`button.route-handle[data-event-id="${CONVOY}"]`)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Overdue plan');
});

test('the benchmark page is not served unless the benchmark asks for it', async ({ page }) => {
  await page.goto('/bench?n=1000&mode=app');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sitrep benchmark' })).toHaveCount(0);
});

test('the URL restores the date, and Back returns to the previous one', async ({ page }) => {
  await page.goto('/?t=2024-10-02');
  await waitForMapIdle(page);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Wednesday, 2 October 2024');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/[?&]t=2024-10-11\b/);
  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Wednesday, 2 October 2024');
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(page).not.toHaveURL(/t=/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'All dates');
});

test('with reduced motion, playing steps a whole unit at a time instead of animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?t=2024-10-02&speed=week');
  await waitForMapIdle(page);
  // Every date the slider shows while playing, as it shows them.
  await page.evaluate(() => {
    const slider = document.querySelector('[role="slider"]')!;
    const seen = [slider.getAttribute('aria-valuetext')];
    (window as unknown as { seen: unknown[] }).seen = seen;
    new MutationObserver(() => seen.push(slider.getAttribute('aria-valuetext'))).observe(slider, { attributeFilter: ['aria-valuetext'] });
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Wednesday, 9 October 2024');
  await page.getByRole('button', { name: 'Pause' }).click();
  // A whole week at once: no day in between was ever shown.
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect([...new Set(seen)].slice(0, 2)).toEqual(['Wednesday, 2 October 2024', 'Wednesday, 9 October 2024']);
});

test('screenshots of three dates', async ({ page }, testInfo) => {
  for (const date of ['2024-01-23', '2024-10-02', '2025-08-30']) {
    await page.goto(`/?t=${date}`);
    await waitForMapIdle(page);
    const body = await page.screenshot({ path: testInfo.outputPath(`timeline-${date}.png`) });
    await testInfo.attach(`timeline-${date}`, { body, contentType: 'image/png' });
  }
});
