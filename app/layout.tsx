import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { cookies, headers } from 'next/headers';
import { STORAGE_KEY, dirOf, settingsFromStorage } from '@/lib/i18n/locale';

export const metadata: Metadata = {
  title: 'Sitrep — reported troop movements',
  description: 'A briefing map of reported troop movements in Iraq and Syria, traced to their sources.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * Sets the page's language and direction before the first paint, from the URL or from the choice
 * kept in local storage, so that an Arabic page never flashes a left-to-right layout. The locale
 * provider keeps them in step afterwards (components/i18n/locale-provider.tsx).
 */
const PRE_PAINT = `(function(){try{var q=new URLSearchParams(location.search).get('lang'),s=null;try{s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||'null')}catch(e){}var l=q==='ar'||q==='en'?q:s&&s.locale==='ar'?'ar':'en';document.documentElement.lang=l;document.documentElement.dir=l==='ar'?'rtl':'ltr'}catch(e){}})()`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The last choice (its cookie); a page's URL may name another, which the script below applies.
  const cookie = (await cookies()).get(STORAGE_KEY)?.value;
  const locale = settingsFromStorage(cookie ? decodeURIComponent(cookie) : null)?.locale ?? 'en';
  // The request's nonce (proxy.ts), without which the policy would block the script.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang={locale} dir={dirOf(locale)} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: PRE_PAINT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
