import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Relaydesk — the AI inbox for Instagram, Messenger and WhatsApp', template: '%s · Relaydesk' },
  description: 'One shared inbox for Instagram DMs and comments, Messenger and WhatsApp, with an AI assistant that drafts or sends replies in your brand voice.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#3b54e6' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce requires.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-white font-sans text-slate-900">{children}</body>
    </html>
  );
}
