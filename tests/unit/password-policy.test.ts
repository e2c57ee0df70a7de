import { describe, expect, it } from 'vitest';
import { passwordSchema } from '@/lib/auth/password-policy';
import { safeNextPath } from '@/lib/auth/auth-schemas';

describe('password policy', () => {
  it('requires 12+ characters and at most 128', () => {
    expect(passwordSchema.safeParse('short-pass1').success).toBe(false);
    expect(passwordSchema.safeParse('a calm green kettle').success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(64) + 'y'.repeat(65)).success).toBe(false);
  });

  it('rejects common and repetitive passwords whatever their case', () => {
    expect(passwordSchema.safeParse('Password1234').success).toBe(false);
    expect(passwordSchema.safeParse('QWERTY123456').success).toBe(false);
    expect(passwordSchema.safeParse('abababababab').success).toBe(false);
  });
});

describe('safeNextPath', () => {
  it('allows local paths only', () => {
    expect(safeNextPath('/invite/abc')).toBe('/invite/abc');
    expect(safeNextPath('//evil.example')).toBe('/inbox');
    expect(safeNextPath('https://evil.example')).toBe('/inbox');
    expect(safeNextPath(undefined)).toBe('/inbox');
  });
});

describe('password error messages (issue 14)', () => {
  const messages = (value: string) => passwordSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
  it('names the one most basic problem: an empty password is "Enter a password", not "too repetitive"', () => {
    expect(messages('')).toEqual(['Enter a password.']);
    expect(messages('aaa')).toEqual(['Use at least 12 characters.']);
    expect(messages('abababababab')).toEqual(['This password is too repetitive.']);
  });
});
