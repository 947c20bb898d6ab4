import type { DataValidationError } from '@/lib/data/errors';

/** Shown instead of the dashboard when data/ fails validation: the app refuses to show bad data. */
export function DataErrorPanel({ error }: { error: DataValidationError }) {
  return (
    <main className="data-error" role="alert">
      <h1>
        The data could not be loaded · <span lang="ar" dir="rtl">تعذّر تحميل البيانات</span>
      </h1>
      <p>Sitrep refuses to show data that fails validation. Fix these problems in data/ and reload:</p>
      <p lang="ar" dir="rtl">
        يرفض Sitrep عرض بيانات لا تجتاز التحقق. أصلح هذه المشكلات في data/ ثم أعد التحميل:
      </p>
      <ul>
        {error.problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.file}</code>
            {problem.record && <> · record <code>{problem.record}</code></>}
            {problem.field && <> · field <code>{problem.field}</code></>}: <span dir="auto">{problem.problem}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
