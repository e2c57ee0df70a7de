'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type NavItem = { href: string; label: string };

/** A link is current on its own page and on the pages below it. */
export const isCurrentSection = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** Sidebar links; the current section is marked for screen readers too. */
export function AppNav({ items }: { items: NavItem[] }) {
  // Null only under the Pages Router (public pages), which never renders this.
  const pathname = usePathname() ?? '';
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const active = isCurrentSection(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? 'page' : undefined}
              className={`block rounded-lg px-3 py-2 text-sm font-medium ${active ? 'bg-brand-50 text-brand-700' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
