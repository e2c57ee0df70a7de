// The shared frame of every email: table layout and inline styles because mail clients
// ignore <style> blocks and flexbox; lang, title and role="presentation" for screen readers.
import type { ReactNode } from 'react';

const colors = { brand: '#3b54e6', text: '#0f172a', muted: '#475569', border: '#e2e8f0', page: '#f8fafc' };
const font = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

type LayoutProps = {
  /** Shown by inbox previews next to the subject; hidden in the body. */
  preview: string;
  heading: string;
  children: ReactNode;
};

export function EmailLayout({ preview, heading, children }: LayoutProps) {
  return (
    <html lang="en" dir="ltr">
      {/* An email document, not a Next page: next/head does not apply here. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{heading}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: colors.page, fontFamily: font, color: colors.text }}>
        <div style={{ display: 'none', maxHeight: 0, overflow: 'hidden' }}>{preview}</div>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ backgroundColor: colors.page }}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: '32px 16px' }}>
                <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ maxWidth: 560, backgroundColor: '#ffffff', border: `1px solid ${colors.border}`, borderRadius: 12 }}>
                  <tbody>
                    <tr>
                      <td style={{ padding: '32px 32px 8px' }}>
                        <p style={{ margin: 0, fontSize: 16, fontWeight: 700, color: colors.brand }}>Relaydesk</p>
                        <h1 style={{ margin: '24px 0 0', fontSize: 22, lineHeight: '30px', fontWeight: 700 }}>{heading}</h1>
                      </td>
                    </tr>
                    <tr>
                      <td style={{ padding: '8px 32px 32px', fontSize: 16, lineHeight: '24px' }}>{children}</td>
                    </tr>
                  </tbody>
                </table>
                <p style={{ margin: '16px 0 0', fontSize: 12, lineHeight: '18px', color: colors.muted }}>
                  Relaydesk — one inbox for Instagram, Messenger and WhatsApp.
                </p>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

export function EmailParagraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <p style={{ margin: '16px 0 0', color: muted ? colors.muted : colors.text, fontSize: muted ? 14 : 16 }}>{children}</p>;
}

/** The call to action, followed by the raw URL for clients that strip buttons. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <>
      <table role="presentation" cellPadding={0} cellSpacing={0} style={{ margin: '24px 0 0' }}>
        <tbody>
          <tr>
            <td style={{ borderRadius: 8, backgroundColor: colors.brand }}>
              <a href={href} style={{ display: 'inline-block', padding: '12px 20px', color: '#ffffff', fontWeight: 600, textDecoration: 'none', borderRadius: 8 }}>
                {children}
              </a>
            </td>
          </tr>
        </tbody>
      </table>
      <p style={{ margin: '16px 0 0', fontSize: 14, color: colors.muted }}>
        Or paste this link into your browser:
        <br />
        <a href={href} style={{ color: colors.brand, wordBreak: 'break-all' }}>{href}</a>
      </p>
    </>
  );
}
