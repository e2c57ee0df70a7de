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
