import { notFound } from 'next/navigation';
import { BenchFloor } from '@/components/bench/bench-view';

// Served only to `npm run bench`, which sets SITREP_BENCH=1 when it starts the server.
export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · benchmark floor' };

export default function BenchPage() {
  if (process.env.SITREP_BENCH !== '1') notFound();
  return <BenchFloor />;
}
