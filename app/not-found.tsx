import Link from 'next/link';

/** No language is known here, so both are given. */
export default function NotFound() {
  return (
    <main className="data-error">
      <h1>
        Not found · <span lang="ar" dir="rtl">غير موجود</span>
      </h1>
      <p>
        There is nothing at this address. <Link href="/">Back to the map</Link>
      </p>
      <p lang="ar" dir="rtl">
        لا شيء في هذا العنوان. <Link href="/?lang=ar">العودة إلى الخريطة</Link>
      </p>
    </main>
  );
}
