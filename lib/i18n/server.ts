import 'server-only';
import { cookies } from 'next/headers';
import { STORAGE_KEY, settingsFromSearchParams, settingsFromStorage, type LocaleSettings } from './locale';

/** A page's language: the URL's, else the last choice (its cookie), else none (English, or local storage in the browser). */
export async function requestSettings(search: Record<string, string | string[] | undefined>): Promise<{ initial: LocaleSettings | null; fromUrl: boolean }> {
  const fromUrl = settingsFromSearchParams(search);
  if (fromUrl) return { initial: fromUrl, fromUrl: true };
  const cookie = (await cookies()).get(STORAGE_KEY)?.value;
  return { initial: settingsFromStorage(cookie ? decodeURIComponent(cookie) : null), fromUrl: false };
}
