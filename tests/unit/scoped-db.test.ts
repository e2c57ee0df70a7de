import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tenantModels } from '@/lib/workspaces/scoped-db';

describe('tenant scoping registry', () => {
  it('lists every model that has a workspaceId column', () => {
    const schema = readFileSync('prisma/schema.prisma', 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
      .filter(([, , body]) => /^\s+workspaceId\s/m.test(body!))
      .map(([, name]) => name!);
    // Workspace-less audit entries are allowed, but they are still filtered by workspace.
    expect(models.sort()).toEqual([...tenantModels].sort());
  });
});
