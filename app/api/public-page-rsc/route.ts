// The answer to the App Router's RSC requests for a public page (rewritten here by
// next.config.ts): no RSC payload, so the router navigates to the page with a full load.
const empty = () => new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });

export const GET = empty;
export const HEAD = empty;
