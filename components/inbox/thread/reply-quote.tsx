/** The message this one replies to (WhatsApp context / IG reply_to), when known. */
export function ReplyQuote({ replyTo }: { replyTo: { found: boolean; text: string | null } }) {
  return (
    <blockquote className="mb-1.5 border-l-4 border-slate-300 bg-white/60 px-2 py-1 text-xs text-slate-600">
      <span className="sr-only">Replying to: </span>
      {replyTo.found ? <span className="line-clamp-2">{replyTo.text}</span> : <span className="italic">Reply to an earlier message</span>}
    </blockquote>
  );
}
