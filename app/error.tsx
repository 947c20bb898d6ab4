'use client';

/** No language is known here, so both are given. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="data-error" role="alert">
      <h1>
        Something went wrong · <span lang="ar" dir="rtl">حدث خطأ</span>
      </h1>
      <p>The page could not be shown.{error.digest ? ` Reference: ${error.digest}.` : ''}</p>
      <p lang="ar" dir="rtl">
        تعذّر عرض الصفحة.
      </p>
      <button type="button" onClick={reset}>
        Try again · <span lang="ar">حاول مجدداً</span>
      </button>
    </main>
  );
}
