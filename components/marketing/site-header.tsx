import Link from 'next/link';
import { Logo } from '@/components/ui/logo';

const links = [
  { href: '/#features', label: 'Features' },
  { href: '/pricing', label: 'Pricing' },
] as const;

const linkClass = 'rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900';

/** Desktop: inline nav. Phones: a <details> disclosure, so the menu needs no JavaScript. */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200/70 bg-white/90 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">Skip to content</a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold" aria-label="Relaydesk home">
          <Logo />
          <span>Relaydesk</span>
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
          {links.map((l) => <Link key={l.href} href={l.href} className={linkClass}>{l.label}</Link>)}
          <Link href="/login" className={linkClass}>Log in</Link>
          <Link href="/signup" className="ml-2 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">Start free</Link>
        </nav>
        <details className="group relative md:hidden">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
            <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true"><path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" /></svg>
            Menu
          </summary>
          <nav aria-label="Main" className="absolute right-0 mt-2 flex w-56 flex-col gap-1 rounded-xl bg-white p-2 shadow-lg ring-1 ring-slate-200">
            {links.map((l) => <Link key={l.href} href={l.href} className={linkClass}>{l.label}</Link>)}
            <Link href="/login" className={linkClass}>Log in</Link>
            <Link href="/signup" className="mt-1 rounded-lg bg-brand-600 px-3 py-2 text-center text-sm font-semibold text-white hover:bg-brand-700">Start free</Link>
          </nav>
        </details>
      </div>
    </header>
  );
}
