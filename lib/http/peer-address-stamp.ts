// The TCP peer's address for code that only sees a request's headers. Next 16 exposes no socket
// to route handlers, server actions or proxy.ts, and only copies it into X-Forwarded-For when the
// client sent none (base-server: `x-forwarded-for ??= socket.remoteAddress`), so a client-sent
// X-Forwarded-For hides it. instrumentation.ts installs this stamp in the server process: every
// incoming request gets PEER_ADDRESS_HEADER = "<remote address>;<process nonce>", overwriting
// anything the client sent. Readers accept the header only with this process's random nonce, so
// where the stamp is not installed (another server, a test) a client cannot forge a peer address
// — it is simply unknown.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';

export const PEER_ADDRESS_HEADER = 'x-relaydesk-peer-address';

type StampState = { nonce: string; installed: boolean };
// On globalThis: instrumentation and route handlers are separate bundles in one process.
const globalForStamp = globalThis as unknown as { relaydeskPeerStamp?: StampState };
const state = (globalForStamp.relaydeskPeerStamp ??= { nonce: randomBytes(16).toString('base64url'), installed: false });

const STAMPED_EVENTS = new Set(['request', 'checkContinue', 'checkExpectation']);

/** Patches http(s).Server so every request carries its peer address before Next sees it. Idempotent. */
export function installPeerAddressStamp(): void {
  if (state.installed) return;
  state.installed = true;
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
    const emit = prototype.emit;
    prototype.emit = function stampingEmit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (typeof event === 'string' && STAMPED_EVENTS.has(event)) stampPeerAddress(args[0] as IncomingMessage);
      return emit.call(this, event, ...args);
    };
  }
}

/** Overwrites the header with the socket's address (also used by tests that run their own server). */
export function stampPeerAddress(request: IncomingMessage): void {
  request.headers[PEER_ADDRESS_HEADER] = `${request.socket?.remoteAddress ?? ''};${state.nonce}`;
}

/** The stamped peer address, or null when the header is missing or was not stamped by this process. */
export function peerAddressOf(h: Pick<Headers, 'get'>): string | null {
  const value = h.get(PEER_ADDRESS_HEADER);
  if (!value) return null;
  const separator = value.lastIndexOf(';');
  if (separator < 0 || value.slice(separator + 1) !== state.nonce) return null;
  return value.slice(0, separator) || null;
}

/** For tests that build requests by hand: the header value this process would stamp for `address`. */
export function peerAddressHeaderValue(address: string): string {
  return `${address};${state.nonce}`;
}
