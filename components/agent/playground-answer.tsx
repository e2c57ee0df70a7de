// One agent answer in the playground: the reply (or the handoff, with the rule that fired and
// why), the sources it used, which provider/model answered, tokens and estimated cost, and the
// exact prompt that was sent. Server-renderable (no state): <details> does the expanding.
import type { HandoffRule, PromptPreview } from '@/lib/agent/engine/compose-reply.types';
import type { SourceRef } from '@/lib/agent/engine/grounding';
import type { PlaygroundAnswer } from '@/lib/agent/playground/run-playground-turn';

export const handoffRuleLabels: Record<HandoffRule, string> = {
  asked_for_human: 'The customer asked for a person',
  keyword: 'A handoff keyword was used',
  topic: 'A topic the agent must not handle',
  low_grounding: 'Not enough grounding in your sources',
  unresolved_turns: 'Too many unresolved messages in a row',
  rate_limit: 'The hourly reply limit was reached',
  provider_error: 'The AI provider failed',
  blocked_content: 'The reply contained a blocked phrase',
  unsafe_promise: 'The reply made a promise it should not',
  prompt_injection: 'The message tried to override the instructions',
};

const sourceTypeLabels: Record<SourceRef['type'], string> = { product: 'Product', offer: 'Offer', faq: 'FAQ', hours: 'Hours', knowledge: 'Knowledge' };

/** Millionths of a dollar as money: 0 → "$0.00", 1234 → "$0.001234", 2_500_000 → "$2.50". */
export function formatCostMicros(micros: number): string {
  if (micros <= 0) return '$0.00';
  const dollars = micros / 1_000_000;
  return dollars >= 0.01 ? `$${dollars.toFixed(2)}` : `$${dollars.toFixed(6).replace(/0+$/, '')}`;
}

export function PlaygroundAnswerView({ answer }: { answer: PlaygroundAnswer }) {
  const { result } = answer;
  return (
    <div className="space-y-3">
      {result.action === 'reply' ? (
        <p className="whitespace-pre-wrap text-sm text-slate-900">{result.text}</p>
      ) : (
        // A provider failure is an error the owner must act on (key, quota): announced as an alert.
        <div role={result.rule === 'provider_error' ? 'alert' : undefined} className={`space-y-2 rounded-lg p-3 ring-1 ${result.rule === 'provider_error' ? 'bg-red-50 ring-red-200' : 'bg-amber-50 ring-amber-200'}`}>
          <p className="text-sm font-semibold text-amber-900">
            Handed off to a person — rule: {handoffRuleLabels[result.rule]} <code className="rounded bg-amber-100 px-1 text-xs font-normal">{result.rule}</code>
          </p>
          <p className="text-sm text-amber-900">Why: {result.reason}</p>
          {result.customerMessage ? (
            <p className="text-sm text-slate-800">
              <span className="font-medium">The customer is told:</span> <span className="whitespace-pre-wrap">{result.customerMessage}</span>
            </p>
          ) : (
            <p className="text-sm text-slate-700">The customer is not sent anything; a teammate takes over.</p>
          )}
        </div>
      )}

      {result.action === 'reply' && result.unresolved ? (
        <p className="text-xs text-amber-800">This answer did not resolve the question (counts towards the unresolved-messages handoff).</p>
      ) : null}

      <SourcesList sources={result.sources} />

      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600">
        <dt className="font-medium">Provider</dt>
        <dd>{answer.providerLabel}</dd>
        <dt className="font-medium">Model</dt>
        <dd>{result.model}</dd>
        <dt className="font-medium">Tokens</dt>
        <dd>{result.usage.inputTokens.toLocaleString('en')} in · {result.usage.outputTokens.toLocaleString('en')} out</dd>
        <dt className="font-medium">Estimated cost</dt>
        <dd>{formatCostMicros(result.usage.costMicros)}</dd>
        {result.action === 'reply' ? (
          <>
            <dt className="font-medium">Grounding</dt>
            <dd>{Math.round(result.grounding * 100)}%</dd>
          </>
        ) : null}
      </dl>

      <PromptPreviewView prompt={result.prompt} />
    </div>
  );
}

function SourcesList({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return <p className="text-xs text-slate-500">No sources used.</p>;
  return (
    <div>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Sources</p>
      <ul aria-label="Sources" className="mt-1 space-y-2">
        {sources.map((source) => (
          <li key={`${source.type}:${source.id}`} className="rounded-lg bg-slate-50 p-2 text-xs ring-1 ring-slate-200">
            <p>
              <span className="mr-1 rounded-full bg-white px-2 py-0.5 font-semibold text-slate-700 ring-1 ring-slate-300">{sourceTypeLabels[source.type]}</span>
              <span className="font-medium text-slate-900">{source.title}</span>
            </p>
            <p className="mt-1 line-clamp-3 text-slate-600">{source.excerpt}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PromptPreviewView({ prompt }: { prompt: PromptPreview | null }) {
  return (
    <details className="rounded-lg ring-1 ring-slate-200">
      <summary className="cursor-pointer rounded-lg px-3 py-2 text-xs font-semibold text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">Prompt preview</summary>
      <div className="space-y-3 border-t border-slate-200 p-3 text-xs">
        {prompt ? (
          <>
            <p className="text-slate-600">Exactly what was sent to the provider, after redaction.</p>
            <div>
              <p className="font-semibold text-slate-700">System prompt</p>
              <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-900 p-2 text-slate-100">{prompt.system}</pre>
            </div>
            <div>
              <p className="font-semibold text-slate-700">Messages</p>
              <ol className="mt-1 space-y-1">
                {prompt.messages.map((message, index) => (
                  <li key={index} className="rounded bg-slate-50 p-2 ring-1 ring-slate-200">
                    <span className="font-semibold">{message.role === 'user' ? 'Customer' : 'Business'}:</span> <span className="whitespace-pre-wrap break-words">{message.content}</span>
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <p className="font-semibold text-slate-700">Redacted</p>
              {prompt.redactions.length ? (
                <ul className="mt-1 flex flex-wrap gap-1">
                  {prompt.redactions.map((redaction) => (
                    <li key={redaction.placeholder} className="rounded bg-white px-2 py-0.5 ring-1 ring-slate-300">
                      <code>{redaction.placeholder}</code> — {redaction.kind.replace('_', ' ')}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-600">Nothing needed redacting.</p>
              )}
            </div>
          </>
        ) : (
          <p className="text-slate-600">Nothing was sent to a model: the conversation was handed off before the provider was asked.</p>
        )}
      </div>
    </details>
  );
}
