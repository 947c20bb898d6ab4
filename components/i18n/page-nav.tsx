'use client';

import Link from 'next/link';
import { LanguageSwitch } from './language-switch';
import { useI18n } from './locale-provider';

/** The top of a page away from the map: the way back to it, in the page's language, and the language switch. */
export function PageNav() {
  const { m, href } = useI18n();
  return (
    <nav className="page-nav">
      <Link href={href('/')}>{m.app.backToMap}</Link>
      <LanguageSwitch />
    </nav>
  );
}
