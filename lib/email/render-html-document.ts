import { join } from 'node:path';
import type { ReactElement } from 'react';

type ReactDomServer = typeof import('react-dom/server');
let reactDomServer: ReactDomServer | undefined;

/**
 * react-dom/server is loaded with Node's own resolver at call time, never through Next's
 * bundler: Next resolves it under the `react-server` condition in the RSC layer *and* in the
 * instrumentation layer where in-process workers run (both give a stub that throws "not
 * supported in React Server Components"), and its compiler rejects static imports of it from
 * server code. Only the send-email job calls this; the templates use no hooks or context, so
 * elements from Next's bundled React render fine with the node_modules renderer.
 */
function loadReactDomServer(): ReactDomServer {
  if (!reactDomServer) {
    const { createRequire } = process.getBuiltinModule('node:module');
    const requireFromApp = createRequire(join(process.cwd(), 'package.json'));
    const specifier = 'react-dom/server';
    reactDomServer = requireFromApp(specifier) as ReactDomServer;
  }
  return reactDomServer;
}

/** Static HTML for an email, with the doctype mail clients expect. */
export function renderHtmlDocument(element: ReactElement): string {
  return `<!DOCTYPE html>${loadReactDomServer().renderToStaticMarkup(element)}`;
}
