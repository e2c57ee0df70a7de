// /dev/meta/oauth/instagram – the simulator's stand-in for Instagram's OAuth dialog (404 in production).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConsentDialog } from '@/components/meta-simulator/consent-dialog';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Log in with Instagram (simulator)', robots: { index: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function InstagramDialogPage({ searchParams }: PageProps<'/dev/meta/oauth/instagram'>) {
  if (!devToolsEnabled()) notFound();
  const q = await searchParams;
  const params = Object.fromEntries(['client_id', 'redirect_uri', 'state', 'scope', 'extras', 'response_type', 'config_id'].map((k) => [k, first(q[k])]));
  return <ConsentDialog dialog="instagram" params={params} />;
}
