// The sidebar's sections and the permission each one's page requires. A role sees only the
// sections it may open, so no link in the navigation leads to a 403 page
// (tests/unit/nav-items.test.ts checks each permission against the page's own requireWorkspacePage).
import type { Permission } from '@/lib/workspaces/permissions';
import type { NavItem } from './app-nav';

export const appNavSections: (NavItem & { permission: Permission | null })[] = [
  { href: '/inbox', label: 'Inbox', permission: 'inbox.use' },
  { href: '/contacts', label: 'Contacts', permission: 'contacts.view' },
  { href: '/agent', label: 'AI assistant', permission: 'agent.configure' },
  // Agents see the channels read-only.
  { href: '/channels', label: 'Channels', permission: null },
  { href: '/automations', label: 'Automations', permission: 'automations.manage' },
  { href: '/reports', label: 'Reports', permission: 'reports.view' },
  { href: '/team', label: 'Team', permission: 'team.view' },
  { href: '/billing', label: 'Billing', permission: 'billing.manage' },
  { href: '/settings/account', label: 'Settings', permission: null },
  { href: '/audit', label: 'Audit log', permission: 'audit.view' },
];

export function navItemsFor(can: (permission: Permission) => boolean): NavItem[] {
  return appNavSections.filter((section) => section.permission === null || can(section.permission)).map(({ href, label }) => ({ href, label }));
}
