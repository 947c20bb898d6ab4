/**
 * Text normalization for search across Arabic and English. Both the text searched and the query go
 * through the same steps, so that spelling variants meet:
 * - Arabic: diacritics (harakat, shadda, sukun, dagger alef) and tatweel are dropped; alef forms
 *   (أ إ آ ٱ) become ا; ta marbuta ة becomes ه; alef maqsura ى becomes ي; hamza seats ؤ ئ become و ي;
 *   Arabic-Indic digits become 0–9. The clitics و ب ف ل ك and the article ال are stripped from the
 *   front of a word (وال، بال، لل…) where enough of the word is left.
 * - Latin: lower case, accents dropped, and the common transliteration variants folded: ee/ii → i,
 *   oo/ou → u, ay → ai, and the article al-/el- dropped, so "Ayn al-Asad" meets "Ain al-Asad" and
 *   "Waleed" meets "Walid".
 */

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي' };
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** One string, normalized letter by letter (no word-level steps): the form matches are made in. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱةىؤئ]/g, (c) => FOLD[c]!)
    .replace(ARABIC_DIGITS, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90 % 10))
    .toLowerCase();
}

const ARABIC_LETTER = /[\u0621-\u064A]/;
/** Longest first, so that وال is taken before و. */
const ARABIC_PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ف', 'ل', 'ك'];
/** A stripped word keeps at least this many letters, so short words are not cut to nothing. */
const MIN_STEM = 2;

/** The forms a word can be found under: itself, and without its leading clitics and article. */
function arabicStems(word: string): string[] {
  const stems = [word];
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM + (prefix.length === 1 ? 1 : 0)) {
      stems.push(word.slice(prefix.length));
    }
  }
  return [...new Set(stems)];
}

function latinWord(word: string): string {
  return word.replace(/ee|ii/g, 'i').replace(/oo|ou/g, 'u').replace(/ay/g, 'ai');
}

const LATIN_ARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'az']);

const SEGMENTER = new Intl.Segmenter('ar', { granularity: 'word' });
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * The words of text[from, to), with their offsets in text: the word-like segments of
 * Intl.Segmenter, cut again at anything that is neither a letter, a mark nor a digit (so «al-Asad»
 * is two words, as the search index has always had it).
 */
export function wordSpans(text: string, from = 0, to = text.length): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const s of SEGMENTER.segment(text.slice(from, to))) {
    if (!s.isWordLike) continue;
    let at = from + s.index;
    for (const piece of s.segment.split(NOT_WORD)) {
      const start = text.indexOf(piece, at);
      if (piece) out.push({ start, end: start + piece.length, text: piece });
      at = start + piece.length;
    }
  }
  return out;
}

/** The words of a text, normalized: each one the list of forms it can be found under. */
export function searchTerms(text: string): string[][] {
  const words = wordSpans(foldText(text)).map((w) => w.text);
  const terms: string[][] = [];
  for (const word of words) {
    if (ARABIC_LETTER.test(word)) terms.push(arabicStems(word));
    else if (!LATIN_ARTICLES.has(word)) terms.push([latinWord(word)]);
  }
  return terms;
}

/**
 * True when every word of the query is found, as a whole word or the start of one, among the words
 * of the text (in any of their forms). An empty query matches nothing.
 */
export function matchesQuery(textTerms: readonly string[][], query: string): boolean {
  const wanted = searchTerms(query);
  if (wanted.length === 0) return false;
  return wanted.every((forms) => textTerms.some((have) => forms.some((q) => have.some((h) => h.startsWith(q)))));
}
