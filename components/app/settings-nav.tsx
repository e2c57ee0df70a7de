'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isCurrentSection, type NavItem } from './app-nav';

/** Horizontal tabs between settings pages; scrolls sideways on phones. */
export function SettingsNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 px-1">
        {items.map((item) => {
          const active = isCurrentSection(pathname, item.href);
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
