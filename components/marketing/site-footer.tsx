import Link from 'next/link';
import { ManageCookiesButton } from '@/components/consent/manage-cookies-button';
import { Logo } from '@/components/ui/logo';
import { legalDocuments } from '@/lib/legal/versions';

const legalLinks = [
  { href: legalDocuments.privacy.path, label: 'Privacy' },
  { href: legalDocuments.cookies.path, label: 'Cookies' },
  { href: legalDocuments.terms.path, label: 'Terms' },
  { href: legalDocuments.dataDeletion.path, label: 'Data deletion' },
] as const;

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:px-6 md:grid-cols-[1fr_auto_auto]">
        <div>
          <p className="flex items-center gap-2 font-semibold text-slate-900"><Logo className="h-6 w-6" /> Relaydesk</p>
          <p className="mt-2 max-w-xs text-slate-600">The AI-assisted inbox for Instagram, Messenger and WhatsApp.</p>
        </div>
        <nav aria-label="Product">
          <h2 className="font-semibold text-slate-900">Product</h2>
          <ul className="mt-3 space-y-2 text-slate-600">
            <li><Link href="/#features" className="hover:text-slate-900 hover:underline">Features</Link></li>
            <li><Link href="/pricing" className="hover:text-slate-900 hover:underline">Pricing</Link></li>
            <li><Link href="/signup" className="hover:text-slate-900 hover:underline">Start free</Link></li>
            <li><Link href="/login" className="hover:text-slate-900 hover:underline">Log in</Link></li>
          </ul>
        </nav>
        <nav aria-label="Legal">
          <h2 className="font-semibold text-slate-900">Legal</h2>
          <ul className="mt-3 space-y-2 text-slate-600">
            {legalLinks.map((l) => <li key={l.href}><Link href={l.href} className="hover:text-slate-900 hover:underline">{l.label}</Link></li>)}
            <li><ManageCookiesButton /></li>
          </ul>
        </nav>
      </div>
      <div className="border-t border-slate-200">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-slate-500 sm:px-6">© {new Date().getFullYear()} Relaydesk. Prices exclude VAT.</p>
      </div>
    </footer>
  );
}
