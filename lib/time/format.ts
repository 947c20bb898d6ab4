/** Dates in English words, for text that is not shown in the interface's language (citations, exports, labels for tools). */
import type { DateClaim } from '@/lib/data/schema';
import { formats } from '@/lib/i18n/format';
import { DEFAULT_SETTINGS } from '@/lib/i18n/locale';

/** "2 Oct 2024", "during September 2025", "during 2025" or "between 7 Dec 2024 and 8 Dec 2024". */
export const formatDateClaim = (date: Pick<DateClaim, 'start' | 'end' | 'precision'>): string => formats(DEFAULT_SETTINGS).dateClaim(date);
