import { describe, expect, it, vi } from 'vitest';
import { installClientAbortFilter, isClientAbortError } from '@/lib/http/quiet-client-aborts';

const clientAbort = () => Object.assign(new Error('aborted'), { code: 'ECONNRESET' });

describe('client abort filter', () => {
  it('recognises only Node\'s "aborted" request error', () => {
    expect(isClientAbortError(clientAbort())).toBe(true);
    // An outbound call that was reset (Meta, an LLM) is a real failure and stays loud.
    expect(isClientAbortError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(false);
    expect(isClientAbortError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(false);
    expect(isClientAbortError(new Error('aborted'))).toBe(false);
    expect(isClientAbortError({ code: 'ECONNRESET', message: 'aborted' })).toBe(false);
  });

  it('turns a client abort into one debug line, as Next prints it or as an uncaught exception', () => {
    const printed: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void printed.push(args) };
    const log = { debug: vi.fn() };
    installClientAbortFilter(log as never, target);
    target.error(clientAbort());
    target.error('uncaughtException: ', clientAbort());
    expect(printed).toEqual([]);
    expect(log.debug).toHaveBeenCalledTimes(2);
  });

  it('prints every other error unchanged', () => {
    const printed: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void printed.push(args) };
    installClientAbortFilter({ debug: vi.fn() } as never, target);
    const failure = new Error('database down');
    target.error(failure);
    target.error('uncaughtException: ', failure);
    target.error('plain text');
    expect(printed).toEqual([[failure], ['uncaughtException: ', failure], ['plain text']]);
  });
});
