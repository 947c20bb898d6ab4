'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="data-error" role="alert">
      <h1>Something went wrong</h1>
      <p>The dashboard could not be shown.{error.digest ? ` Reference: ${error.digest}.` : ''}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
