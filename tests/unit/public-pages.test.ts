// The public pages' contract (docs/architecture.md, "Public pages"): every page in pages/ opts
// out of the framework runtime, the App Router's RSC requests for each get an empty answer, and the inlined consent script
// is the committed, zod-free bundle of its source.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleConsentClient, committedConsentClient } from '@/lib/devtools/bundle-consent-client';
import { PUBLIC_PAGE_PATHS, PUBLIC_PAGE_RSC_STAND_IN } from '@/lib/marketing/public-paths';
import nextConfig from '@/next.config';

function pageFiles(dir = 'pages', prefix = ''): { route: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return pageFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    if (!entry.name.endsWith('.tsx') || entry.name.startsWith('_')) return [];
    const name = entry.name.replace(/\.tsx$/, '');
    return [{ route: name === 'index' ? prefix || '/' : `${prefix}/${name}`, file: path.join(dir, entry.name) }];
  });
}

describe('public pages', () => {
  it('PUBLIC_PAGE_PATHS lists exactly the pages in pages/', () => {
    expect(pageFiles().map((p) => p.route).sort()).toEqual([...PUBLIC_PAGE_PATHS].sort());
  });

  it('every page turns the framework runtime off and renders through PublicPage', () => {
    for (const { file } of pageFiles()) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).toContain('export const config: PageConfig = { unstable_runtimeJS: false };');
      expect(source, file).toContain('<PublicPage');
      expect(source, file).toMatch(/export const getServerSideProps = publicPageProps/);
    }
  });
});

describe('RSC requests for public pages', () => {
  it('next.config.ts rewrites the App Router\'s RSC requests (and only those) for every public page to the 204 stand-in', async () => {
    const rewrites = await nextConfig.rewrites!();
    const beforeFiles = (Array.isArray(rewrites) ? rewrites : rewrites.beforeFiles) ?? [];
    expect(beforeFiles.map((r) => r.source).sort()).toEqual([...PUBLIC_PAGE_PATHS].sort());
    for (const rule of beforeFiles) {
      expect(rule.destination).toBe(PUBLIC_PAGE_RSC_STAND_IN);
      expect(rule.has).toEqual([{ type: 'header', key: 'rsc', value: '1' }]);
    }
  });

  it('the stand-in answers with an empty, uncached 204', async () => {
    const { GET } = await import('@/app/api/public-page-rsc/route');
    const response = GET();
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('inline consent script', () => {
  it('is the committed bundle of components/consent/browser (run `npm run consent:build` after editing it)', async () => {
    expect(committedConsentClient()).toBe(await bundleConsentClient());
  });

  it('stays small and free of zod and React', async () => {
    const { CONSENT_CLIENT_JS } = await import('@/components/consent/browser/consent-client.generated');
    expect(CONSENT_CLIENT_JS.length).toBeLessThan(12 * 1024);
    expect(CONSENT_CLIENT_JS).not.toMatch(/ZodError|react\.element|__SECRET_INTERNALS/);
  });
});
