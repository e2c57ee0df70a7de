import type { Metadata } from 'next';
import { confirmEmailChangeAction } from '../actions';
import { ConfirmTokenForm } from '@/components/auth/confirm-token-form';
import { MissingTokenNotice } from '@/components/auth/missing-token-notice';

export const metadata: Metadata = { title: 'Confirm your new email' };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="mb-6 text-xl font-bold">Confirm your new email address</h1>
      {token ? (
        <ConfirmTokenForm token={token} label="Use this email address" action={confirmEmailChangeAction} retryHref="/settings/account" retryLabel="Request a new confirmation link" />
      ) : (
        <MissingTokenNotice retryHref="/settings/account" retryLabel="Request a new confirmation link" />
      )}
    </>
  );
}
