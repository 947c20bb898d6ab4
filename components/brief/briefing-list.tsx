'use client';

import Link from 'next/link';
import { briefingHref } from '@/lib/url/links';
import { useI18n } from '@/components/i18n/locale-provider';
import { PageNav } from '@/components/i18n/page-nav';
import type { Briefing } from '@/lib/data/schema';

export function BriefingList({ briefings }: { briefings: readonly Briefing[] }) {
  const { locale, m, f, settings } = useI18n();
  return (
    <main className="feed">
      <PageNav />
      <h1>{m.brief.list}</h1>
      <p>{m.brief.listIntro}</p>
      {briefings.length === 0 ? (
        <p className="muted">{m.brief.none}</p>
      ) : (
        <ul className="briefing-list">
          {briefings.map((b) => (
            <li key={b.id}>
              <h2>{b.title[locale]}</h2>
              {b.summary && <p>{b.summary[locale]}</p>}
              <p className="muted">{m.brief.steps(b.steps.length, f)}</p>
              <p>
                <Link href={briefingHref(settings, b.id)}>{m.brief.present}</Link> · <Link href={briefingHref(settings, b.id, 'handout')}>{m.brief.handout}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
