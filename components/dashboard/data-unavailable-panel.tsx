/** Shown instead of a page while its database cannot be reached: never a stack trace, never half the data. */
export function DataUnavailablePanel({ message }: { message: string }) {
  return (
    <main className="data-error" role="alert">
      <h1>
        The data cannot be reached · <span lang="ar" dir="rtl">تعذّر الوصول إلى البيانات</span>
      </h1>
      <p>Sitrep cannot reach its database just now. Nothing is lost: reload this page in a moment.</p>
      <p lang="ar" dir="rtl">
        لا يستطيع Sitrep الوصول إلى قاعدة بياناته الآن. لم يُفقد شيء: أعد تحميل الصفحة بعد قليل.
      </p>
      <p>
        <code dir="auto">{message}</code>
      </p>
    </main>
  );
}
