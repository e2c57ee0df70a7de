import { describe, expect, it } from 'vitest';
import { DAY_MS, messagingWindow, type MessagingWindowInput } from '@/lib/meta/messaging-window';

const last = new Date('2025-01-01T00:00:00.000Z');
const after = (ms: number) => new Date(last.getTime() + ms);
const H = 3_600_000;

function direct(overrides: Partial<MessagingWindowInput>) {
  return messagingWindow({ channelType: 'instagram', conversationKind: 'direct', lastInboundAt: last, now: last, senderKind: 'operator', ...overrides });
}

describe('messagingWindow — direct conversations', () => {
  for (const channelType of ['instagram', 'messenger', 'whatsapp'] as const) {
    for (const senderKind of ['operator', 'ai'] as const) {
      it.each([0, 1, H, 23 * H, DAY_MS - 1])(`${channelType}/${senderKind}: open %i ms after the customer's message`, (elapsed) => {
        const w = direct({ channelType, senderKind, now: after(elapsed) });
        expect(w.state).toBe('open');
        expect(w.tag).toBeUndefined();
        expect(w.endsAt).toEqual(after(DAY_MS));
      });
    }
  }

  for (const channelType of ['instagram', 'messenger'] as const) {
    it.each([DAY_MS, DAY_MS + 1, 3 * DAY_MS, 7 * DAY_MS - 1])(`${channelType}: an operator gets HUMAN_AGENT %i ms after`, (elapsed) => {
      const w = direct({ channelType, senderKind: 'operator', now: after(elapsed) });
      expect(w).toMatchObject({ state: 'human_agent', tag: 'HUMAN_AGENT' });
      expect(w.endsAt).toEqual(after(7 * DAY_MS));
    });

    it.each([DAY_MS, 3 * DAY_MS, 7 * DAY_MS - 1])(`${channelType}: the AI is refused HUMAN_AGENT %i ms after`, (elapsed) => {
      const w = direct({ channelType, senderKind: 'ai', now: after(elapsed) });
      expect(w.state).toBe('closed');
      expect(w.tag).toBeUndefined();
      expect(w.reason).toMatch(/human operator/);
    });

    for (const senderKind of ['operator', 'ai'] as const) {
      it.each([7 * DAY_MS, 7 * DAY_MS + 1, 30 * DAY_MS])(`${channelType}/${senderKind}: closed %i ms after`, (elapsed) => {
        const w = direct({ channelType, senderKind, now: after(elapsed) });
        expect(w.state).toBe('closed');
        expect(w.reason).toMatch(/7 days/);
      });
    }

    it(`${channelType}: closed when the customer never wrote`, () => {
      expect(direct({ channelType, lastInboundAt: null }).state).toBe('closed');
    });
  }

  for (const senderKind of ['operator', 'ai'] as const) {
    it.each([DAY_MS, DAY_MS + 1, 6 * DAY_MS, 7 * DAY_MS, 90 * DAY_MS])(`whatsapp/${senderKind}: templates only %i ms after`, (elapsed) => {
      const w = direct({ channelType: 'whatsapp', senderKind, now: after(elapsed) });
      expect(w.state).toBe('template_only');
      expect(w.tag).toBeUndefined();
      expect(w.reason).toMatch(/template/);
    });
  }

  it('whatsapp: templates only when the customer never wrote', () => {
    expect(direct({ channelType: 'whatsapp', lastInboundAt: null }).state).toBe('template_only');
  });

  it('a server clock behind Meta\'s timestamp still counts as inside the window', () => {
    expect(direct({ now: after(-5_000) }).state).toBe('open');
  });

  it('a DM mode in a comment thread is refused with an explanation', () => {
    const w = direct({ conversationKind: 'comment_thread', mode: 'dm' });
    expect(w.state).toBe('closed');
    expect(w.reason).toMatch(/comment thread/);
  });
});

describe('messagingWindow — Instagram comment threads', () => {
  const comment = (overrides: Partial<MessagingWindowInput>) =>
    messagingWindow({ channelType: 'instagram', conversationKind: 'comment_thread', lastInboundAt: null, now: last, senderKind: 'ai', commentCreatedAt: last, ...overrides });

  it.each([0, DAY_MS, 7 * DAY_MS, 365 * DAY_MS])('a public reply is always allowed (%i ms after the comment)', (elapsed) => {
    expect(comment({ mode: 'comment_public', now: after(elapsed) })).toMatchObject({ state: 'open', endsAt: null });
  });

  it('public is the default mode of a comment thread', () => {
    expect(comment({ now: after(30 * DAY_MS) }).state).toBe('open');
  });

  for (const senderKind of ['operator', 'ai'] as const) {
    it.each([0, DAY_MS, 7 * DAY_MS - 1])(`${senderKind}: one private reply within 7 days (%i ms)`, (elapsed) => {
      const w = comment({ mode: 'comment_private', senderKind, now: after(elapsed) });
      expect(w.state).toBe('open');
      expect(w.endsAt).toEqual(after(7 * DAY_MS));
    });
  }

  it.each([7 * DAY_MS, 7 * DAY_MS + 1])('no private reply from 7 days on (%i ms)', (elapsed) => {
    const w = comment({ mode: 'comment_private', now: after(elapsed) });
    expect(w.state).toBe('closed');
    expect(w.reason).toMatch(/7 days/);
  });

  it('a second private reply is refused even inside 7 days', () => {
    const w = comment({ mode: 'comment_private', now: after(H), privateReplySent: true });
    expect(w.state).toBe('closed');
    expect(w.reason).toMatch(/only one private reply/);
  });

  it('a private reply needs a comment', () => {
    expect(comment({ mode: 'comment_private', commentCreatedAt: null }).state).toBe('closed');
  });

  it.each(['messenger', 'whatsapp'] as const)('comment modes do not exist on %s', (channelType) => {
    expect(comment({ channelType, mode: 'comment_public' }).state).toBe('closed');
  });

  it('comment modes are refused on a direct conversation', () => {
    expect(direct({ mode: 'comment_private', commentCreatedAt: last }).state).toBe('closed');
  });
});
