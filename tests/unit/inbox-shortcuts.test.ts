import { describe, expect, it } from 'vitest';
import { inboxShortcuts, shortcutForKey } from '@/components/inbox/shortcut-keys';

describe('inbox shortcuts', () => {
  it('maps the keys the issue promises', () => {
    expect(shortcutForKey('j')).toBe('next');
    expect(shortcutForKey('k')).toBe('previous');
    expect(shortcutForKey('r')).toBe('reply');
    expect(shortcutForKey('e')).toBe('close');
    expect(shortcutForKey('a')).toBe('assign');
    expect(shortcutForKey('l')).toBe('label');
    expect(shortcutForKey('t')).toBe('take-over');
    expect(shortcutForKey('?')).toBe('help');
  });

  it('ignores other keys and shifted letters', () => {
    expect(shortcutForKey('J')).toBeNull();
    expect(shortcutForKey('x')).toBeNull();
    expect(shortcutForKey('Enter')).toBeNull();
  });

  it('never binds one key twice', () => {
    const keys = inboxShortcuts.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
