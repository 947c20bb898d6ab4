/**
 * Hands a file to the browser to save, without a round trip to the server. The object URL is
 * revoked a little later, not at once: revoking it in the same task can cancel a large download.
 */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
