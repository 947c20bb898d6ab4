import { expect, test } from '@playwright/test';

test('the review page is read-only on a server that does not write, and says how to make a draft', async ({ page, request }) => {
  await page.goto('/review');
  await expect(page.getByRole('heading', { name: 'Drafts to review' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'does not write' })).toBeVisible();
  await expect(page.getByText('npm run ingest -- <article.txt>')).toBeVisible();
  const put = await request.put('/api/drafts/005_0123456789abcdef', { data: {} });
  expect(put.status()).toBe(403);
});
