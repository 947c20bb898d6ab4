import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="data-error">
      <h1>Not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Back to the map</Link>
      </p>
    </main>
  );
}
