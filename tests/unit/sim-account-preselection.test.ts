// The simulator's consent screen pre-selects an account the asking workspace can connect, and
// none when every account is held by another workspace (a full e2e run connects both simulated
// Instagram accounts elsewhere; pre-selecting the demo's then led straight to a refusal).
import { describe, expect, it } from 'vitest';
import { firstConnectableAccount, type SimAccountOwner } from '@/lib/meta-simulator/describe-sim-account-owners';

const owners = (entries: [string, SimAccountOwner][]) => new Map(entries);

describe('firstConnectableAccount', () => {
  it('skips accounts held by another workspace', () => {
    expect(firstConnectableAccount(['a', 'b'], owners([['a', 'another_workspace'], ['b', null]]))).toBe('b');
  });
  it('keeps an account already connected to this workspace selectable (reconnect)', () => {
    expect(firstConnectableAccount(['a', 'b'], owners([['a', 'this_workspace'], ['b', null]]))).toBe('a');
  });
  it('selects nothing when every account is held elsewhere', () => {
    expect(firstConnectableAccount(['a', 'b'], owners([['a', 'another_workspace'], ['b', 'another_workspace']]))).toBeUndefined();
  });
});
