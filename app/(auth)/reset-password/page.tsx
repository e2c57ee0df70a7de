import type { Metadata } from 'next';
import { MissingTokenNotice } from '@/components/auth/missing-token-notice';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="mb-6 text-xl font-bold">Choose a new password</h1>
      {token ? <ResetPasswordForm token={token} /> : <MissingTokenNotice retryHref="/forgot-password" retryLabel="Request a new reset link" />}
    </>
  );
}
