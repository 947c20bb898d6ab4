/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 * Without a header (null), just the rows: a later piece of a CSV that streams.
 */
export function toCsv(header: readonly string[] | null, rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = header ? [header, ...rows] : rows;
  return lines.length === 0 ? '' : lines.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
