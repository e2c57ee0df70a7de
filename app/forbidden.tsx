import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-bold">You do not have access to this page</h1>
      <p className="mt-3 text-slate-600">Your role in this workspace does not include it. Ask an owner or admin if you need access.</p>
      <Link href="/inbox" className="mt-6 font-semibold text-brand-700 hover:underline">Go to the inbox</Link>
    </main>
  );
}
