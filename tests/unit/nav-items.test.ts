import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appNavSections, navItemsFor } from '@/components/app/nav-items';
import { can } from '@/lib/workspaces/permissions';

/** The permission a dashboard page (or its layout) demands, read from its requireWorkspacePage call. */
function pagePermission(href: string): string | null {
  const found: string[] = [];
  for (const file of [`app/(app)${href}/page.tsx`, `app/(app)${href}/layout.tsx`]) {
    let source = '';
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const match of source.matchAll(/requireWorkspacePage\(\s*'([a-z.-]+)'\s*\)/g)) found.push(match[1]!);
  }
  expect(new Set(found).size, `${href} asks for more than one permission`).toBeLessThanOrEqual(1);
  return found[0] ?? null;
}

describe('sidebar navigation', () => {
  it('names the permission each section page actually requires', () => {
    for (const section of appNavSections) expect([section.href, section.permission]).toEqual([section.href, pagePermission(section.href)]);
  });

  it('shows a role only the sections it may open (issue 14: no 403 page from the nav)', () => {
    const labels = (role: 'owner' | 'admin' | 'agent') => navItemsFor((permission) => can(role, permission)).map((item) => item.label);
    expect(labels('agent')).toEqual(['Inbox', 'Contacts', 'Channels', 'Reports', 'Team', 'Settings']);
    expect(labels('admin')).toEqual(['Inbox', 'Contacts', 'AI assistant', 'Channels', 'Automations', 'Reports', 'Team', 'Settings', 'Audit log']);
    expect(labels('owner')).toEqual(['Inbox', 'Contacts', 'AI assistant', 'Channels', 'Automations', 'Reports', 'Team', 'Billing', 'Settings', 'Audit log']);
  });
});
