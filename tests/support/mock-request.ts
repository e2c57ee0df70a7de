// The request a server action or route handler sees under test. Test files mock next/headers and
// next/cache with these factories (vi.mock is hoisted per file, so each file keeps its one line):
//   vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
//   vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());
// Deliberately free of app imports: it loads while next/headers is being mocked.
export const mockRequest = { cookies: new Map<string, string>(), headers: new Headers() };

export const sameOriginHeaders = () => new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000', 'user-agent': 'vitest' });

export function nextHeadersMock() {
  const { cookies } = mockRequest;
  return {
    cookies: async () => ({
      get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name)! } : undefined),
      set: (name: string, value: string) => void cookies.set(name, value),
      delete: (name: string) => void cookies.delete(name),
    }),
    headers: async () => mockRequest.headers,
  };
}

export const nextCacheMock = () => ({ revalidatePath: () => {}, revalidateTag: () => {} });
