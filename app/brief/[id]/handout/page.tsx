import { notFound } from 'next/navigation';
import { Handout } from '@/components/brief/handout';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A briefing's printable handout: one page per step. */
export default async function HandoutPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  const briefing = dataset.briefings.find((b) => b.id === id);
  if (!briefing) notFound();
  const cited = new Set(briefing.steps.flatMap((s) => s.cites));
  const events = dataset.events.filter((e) => cited.has(e.id));
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <Handout briefing={briefing} events={events} articles={dataset.articles.map((a) => a.meta)} />
    </LocaleProvider>
  );
}
