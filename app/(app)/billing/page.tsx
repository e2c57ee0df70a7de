import type { Metadata } from 'next';
import { ComingSection } from '@/components/app/coming-section';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Billing' };

export default async function BillingPage() {
  await requireWorkspacePage('billing.manage');
  return <ComingSection title="Billing" body="Plans and payments through Stripe are not built yet. Only the workspace owner will see this page." items={['Plans and usage', 'Invoices and payment method']} />;
}
