import { notFound } from 'next/navigation';
import { Handout } from '@/components/brief/handout';
import { pageData } from '@/components/dashboard/page-data';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';
import { briefingContext, readBriefing } from '@/lib/store/briefings';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function read(id: string) {
  const store = await serverStore();
  const found = await readBriefing(store, id);
  return found && { briefing: found.briefing, ...(await briefingContext(store, found.briefing)) };
}

/** A briefing's printable handout: one page per step. */
export default async function HandoutPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { data, refusal } = await pageData(() => read(id));
  if (refusal) return refusal;
  if (!data) notFound();
  const cited = new Set(data.briefing.steps.flatMap((s) => s.cites));
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <Handout briefing={data.briefing} events={data.events.filter((e) => cited.has(e.id))} articles={data.articles} />
    </LocaleProvider>
  );
}
