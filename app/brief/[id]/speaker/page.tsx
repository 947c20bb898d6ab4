import { notFound } from 'next/navigation';
import { SpeakerView } from '@/components/brief/speaker-view';
import { pageData } from '@/components/dashboard/page-data';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';
import { readBriefing } from '@/lib/store/briefings';
import { eventsById } from '@/lib/store/lists';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function read(id: string) {
  const store = await serverStore();
  const found = await readBriefing(store, id);
  return found && { briefing: found.briefing, events: await eventsById(store, [...new Set(found.briefing.steps.flatMap((s) => s.cites))]) };
}

/** The speaker view of a briefing, opened beside its presentation. */
export default async function SpeakerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { data, refusal } = await pageData(() => read(id));
  if (refusal) return refusal;
  if (!data) notFound();
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <SpeakerView briefing={data.briefing} events={data.events} />
    </LocaleProvider>
  );
}
