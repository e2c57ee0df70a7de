import Link from 'next/link';
import { Logo } from '@/components/ui/logo';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200/70 bg-white/80 backdrop-blur">
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold" aria-label="Relaydesk home">
          <Logo />
          <span>Relaydesk</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm sm:gap-4">
          <a href="#features" className="hidden rounded px-2 py-1 text-slate-600 hover:text-slate-900 sm:inline">Features</a>
          <a href="#how-it-works" className="hidden rounded px-2 py-1 text-slate-600 hover:text-slate-900 sm:inline">How it works</a>
          <a href="#faq" className="rounded px-2 py-1 text-slate-600 hover:text-slate-900">FAQ</a>
        </nav>
      </div>
    </header>
  );
}
