// Upload hygiene: file names lose bidi overrides and other invisible controls (so
// "invoice\u202Efdp.exe" cannot pose as "invoiceexe.pdf"), and an upload's claimed type must match
// its bytes.
import { describe, expect, it } from 'vitest';
import { normaliseWhatsapp } from '@/lib/channels/providers/whatsapp/normalise-whatsapp';
import { cleanFileName } from '@/lib/media/clean-file-name';
import { bytesMatchMediaType, describeBytes } from '@/lib/media/sniff-media-type';
import { writeZip, zipEntry } from '../support/bomb-fixtures';

const clean = (name: string) => cleanFileName(name, { maxLength: 240, fallback: 'file' });

describe('cleanFileName', () => {
  it('removes bidi overrides, isolates and marks, controls, separators and the BOM', () => {
    expect(clean('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(clean('\u202Atax\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C.pdf')).toBe('tax.pdf');
    expect(clean('\uFEFFa\u0000b\u0007c\u001b[31m\u007f\u0085\u009b.txt')).toBe('abc[31m.txt');
    expect(clean('line\u2028break\u2029here\r\n.txt')).toBe('linebreakhere.txt');
    expect(clean('\uFFF9note\uFFFA\uFFFB.txt')).toBe('note.txt');
  });

  it('keeps real names intact: accents, scripts, emoji sequences, ZWJ/ZWNJ', () => {
    expect(clean('Menü — été 2026.pdf')).toBe('Menü — été 2026.pdf');
    expect(clean('قائمة الأسعار.pdf')).toBe('قائمة الأسعار.pdf');
    expect(clean('می\u200Cخواهم.docx')).toBe('می\u200Cخواهم.docx');
    expect(clean('team 👩\u200D💻.png')).toBe('team 👩\u200D💻.png');
    expect(clean('e\u0301te\u0301.txt')).toBe('été.txt'); // NFC
  });

  it('never yields a path, an empty name or half a surrogate pair', () => {
    expect(clean('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(clean('a\\b.txt')).toBe('a_b.txt');
    expect(clean('\u202E\u202E')).toBe('file');
    expect(cleanFileName('😀'.repeat(10), { maxLength: 3, fallback: 'x' })).toBe('😀😀😀');
  });
});

describe('WhatsApp document file names', () => {
  it('are cleaned when the webhook is normalised', () => {
    const unit = {
      id: '100000000000101',
      change: { field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '106540352242922' }, contacts: [{ wa_id: '15551234567', profile: { name: 'Ana' } }], messages: [{ from: '15551234567', id: 'wamid.X', timestamp: '1735689600', type: 'document', document: { id: '123', mime_type: 'application/pdf', filename: 'receipt\u202Efdp.exe' } }] } },
    };
    const event = normaliseWhatsapp(unit);
    expect(event.messages[0]!.media).toEqual([expect.objectContaining({ fileName: 'receiptfdp.exe' })]);
  });
});

describe('bytesMatchMediaType', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const html = Buffer.from('<!DOCTYPE html><script>alert(document.cookie)</script>');
  const docx = writeZip([zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('word/document.xml', '<w:document/>')]);

  it('accepts files whose bytes are what they claim', () => {
    expect(bytesMatchMediaType('image/png', png)).toBe(true);
    expect(bytesMatchMediaType('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe(true);
    expect(bytesMatchMediaType('image/webp', Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))).toBe(true);
    expect(bytesMatchMediaType('audio/ogg', Buffer.from('OggS\u0000\u0002'))).toBe(true);
    expect(bytesMatchMediaType('audio/mp4', Buffer.from('\u0000\u0000\u0000\u0018ftypM4A ', 'latin1'))).toBe(true);
    expect(bytesMatchMediaType('audio/mpeg', Buffer.from('ID3\u0004\u0000'))).toBe(true);
    expect(bytesMatchMediaType('audio/aac', Buffer.from([0xff, 0xf1, 0x50, 0x80]))).toBe(true);
    expect(bytesMatchMediaType('application/pdf', pdf)).toBe(true);
    expect(bytesMatchMediaType('application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx)).toBe(true);
    expect(bytesMatchMediaType('text/plain', Buffer.from('Opening hours: 9–17 ✓'))).toBe(true);
  });

  it('refuses a mismatch, and says what the bytes are', () => {
    expect(bytesMatchMediaType('image/png', html)).toBe(false);
    expect(describeBytes(html)).toBe('an HTML page');
    expect(bytesMatchMediaType('image/jpeg', pdf)).toBe(false);
    expect(describeBytes(pdf)).toBe('a PDF document');
    expect(bytesMatchMediaType('text/plain', html)).toBe(false);
    expect(bytesMatchMediaType('text/plain', png)).toBe(false);
    expect(bytesMatchMediaType('audio/aac', Buffer.from('ID3\u0004\u0000'))).toBe(false);
    expect(bytesMatchMediaType('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', docx)).toBe(false);
    expect(bytesMatchMediaType('application/msword', docx)).toBe(false);
    expect(describeBytes(Buffer.from('MZ\u0090\u0000'))).toBe('a program (executable)');
    expect(describeBytes(Buffer.from([0x00, 0xff, 0x00]))).toBeNull();
  });
});
