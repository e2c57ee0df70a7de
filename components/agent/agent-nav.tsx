'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type AgentNavItem = { href: string; label: string };

export const agentNavItems: AgentNavItem[] = [
  { href: '/agent', label: 'Settings' },
  { href: '/agent/knowledge', label: 'Knowledge' },
  { href: '/agent/provider', label: 'Provider' },
  { href: '/agent/usage', label: 'Usage' },
  { href: '/agent/playground', label: 'Playground' },
];

/** "/agent" is only current on itself (every other tab lives under it); the rest also match their sub-pages. */
export function isCurrentAgentTab(pathname: string, href: string): boolean {
  return href === '/agent' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** Tabs across the agent area; scrolls sideways on phones instead of wrapping. */
export function AgentNav({ items = agentNavItems }: { items?: AgentNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="AI agent" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 px-1">
        {items.map((item) => {
          const active = isCurrentAgentTab(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`-mb-px block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600 ${active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
