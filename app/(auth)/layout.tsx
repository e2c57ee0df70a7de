import Link from 'next/link';
import { Logo } from '@/components/ui/logo';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center bg-gradient-to-b from-brand-50 to-white px-4 py-10 sm:py-16">
      <Link href="/" className="flex items-center gap-2 text-lg font-semibold" aria-label="Relaydesk home">
        <Logo className="h-8 w-8" />
        Relaydesk
      </Link>
      <main id="main" className="mt-8 w-full max-w-md rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">{children}</main>
    </div>
  );
}
