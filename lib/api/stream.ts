/** Responses that stream (exports of any size), and the server's own time as a Server-Timing header. */

/** A response whose body is the text chunks as they are made, never the whole file in memory. */
export function streamResponse(chunks: AsyncIterable<string>, headers: HeadersInit): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // Headers are gone already: the client sees a cut download, the log says why.
        console.error(error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, { headers });
}

/** `Server-Timing: db;dur=12.3`, from a start taken with performance.now(). */
export const serverTiming = (started: number, name = 'db') => ({ 'Server-Timing': `${name};dur=${(performance.now() - started).toFixed(1)}` });
