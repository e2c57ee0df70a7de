// Pages Router shell, used only by the public pages (see docs/architecture.md, "Public pages").
import type { AppProps } from 'next/app';
import '../app/globals.css';

export default function PublicApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
