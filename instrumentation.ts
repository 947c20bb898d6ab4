/** At server start, the store is opened (created and seeded on first start): lib/store/startup.ts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('@/lib/store/startup')).openAtStart();
}
