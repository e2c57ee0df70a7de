import { describe, expect, it } from 'vitest';
import { emailTemplateNames, type EmailTemplateInput, type EmailTemplateName } from '@/lib/email/email-template-schemas';
import { extractEmailLinks } from '@/lib/email/extract-email-links';
import { renderEmail } from '@/lib/email/render-email';

const url = 'https://app.example.com/verify?token=abc&x=1';

const examples: { [Name in EmailTemplateName]: EmailTemplateInput<Name> } = {
  'verify-email': { name: 'Ada Lovelace', url, expiresInHours: 24 },
  'reset-password': { name: 'Ada Lovelace', url, expiresInHours: 1 },
  'confirm-email-change': { name: 'Ada Lovelace', url, newEmail: 'ada@new.example.com', expiresInHours: 24 },
  'email-changed-notice': { name: 'Ada Lovelace', newEmail: 'ada@new.example.com' },
  invite: { inviterName: 'Ada Lovelace', workspaceName: 'Analytical Engines', role: 'agent', url, expiresInHours: 168 },
  'password-changed': { name: 'Ada Lovelace' },
  'account-exists': { name: 'Ada Lovelace', loginUrl: 'https://app.example.com/login', resetUrl: 'https://app.example.com/forgot-password' },
  'failed-sign-ins': { name: 'Ada Lovelace', attempts: 7, since: '2026-03-01T09:30:00.000Z', lastIpAddress: '203.0.113.9', resetUrl: 'https://app.example.com/forgot-password', sessionsUrl: 'https://app.example.com/settings/account' },
  'channel-needs-reconnect': { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', channelType: 'Instagram', channelName: 'engines', url },
  'agent-cap-reached': { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', month: '2026-11', capLabel: '$25.00 monthly spending cap', url },
  welcome: { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', trialDays: 14, trialEndsOn: '19 December 2026', planLabel: 'Growth, billed yearly', url },
  'trial-ending': { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', daysLeft: 3, endsOn: '19 December 2026', planLabel: 'Growth, billed yearly', url },
  'trial-ended': { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', url },
  'payment-failed': { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', amount: '€79.00', nextAttemptOn: '8 December 2026', portalUrl: 'https://app.example.com/billing/portal', invoiceUrl: 'https://invoice.stripe.com/i/abc' },
  'subscription-cancelled': { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', planName: 'Growth', endsOn: '5 January 2027', ended: false, url },
  'payment-receipt': {
    name: 'Ada Lovelace', workspaceName: 'Analytical Engines', amount: '€790.00', invoiceNumber: 'RD-0001', paidOn: '5 December 2026', planLabel: 'Growth, billed yearly',
    receiptUrl: 'https://invoice.stripe.com/i/abc', pdfUrl: 'https://pay.stripe.com/invoice/abc/pdf',
  },
  'ai-limit-reached': { name: 'Ada Lovelace', workspaceName: 'Analytical Engines', month: '2026-12', limitLabel: '200 AI replies a month on the Free trial plan', url },
  'inbox-digest': {
    name: 'Ada Lovelace', moreCount: 37, inboxUrl: url,
    items: [{ kind: 'mention', workspaceName: 'Analytical Engines', contact: 'Charles', channel: 'Instagram · engines', excerpt: 'Sam: @Ada can you check?', url }],
  },
  'privacy-notice': {
    name: 'Ada Lovelace', subject: 'Your account will be deleted', heading: 'Your account will be deleted',
    paragraphs: ['We will delete it on 4 January 2027.', 'Sign in before then to keep it.'], action: { label: 'Sign in', url },
  },
};

describe('email templates', () => {
  it.each(emailTemplateNames)('%s renders a subject, an HTML document and a plain-text alternative', (template) => {
    const email = renderEmail({ template, props: examples[template] });
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(email.html).toContain('Ada Lovelace');
    expect(email.text).toContain('Ada Lovelace');
    expect(email.text).not.toContain('<');
    if ('url' in examples[template]) {
      expect(email.text).toContain(url);
      expect(email.html).toContain('href="https://app.example.com/verify?token=abc&amp;x=1"');
      expect(extractEmailLinks(email.html)).toEqual([url]);
      if ('expiresInHours' in examples[template]) expect(email.text).toMatch(/expires in (1 hour|24 hours|7 days)/);
    }
    if ('newEmail' in examples[template]) expect(email.text).toContain('ada@new.example.com');
  });

  it('escapes user-provided names in HTML', () => {
    const name = '<script>alert("x")</script>';
    for (const template of ['verify-email', 'password-changed'] as const) {
      const { html, text } = renderEmail({ template, props: { ...examples[template], name } });
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;');
      expect(text).toContain(name); // plain text is not HTML: nothing to escape
    }
    const invite = renderEmail({ template: 'invite', props: { ...examples.invite, inviterName: '<img src=x onerror=alert(1)>', workspaceName: '<b>Shop</b>' } });
    expect(invite.html).not.toMatch(/<img src=x|<b>Shop/);
  });

  it('says how long links last', () => {
    expect(renderEmail({ template: 'reset-password', props: examples['reset-password'] }).text).toContain('expires in 1 hour');
    expect(renderEmail({ template: 'invite', props: examples.invite }).html).toContain('expires in 7 days');
  });

  it('puts the billing links in the lifecycle emails: portal for a failed payment, receipt and PDF for a payment', () => {
    const failed = renderEmail({ template: 'payment-failed', props: examples['payment-failed'] });
    expect(extractEmailLinks(failed.html)).toEqual(['https://app.example.com/billing/portal', 'https://invoice.stripe.com/i/abc']);
    expect(failed.text).toContain('We will try again on 8 December 2026');
    const final = renderEmail({ template: 'payment-failed', props: { ...examples['payment-failed'], nextAttemptOn: null, invoiceUrl: null } });
    expect(final.text).toContain('will not retry');
    const receipt = renderEmail({ template: 'payment-receipt', props: examples['payment-receipt'] });
    expect(extractEmailLinks(receipt.html)).toEqual(['https://invoice.stripe.com/i/abc', 'https://pay.stripe.com/invoice/abc/pdf']);
    expect(receipt.subject).toBe('Receipt for Analytical Engines: €790.00 (RD-0001)');
    const ended = renderEmail({ template: 'subscription-cancelled', props: { ...examples['subscription-cancelled'], ended: true } });
    expect(ended.subject).toBe('Your Relaydesk subscription for Analytical Engines has ended');
    expect(ended.text).toContain('nothing in the workspace was deleted');
  });

  // The app calls it "AI assistant" (sidebar, settings, usage); "agent" is a team role (owner, admin, agent).
  it.each(emailTemplateNames)('%s calls the AI "AI assistant", never "AI agent"', (template) => {
    const email = renderEmail({ template, props: examples[template] });
    for (const part of [email.subject, email.html, email.text]) expect(part).not.toMatch(/\bAI agent/i);
  });

  it('greets without a name when the user has none', () => {
    expect(renderEmail({ template: 'password-changed', props: { name: '' } }).text).toMatch(/^Hi,\n/);
  });

  it('rejects props that do not match the template', () => {
    expect(() => renderEmail({ template: 'verify-email', props: { name: 'Ada', url: 'javascript:alert(1)', expiresInHours: 24 } })).toThrow(/Invalid props/);
    expect(() => renderEmail({ template: 'invite', props: { ...examples.invite, workspaceName: 'Evil\r\nBcc: x@y.z' } })).toThrow(/Invalid props/);
    expect(() => renderEmail({ template: 'password-changed', props: {} })).toThrow(/Invalid props/);
  });
});

describe('extractEmailLinks', () => {
  it('returns distinct http(s) links with entities decoded', () => {
    const html = `<a href="https://a.test/x?y=1&amp;z=2">A</a><a href='https://a.test/x?y=1&amp;z=2'>again</a><a href="mailto:x@y.z">m</a><a href="javascript:alert(1)">j</a><a href="http://b.test">B</a>`;
    expect(extractEmailLinks(html)).toEqual(['https://a.test/x?y=1&z=2', 'http://b.test']);
  });
});

describe('security notices', () => {
  it('"account exists" links to log in and to a password reset', () => {
    const email = renderEmail({ template: 'account-exists', props: examples['account-exists'] });
    expect(email.subject).toBe('You already have a Relaydesk account');
    expect(extractEmailLinks(email.html)).toEqual(['https://app.example.com/login', 'https://app.example.com/forgot-password']);
    expect(email.text).toContain('nothing new was created');
  });

  it('"failed sign-ins" says how many, since when and from where, and that the owner can still log in', () => {
    const email = renderEmail({ template: 'failed-sign-ins', props: examples['failed-sign-ins'] });
    expect(email.text).toContain('Since 1 Mar 2026, 09:30 UTC, 7 sign-in attempts with a wrong password were made');
    expect(email.text).toContain('the latest from IP 203.0.113.9');
    expect(email.text).toContain('you can still log in as usual');
    expect(extractEmailLinks(email.html)).toEqual(['https://app.example.com/forgot-password', 'https://app.example.com/settings/account']);
    const unknownIp = renderEmail({ template: 'failed-sign-ins', props: { ...examples['failed-sign-ins'], attempts: 1, lastIpAddress: null } });
    expect(unknownIp.text).toContain('1 sign-in attempt with a wrong password was made on your Relaydesk account.');
  });
});
