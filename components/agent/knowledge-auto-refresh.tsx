'use client';
// While a file is being indexed, re-render the page every 2 s so its status turns into
// Ready/Failed without a reload. Stops as soon as nothing is processing.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function KnowledgeAutoRefresh({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => router.refresh(), 2000);
    return () => window.clearInterval(timer);
  }, [active, router]);
  return null;
}
