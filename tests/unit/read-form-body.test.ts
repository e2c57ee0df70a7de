import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFormBody } from '@/lib/http/read-form-body';

function post(body: string, contentType = 'application/x-www-form-urlencoded'): IncomingMessage {
  return Object.assign(Readable.from([Buffer.from(body)]), { headers: { 'content-type': contentType } }) as unknown as IncomingMessage;
}

describe('readFormBody', () => {
  it('decodes a urlencoded form, keeping the first of repeated fields', async () => {
    expect(await readFormBody(post('identifierType=email&identifier_email=jane%40example.com&a=1&a=2&plus=a+b'))).toEqual({
      identifierType: 'email',
      identifier_email: 'jane@example.com',
      a: '1',
      plus: 'a b',
    });
    expect(await readFormBody(post('x=1', 'application/x-www-form-urlencoded; charset=UTF-8'))).toEqual({ x: '1' });
  });

  it('refuses other content types and oversized bodies with typed errors', async () => {
    await expect(readFormBody(post('{"x":1}', 'application/json'))).rejects.toMatchObject({ code: 'bad_request' });
    await expect(readFormBody(post(`x=${'a'.repeat(2000)}`), 1024)).rejects.toMatchObject({ code: 'payload_too_large' });
  });
});
