import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { BenchView } from '@/components/bench/bench-view';
import { BENCH_SIZES } from '@/lib/bench/synthetic';

// Served only to `npm run bench`, which sets SITREP_BENCH=1 when it starts the server.
export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · benchmark' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BenchPage({ searchParams }: { searchParams: Search }) {
  if (process.env.SITREP_BENCH !== '1') notFound();
  const search = await searchParams;
  const count = Number(search.n);
  if (!(BENCH_SIZES as readonly number[]).includes(count)) notFound();
  return (
    <Suspense>
      <BenchView count={count} mode={search.mode === 'floor' ? 'floor' : 'app'} />
    </Suspense>
  );
}
