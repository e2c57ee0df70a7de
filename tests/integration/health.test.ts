import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';

describe('GET /api/health', () => {
  it('reports the database and the queue as up', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.database.ok).toBe(true);
    expect(body.queue.ok).toBe(true);
    expect(body.queue.details.jobs).toBeTypeOf('object');
  });
});
