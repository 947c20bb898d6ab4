/** A quote's place in its article, as [start, end) string offsets. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Every occurrence of `quote` in `text`, exact to the code unit (no normalisation of spaces or letters). */
export function findQuote(text: string, quote: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  if (quote.length === 0) return spans;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    spans.push({ start: at, end: at + quote.length });
  }
  return spans;
}
