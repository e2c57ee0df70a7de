import Link from 'next/link';
import { logOutAction } from '@/app/(auth)/actions';
import { AppNav } from '@/components/app/app-nav';
import { navItemsFor } from '@/components/app/nav-items';
import { BillingBanner } from '@/components/billing/billing-banner';
import { getWorkspaceBilling } from '@/lib/billing/get-workspace-billing';
import { Logo } from '@/components/ui/logo';
import { roleLabels } from '@/lib/workspaces/role-labels';
import { WorkspaceSwitcher } from '@/components/app/workspace-switcher';
import { listMyWorkspaces } from '@/lib/workspaces/list-my-workspaces';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { cancelAccountDeletionAction } from '@/app/(app)/settings/account/actions';
import { KeepAccountForm } from '@/components/privacy/keep-account-form';
import { getAccountDeletion } from '@/lib/account/get-account-deletion';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireWorkspacePage();
  const [workspaces, billing, deletion] = await Promise.all([listMyWorkspaces(ctx.user.id), getWorkspaceBilling({ workspaceId: ctx.workspace.id }), getAccountDeletion({ userId: ctx.user.id })]);
  const switcher = <WorkspaceSwitcher current={{ id: ctx.workspace.id, name: ctx.workspace.name }} workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))} />;
  const items = navItemsFor(ctx.can);
  const accountMenu = (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-slate-100">
        <span className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white" aria-hidden="true">{ctx.user.name.slice(0, 1).toUpperCase()}</span>
        <span className="max-w-40 truncate">{ctx.user.name}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-60 rounded-xl bg-white p-2 shadow-lg ring-1 ring-slate-200">
        <p className="truncate px-2 py-1 text-xs text-slate-500">{ctx.user.email}</p>
        <Link href="/settings/account" className="block rounded-lg px-2 py-1.5 text-sm hover:bg-slate-100">Account settings</Link>
        <form action={logOutAction}>
          <button type="submit" className="w-full rounded-lg px-2 py-1.5 text-left text-sm hover:bg-slate-100">Log out</button>
        </form>
      </div>
    </details>
  );
  return (
    // Keyed by workspace: after a switch nothing client-side (open menus, the live inbox stream,
    // half-typed text) may carry over from the workspace that was left.
    <div key={ctx.workspace.id} className="min-h-dvh bg-slate-50 md:flex">
      <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white p-4 md:flex" aria-label="Sidebar">
        <Link href="/inbox" className="mb-6 flex items-center gap-2 font-semibold"><Logo /> Relaydesk</Link>
        <div className="mb-4">{switcher}</div>
        <nav aria-label="Main"><AppNav items={items} /></nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2">
          <details className="md:hidden">
            <summary className="cursor-pointer list-none rounded-lg px-2 py-1.5 text-sm font-medium ring-1 ring-slate-300">Menu</summary>
            <nav aria-label="Main" className="absolute left-2 right-2 z-20 mt-2 rounded-xl bg-white p-3 shadow-lg ring-1 ring-slate-200">
              <div className="mb-3">{switcher}</div>
              <AppNav items={items} />
            </nav>
          </details>
          <p className="hidden text-sm text-slate-500 md:block">{ctx.workspace.name} · {roleLabels[ctx.role]}</p>
          <BillingBanner state={billing.access.state} trialDaysLeft={billing.access.trialDaysLeft} canManage={ctx.can('billing.manage')} />
          {accountMenu}
        </header>
        {deletion.deleteAfter ? (
          <div role="alert" className="flex flex-wrap items-center justify-between gap-3 border-b border-red-200 bg-red-50 px-4 py-2.5 text-sm text-red-900" data-testid="account-deletion-banner">
            <p>Your account will be deleted on <strong>{new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(deletion.deleteAfter)}</strong>.</p>
            <KeepAccountForm action={cancelAccountDeletionAction} />
          </div>
        ) : null}
        <main id="main" className="flex-1 p-4 sm:p-6">{children}</main>
      </div>
    </div>
  );
}
