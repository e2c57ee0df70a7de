// URLs from webhooks become links and image/video sources in the inbox. Only http(s) may: a
// `data:text/html` share link, a `javascript:` story URL or a `data:` "CDN" image is dropped when
// the webhook is normalised, and again when a stored row is rendered (rows from before the fix).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConversationRow } from '@/components/inbox/conversation-row';
import { MediaAttachment } from '@/components/inbox/thread/media-attachment';
import { PostCard } from '@/components/inbox/thread/post-card';
import { ShareCard } from '@/components/inbox/thread/share-card';
import { StoryPreview } from '@/components/inbox/thread/story-preview';
import { normaliseInstagram } from '@/lib/channels/providers/instagram/normalise-instagram';
import { normaliseMessenger } from '@/lib/channels/providers/messenger/normalise-messenger';
import { safeLinkUrl } from '@/lib/http/safe-link-url';
import type { ConversationListItem } from '@/lib/inbox/list-conversations';
import type { ThreadMedia } from '@/lib/inbox/list-thread-messages';

const IG = { externalId: '17841400000000001' };
const hostile = [
  'data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5jb29raWUpPC9zY3JpcHQ+',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  'javascript:alert(document.cookie)',
  ' JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/0b1e',
  'file:///etc/passwd',
  'https://www.instagram.com@evil.example/p/1',
  '//evil.example/p/1',
];
const entry = (message: Record<string, unknown>) => ({ id: IG.externalId, time: 1735689600500, messaging: [{ sender: { id: '1234567890123456' }, recipient: { id: IG.externalId }, timestamp: 1735689600000, message: { mid: 'm_1', ...message } }] });

describe('safeLinkUrl', () => {
  it.each(hostile)('drops %s', (url) => expect(safeLinkUrl(url)).toBeNull());
  it('keeps http(s) URLs, normalised', () => {
    expect(safeLinkUrl('https://www.instagram.com/p/ABC/')).toBe('https://www.instagram.com/p/ABC/');
    expect(safeLinkUrl('HTTPS://Lookaside.FBSBX.com/ig_messaging_cdn/?asset_id=1')).toBe('https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1');
    expect(safeLinkUrl(null)).toBeNull();
    expect(safeLinkUrl('x'.repeat(5000))).toBeNull();
  });
});

describe('normalisers keep only http(s) URLs', () => {
  it.each(hostile)('share, media, story mention and story reply URLs: %s', (url) => {
    const share = normaliseInstagram(entry({ attachments: [{ type: 'share', payload: { url, title: 'Look' } }] }), IG).messages[0]!;
    expect(share.details).toMatchObject({ share: { url: null, title: 'Look' } });
    const image = normaliseMessenger(entry({ attachments: [{ type: 'image', payload: { url } }] }), IG).messages[0]!;
    expect(image.media).toBeUndefined();
    const mention = normaliseInstagram(entry({ attachments: [{ type: 'story_mention', payload: { url } }] }), IG).messages[0]!;
    expect(mention).toMatchObject({ kind: 'story_mention', details: { storyUrl: null } });
    expect(mention.media).toBeUndefined();
    const reply = normaliseInstagram(entry({ text: 'nice', reply_to: { story: { id: '1', url } } }), IG).messages[0]!;
    expect(reply.details).toMatchObject({ story: { id: '1', url: null } });
  });

  it('still stores real CDN links', () => {
    const url = 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1&signature=x';
    expect(normaliseMessenger(entry({ attachments: [{ type: 'image', payload: { url } }] }), IG).messages[0]!.media).toEqual([{ kind: 'image', sourceUrl: url, remoteOnly: false }]);
  });
});

describe('thread components render only http(s) links', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const media = (sourceUrl: string, kind = 'image'): ThreadMedia => ({ id: '01a2464b-0364-76cf-9956-ed641b6ecce3', kind, mimeType: null, sizeBytes: null, fileName: null, sourceUrl, status: 'remote_only', error: null }) as ThreadMedia;
  const row = (avatarUrl: string): ConversationListItem => ({
    id: '1', status: 'open', handling: 'human', assigneeId: null, needsHuman: false, lastMessageAt: now, lastMessagePreview: 'hi', unreadCount: 0,
    contact: { displayName: null, name: 'Ana', username: null, avatarUrl, externalId: '1' }, channel: { id: 'c', type: 'instagram', name: 'Shop' }, labels: [], assignee: null, hasPendingDraft: false,
  });
  const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
  const attributes = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

  it.each(hostile)('%s', (url) => {
    const html = [
      render(createElement(ShareCard, { share: { url, title: null, type: 'share' } })),
      render(createElement(PostCard, { permalink: url, caption: 'Post' })),
      render(createElement(StoryPreview, { kind: 'story_mention', url, sentAt: now, now })),
      render(createElement(MediaAttachment, { media: media(url) })),
      render(createElement(MediaAttachment, { media: media(url, 'video') })),
    ].join('\n');
    expect(attributes(html)).toEqual([]);
    // A profile picture URL (stored from Graph's profile_pic) is an image source too.
    expect(attributes(render(createElement('ul', null, createElement(ConversationRow, { conversation: row(url), href: '/inbox?c=1', selected: false, now, viewerId: 'u' })))).filter((a) => a !== '/inbox?c=1')).toEqual([]);
  });

  it('links an https share, post, story and remote image', () => {
    const url = 'https://www.instagram.com/p/ABC/';
    expect(attributes(render(createElement(ShareCard, { share: { url, title: null, type: 'share' } })))).toEqual([url]);
    expect(attributes(render(createElement(PostCard, { permalink: url, caption: null })))).toEqual([url]);
    expect(attributes(render(createElement(StoryPreview, { kind: 'story_reply', url, sentAt: now, now })))).toEqual([url, url]);
    expect(attributes(render(createElement(MediaAttachment, { media: media(url) })))).toEqual([url, url]);
  });
});
