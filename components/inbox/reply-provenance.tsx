// "Written by <provider> · Sources: …" under an AI draft or an AI-sent message.
import type { ReplyProvenance as Provenance } from '@/lib/agent/runtime/agent-reply-provenance';

export function ReplyProvenance({ provenance, className = '' }: { provenance: Provenance; className?: string }) {
  return (
    <p className={`text-xs text-slate-600 ${className}`}>
      <span className="font-medium">{provenance.providerLabel}</span>
      {' · '}
      {provenance.sources.length ? <>Sources: {provenance.sources.join(', ')}</> : 'No sources used'}
    </p>
  );
}
