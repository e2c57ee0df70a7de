import Document, { type DocumentContext, type DocumentInitialProps, Head, Html, Main, NextScript } from 'next/document';

type Props = DocumentInitialProps & { nonce?: string };

/**
 * The public pages' HTML shell. In production these pages load no framework script; in
 * `next dev` Next still loads its runtime (HMR), which the CSP only allows with the request's
 * nonce (set by proxy.ts), so it is stamped on Next's own tags here.
 */
export default class PublicDocument extends Document<Props> {
  static override async getInitialProps(context: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(context);
    const nonce = context.req?.headers['x-nonce'];
    return typeof nonce === 'string' ? { ...initial, nonce } : initial;
  }

  override render() {
    const { nonce } = this.props;
    return (
      <Html lang="en">
        <Head nonce={nonce} />
        <body className="min-h-dvh bg-white font-sans text-slate-900">
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
