import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">This page does not exist</h1>
      <p className="mt-3 text-slate-600">The link may be old or mistyped.</p>
      <Link href="/" className="mt-6 font-semibold text-brand-700 hover:underline">Go to the home page</Link>
    </main>
  );
}
