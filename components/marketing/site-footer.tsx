import Link from 'next/link';
import { ManageCookiesButton } from '@/components/consent/manage-cookies-button';

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-500 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© {new Date().getFullYear()} Relaydesk</p>
        <p>AI-assisted inbox for Instagram, Messenger and WhatsApp.</p>
        <nav aria-label="Legal" className="flex gap-4">
          <Link href="/cookies" className="rounded hover:text-slate-900 hover:underline">Cookie Policy</Link>
          <ManageCookiesButton />
        </nav>
      </div>
    </footer>
  );
}
