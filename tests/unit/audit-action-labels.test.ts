// Every audit action the code records reads as a sentence on /audit (issue 14: raw keys such as
// "channel.connected" sat between sentences). Scans lib/ and app/ for the actions passed to
// recordAudit, so a new action without a label fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAuditAction, describeAuditDetail, labelledAuditActions } from '@/lib/audit/describe-audit-action';
import { bulkActions } from '@/lib/inbox/bulk-actions';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'generated' || entry === 'node_modules') return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry) ? [full] : [];
  });
}

/** The audit actions written in the code: literals near recordAudit/auditLog.create, ternaries included. */
function recordedActions(): Set<string> {
  const found = new Set<string>();
  for (const file of [...sourceFiles('lib'), ...sourceFiles('app')]) {
    const source = readFileSync(file, 'utf8');
    if (!/recordAudit\(|auditLog\.create\(/.test(source)) continue;
    for (const call of source.matchAll(/action:\s*([^,}\n]+)/g)) {
      for (const literal of call[1]!.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) found.add(literal[1]!);
    }
    // set-password passes its action in; its callers name it.
    for (const literal of source.matchAll(/action:\s*'(user\.[a-z_]+)'/g)) found.add(literal[1]!);
  }
  for (const action of bulkActions) found.add(`conversation.bulk_${action}`);
  for (const action of ['user.password_changed', 'user.password_reset']) found.add(action);
  return found;
}

describe('audit action labels', () => {
  it('has a sentence for every action the code records', () => {
    const actions = recordedActions();
    expect(actions.size).toBeGreaterThan(30);
    expect([...actions].filter((action) => !labelledAuditActions.has(action))).toEqual([]);
  });

  it('never shows a raw key, even for an unknown action', () => {
    expect(describeAuditAction('channel.connected')).toBe('connected a channel');
    expect(describeAuditAction('billing.plan_changed')).toBe('billing: plan changed');
    expect(describeAuditDetail({ type: 'instagram', externalId: '178', name: 'demo.shop' })).toBe('Instagram demo.shop');
  });
});
