import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { assigneeLabel, ConversationRow } from '@/components/inbox/conversation-row';
import type { ConversationListItem } from '@/lib/inbox/list-conversations';

const now = new Date('2026-01-01T12:00:00Z');
const row = (over: Partial<ConversationListItem>): ConversationListItem => ({
  id: '1', status: 'open', handling: 'ai_draft', assigneeId: null, assignee: null, needsHuman: false, hasPendingDraft: false, lastMessageAt: now, lastMessagePreview: 'hi', unreadCount: 0,
  contact: { displayName: null, name: 'Ana', username: null, avatarUrl: null, externalId: '1' }, channel: { id: 'c', type: 'instagram', name: 'Shop' }, labels: [], ...over,
});
const text = (conversation: ConversationListItem) => renderToStaticMarkup(createElement('ul', null, createElement(ConversationRow, { conversation, href: '/inbox?c=1', selected: false, now, viewerId: 'me' }))).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('inbox list row (issue 14: assignee, draft marker, labels by name)', () => {
  it('names the assignee: "You", the teammate, or a neutral word when the name is gone', () => {
    expect(assigneeLabel(null, 'me')).toBeNull();
    expect(assigneeLabel({ id: 'me', name: 'Sam' }, 'me')).toBe('You');
    expect(assigneeLabel({ id: 'kim', name: 'Kim' }, 'me')).toBe('Kim');
    expect(assigneeLabel({ id: 'gone', name: null }, 'me')).toBe('Assigned');
  });

  it('shows the assignee, "Draft waiting" and label names in the row', () => {
    const html = text(row({ assigneeId: 'kim', assignee: { id: 'kim', name: 'Kim' }, hasPendingDraft: true, labels: [{ id: 'l', name: 'VIP', color: '#f00' }] }));
    expect(html).toContain('Kim');
    expect(html).toContain('Draft waiting');
    expect(html).toContain('VIP');
    const plain = text(row({}));
    expect(plain).toContain('Unassigned');
    expect(plain).not.toContain('Draft waiting');
  });
});
