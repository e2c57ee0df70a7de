import { TabNav } from '@/components/app/tab-nav';
import { requireWorkspacePage } from '@/lib/workspaces/context';

/** Tabs across the settings pages; admin-only pages are listed only for roles that may open them. */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireWorkspacePage();
  const items = [
    { href: '/settings/account', label: 'Account' },
    ...(ctx.can('workspace.rename') ? [{ href: '/settings/workspace', label: 'Workspace' }] : []),
    ...(ctx.can('inbox.use') ? [{ href: '/settings/canned-responses', label: 'Canned responses' }] : []),
    ...(ctx.can('settings.manage') ? [{ href: '/settings/labels', label: 'Labels' }] : []),
    ...(ctx.can('contacts.configure') ? [{ href: '/settings/contact-fields', label: 'Contact fields' }] : []),
  ];
  return (
    <div className="space-y-6">
      <TabNav label="Settings" items={items} />
      {children}
    </div>
  );
}
