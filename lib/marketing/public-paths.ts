// The public pages served by the Pages Router (pages/, no framework JavaScript). A unit test
// keeps this list equal to the files in pages/.
export const PUBLIC_PAGE_PATHS = ['/', '/pricing', '/cookies', '/legal/privacy', '/legal/terms', '/data-deletion', '/data-deletion/status', '/data-deletion/confirm'] as const;

/** Where next.config.ts rewrites the App Router's RSC requests for a public page (a 204). */
export const PUBLIC_PAGE_RSC_STAND_IN = '/api/public-page-rsc';
