import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/auth/sign-up-form';

export const metadata: Metadata = { title: 'Create your account' };

export default function SignUpPage() {
  return (
    <>
      <h1 className="text-xl font-bold">Create your Relaydesk account</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">One inbox for Instagram, Messenger and WhatsApp, with an AI assistant.</p>
      <SignUpForm />
      <p className="mt-6 text-center text-sm text-slate-600">Already have an account? <Link href="/login" className="font-semibold text-brand-700 hover:underline">Log in</Link></p>
    </>
  );
}
