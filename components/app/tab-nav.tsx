'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isCurrentSection, type NavItem } from './app-nav';

/** A tab; `exact` for a tab whose siblings live below its own path (/agent vs /agent/usage). */
export type TabItem = NavItem & { exact?: boolean };

/** Horizontal tabs between the pages of one area (settings, agent); scrolls sideways on phones. */
export function TabNav({ label, items }: { label: string; items: TabItem[] }) {
  // Null only under the Pages Router (public pages), which never renders this.
  const pathname = usePathname() ?? '';
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 px-1">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : isCurrentSection(pathname, item.href);
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
