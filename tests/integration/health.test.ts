import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { getBoss } from '@/lib/jobs/boss';

describe('GET /api/health', () => {
  it('reports the database and the queue as up', async () => {
    // A running app has started pg-boss long before a probe arrives; starting it here (it creates
    // every registered queue) can outlast the probe's 3 s budget on a loaded machine.
    await getBoss();
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.database.ok).toBe(true);
    expect(body.queue.ok).toBe(true);
    expect(body.queue.details.jobs).toBeTypeOf('object');
  });
});
