'use client';
import { useActionState } from 'react';
import { openPortalAction } from '@/app/(app)/billing/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

/** Opens Stripe's Customer Portal: change plan or period, cancel or renew, payment method, invoices. */
export function ManageSubscriptionForm({ label = 'Manage subscription', variant = 'primary' }: { label?: string; variant?: 'primary' | 'secondary' }) {
  const [state, action] = useActionState(openPortalAction, initialActionResult);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingLabel="Opening the billing portal…">{label}</SubmitButton>
    </form>
  );
}
