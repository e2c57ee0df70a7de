import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LogInForm } from '@/components/auth/log-in-form';
import { safeNextPath } from '@/lib/auth/auth-schemas';
import { getCurrentSession } from '@/lib/auth/get-current-session';

export const metadata: Metadata = { title: 'Log in' };

export default async function LogInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getCurrentSession()) redirect(safeNextPath(next));
  return (
    <>
      <h1 className="text-xl font-bold">Log in to Relaydesk</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">Welcome back.</p>
      <LogInForm next={next ? safeNextPath(next) : undefined} />
      <p className="mt-6 text-center text-sm text-slate-600">New to Relaydesk? <Link href="/signup" className="font-semibold text-brand-700 hover:underline">Create an account</Link></p>
    </>
  );
}
