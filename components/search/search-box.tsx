'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type UIEvent } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { SearchResponse } from '@/lib/api/responses';
import type { SearchHit } from '@/lib/search/search';
import { articleHref } from '@/lib/url/links';
import { useI18n } from '@/components/i18n/locale-provider';

/** How long typing must pause before a search is sent. */
const DEBOUNCE_MS = 150;
/** How close to the end of the list (in pixels) scrolling loads the next page. */
const LOAD_MARGIN_PX = 80;

async function fetchResults(url: string): Promise<SearchResponse> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search failed (${response.status})`);
  return response.json() as Promise<SearchResponse>;
}

const searchUrl = (q: string, cursor: string | null) => `/api/search?q=${encodeURIComponent(q)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

interface SearchBoxProps {
  /** Go to a place (opens its panel). */
  onPlace: (placeId: string) => void;
  /** Go to an event: the timeline to its date, and its place. */
  onEvent: (eventId: string, date: string, placeId: string | null) => void;
}

/**
 * One box that finds places, events and article passages, in Arabic or English, spelling variants
 * included (lib/store/search.ts). ↓ moves into the results, Escape closes them. The results come a
 * page at a time: scrolling to the end of the list, or ↓ past its last result, loads the next. A
 * passage opens the article reader at that passage.
 */
export function SearchBox({ onPlace, onEvent }: SearchBoxProps) {
  const { m, f } = useI18n();
  const [query, setQuery] = useState('');
  const [sent, setSent] = useState('');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** The result to focus once the page that holds it has come (↓ past the last one). */
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSent(query.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const getKey = (index: number, previous: SearchResponse | null) => (!sent ? null : index === 0 ? searchUrl(sent, null) : previous?.next ? searchUrl(sent, previous.next) : null);
  const { data, error, isLoading, size, setSize } = useSWRInfinite(getKey, fetchResults, { keepPreviousData: true, revalidateFirstPage: false });
  const current = sent && data?.[0]?.query === sent ? data : undefined;
  const results = current?.flatMap((page) => page.items) ?? [];
  const total = current?.[0]?.total;
  const more = Boolean(current?.at(-1)?.next);
  const loadingMore = current !== undefined && size > current.length;
  const shown = open && sent.length > 0;

  const loadMore = () => {
    if (more && !loadingMore) void setSize(current!.length + 1);
  };
  const items = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[data-search-result]') ?? [])];
  useEffect(() => {
    const at = focusNext.current;
    if (at !== null && at < results.length) {
      focusNext.current = null;
      items()[at]?.focus();
    }
  });

  const close = () => {
    setOpen(false);
    inputRef.current?.focus();
  };
  const choose = (hit: SearchHit) => {
    setOpen(false);
    if (hit.kind === 'place') onPlace(hit.id);
    else if (hit.kind === 'event') onEvent(hit.id, hit.date.start, hit.placeId);
  };
  const onInputKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results.length > 0) {
      e.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => items()[0]?.focus());
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') {
      if (at === all.length - 1 && more) {
        focusNext.current = at + 1;
        loadMore();
      } else all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') (at <= 0 ? inputRef.current : all[at - 1])?.focus();
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  };
  const onScroll = (e: UIEvent<HTMLElement>) => {
    const box = e.currentTarget;
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - LOAD_MARGIN_PX) loadMore();
  };
  // Past the count it can afford, the server says "1,000 and more": the number reads "1,000+".
  const countFormats = total?.more ? { ...f, number: (n: number, digits?: number) => `${f.number(n, digits)}+` } : f;
  const status = error
    ? m.search.failed(error.message)
    : (isLoading && results.length === 0) || !total
      ? m.search.searching
      : m.search.count(total.count, sent, countFormats);

  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {m.search.label}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        dir="auto"
        placeholder={m.search.placeholder}
        autoComplete="off"
        value={query}
        aria-controls={listId}
        aria-expanded={shown}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onInputKey}
      />
      {shown && (
        <div className="search-results" onScroll={onScroll}>
          <p className="search-status" role="status">
            {status}
          </p>
          <ul id={listId} ref={listRef} aria-label={m.search.results} onKeyDown={onListKey}>
            {results.map((hit) => (
              <li key={hitKey(hit)}>
                <ResultItem hit={hit} onChoose={() => choose(hit)} />
              </li>
            ))}
          </ul>
          {loadingMore && <p className="search-status">{m.search.searching}</p>}
        </div>
      )}
    </div>
  );
}

function hitKey(hit: SearchHit): string {
  return hit.kind === 'passage' ? `passage:${hit.articleId}:${hit.start}` : `${hit.kind}:${hit.id}`;
}

function ResultItem({ hit, onChoose }: { hit: SearchHit; onChoose: () => void }) {
  const { locale, m, f, settings } = useI18n();
  const other = locale === 'ar' ? 'en' : 'ar';
  if (hit.kind === 'passage') {
    return (
      <Link data-search-result href={articleHref(settings, hit.articleId, { start: hit.start, end: hit.end })} className="search-result">
        <span className="search-kind">{hit.appended ? m.search.appendedPassage : m.search.passage}</span>
        <span dir="rtl" lang="ar" className="search-context">
          {hit.text.length > 160 ? `${hit.text.slice(0, 160)}…` : hit.text}
        </span>
        <span className="muted">{hit.title[locale]}</span>
      </Link>
    );
  }
  const names = hit.kind === 'place' ? hit.name : hit.summary;
  return (
    <button type="button" data-search-result className="search-result" onClick={onChoose}>
      <span className="search-kind">{hit.kind === 'place' ? m.search.place : m.search.event(f.dateClaim(hit.date), hit.date.inferred)}</span>
      <span lang={locale}>{names[locale]}</span>
      <span dir={other === 'ar' ? 'rtl' : 'ltr'} lang={other} className="search-context">
        {names[other]}
      </span>
    </button>
  );
}
