import { Head, Html, Main, NextScript } from 'next/document';

export default function PublicDocument() {
  return (
    <Html lang="en">
      <Head />
      <body className="min-h-dvh bg-white font-sans text-slate-900">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
