import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { chosenPlanFromQuery, planOptionValue } from '@/lib/billing/billing.schema';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[]; period?: string | string[] }> }) {
  // /pricing links here with ?plan=growth&period=yearly; the choice rides along in the form.
  const chosen = chosenPlanFromQuery(await searchParams);
  return (
    <>
      <SignUpForm plan={planOptionValue(chosen)} />
      <p className="mt-6 text-center text-sm text-slate-600">Already have an account? <Link href="/login" className="font-semibold text-brand-700 hover:underline">Log in</Link></p>
    </>
  );
}
