/**
 * What ingest accepts as an article: UTF-8 plain text of a sensible size. Anything else is refused
 * with a message that says what is wrong and what to do, before anything is written.
 */

/** The seed articles are 10–30 KB; a news page saved as text is well under this. */
export const MAX_ARTICLE_BYTES = 1_000_000;

export class IngestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestInputError';
  }
}

/** The text of an article file, or an IngestInputError naming the problem. */
export function articleText(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestInputError(`${name} is empty.`);
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new IngestInputError(`${name} is ${(bytes.length / 1_000_000).toFixed(1)} MB; an article is at most ${MAX_ARTICLE_BYTES / 1_000_000} MB of text. Is it the right file?`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestInputError(`${name} is not UTF-8 text. Save the article as UTF-8 plain text (for Windows-1256, convert it with iconv -f CP1256 -t UTF-8).`);
  }
  if (text.includes('\u0000')) throw new IngestInputError(`${name} holds binary data (NUL bytes), not text.`);
  if (text.trim() === '') throw new IngestInputError(`${name} holds only white space.`);
  const tags = text.match(/<\/?(html|head|body|div|p|span|script|style|a|meta|!doctype)\b[^>]*>/gi) ?? [];
  if (tags.length >= 5)
    throw new IngestInputError(`${name} looks like HTML (${tags.length} tags), not plain text. Save the page as text, or copy the article's text into a .txt file.`);
  if (!/[\u0621-\u064A]/.test(text)) throw new IngestInputError(`${name} holds no Arabic text; ingest reads Arabic articles.`);
  return text;
}
