// The Meta webhook endpoint (pages/api/webhooks/meta.ts) behind a real local HTTP server, with
// web Request → Response helpers so tests read like calls to a route handler while the real
// Node request path (streaming body, size limit, status and headers) is exercised.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NextApiRequest, NextApiResponse } from 'next';
import handler from '@/pages/api/webhooks/meta';

let base: Promise<string> | undefined;

function serverBase(): Promise<string> {
  base ??= new Promise((resolve) => {
    const server = createServer((req, res) => {
      handler(req as NextApiRequest, res as unknown as NextApiResponse).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    server.unref(); // ends with the test file
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  return base;
}

async function send(request: Request): Promise<Response> {
  const url = new URL(request.url);
  return fetch(`${await serverBase()}${url.pathname}${url.search}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body ? { body: request.body, duplex: 'half' } : {}),
  } as RequestInit);
}

export const POST = send;
export const GET = send;
