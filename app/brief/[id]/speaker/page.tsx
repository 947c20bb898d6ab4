import { notFound } from 'next/navigation';
import { SpeakerView } from '@/components/brief/speaker-view';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The speaker view of a briefing, opened beside its presentation. */
export default async function SpeakerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  const briefing = dataset.briefings.find((b) => b.id === id);
  if (!briefing) notFound();
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <SpeakerView briefing={briefing} events={dataset.events.filter((e) => briefing.steps.some((s) => s.cites.includes(e.id)))} />
    </LocaleProvider>
  );
}
