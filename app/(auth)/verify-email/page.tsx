import type { Metadata } from 'next';
import { verifyEmailAction } from '../actions';
import { ConfirmTokenForm } from '@/components/auth/confirm-token-form';
import { MissingTokenNotice } from '@/components/auth/missing-token-notice';

export const metadata: Metadata = { title: 'Confirm your email' };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-bold">Confirm your email address</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">One click and you are in.</p>
      {token ? (
        <ConfirmTokenForm token={token} label="Confirm my email" action={verifyEmailAction} retryHref="/login" retryLabel="Log in to get a new link" />
      ) : (
        <MissingTokenNotice retryHref="/login" retryLabel="Log in to get a new link" />
      )}
    </>
  );
}
