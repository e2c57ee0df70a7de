'use client';
// A small curated emoji grid in a popover: arrow keys move, Enter picks, Esc closes and returns
// focus to the button (no emoji-data dependency; these cover everyday support replies).
import { useEffect, useId, useRef, useState } from 'react';

const EMOJI: [string, string][] = [
  ['😀', 'grinning face'], ['😊', 'smiling face'], ['😂', 'tears of joy'], ['😍', 'heart eyes'], ['😉', 'winking face'], ['🙂', 'slightly smiling face'],
  ['🤔', 'thinking face'], ['😅', 'sweat smile'], ['😢', 'crying face'], ['😮', 'surprised face'], ['🙏', 'folded hands'], ['👍', 'thumbs up'],
  ['👎', 'thumbs down'], ['👌', 'OK hand'], ['👋', 'waving hand'], ['👏', 'clapping hands'], ['💪', 'flexed biceps'], ['🤝', 'handshake'],
  ['❤️', 'red heart'], ['💙', 'blue heart'], ['✨', 'sparkles'], ['🎉', 'party popper'], ['🔥', 'fire'], ['⭐', 'star'],
  ['✅', 'check mark'], ['❌', 'cross mark'], ['⚠️', 'warning'], ['📦', 'package'], ['🚚', 'delivery truck'], ['📅', 'calendar'],
  ['⏰', 'alarm clock'], ['📞', 'telephone'], ['📧', 'email'], ['💳', 'credit card'], ['🎁', 'gift'], ['☕', 'coffee'],
];
const COLUMNS = 6;

export function EmojiPicker({ onPick, disabled }: { onPick: (emoji: string) => void; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (open) gridRef.current?.querySelector<HTMLButtonElement>(`[data-index="${active}"]`)?.focus();
  }, [open, active]);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!gridRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }
  function onKeyDown(event: React.KeyboardEvent) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS };
    if (event.key in moves) {
      event.preventDefault();
      setActive((i) => Math.min(EMOJI.length - 1, Math.max(0, i + moves[event.key]!)));
    } else if (event.key === 'Home') { event.preventDefault(); setActive(0); }
    else if (event.key === 'End') { event.preventDefault(); setActive(EMOJI.length - 1); }
    else if (event.key === 'Escape') { event.preventDefault(); close(); }
  }

  return (
    <div className="relative">
      <button
        ref={buttonRef} type="button" disabled={disabled} aria-haspopup="dialog" aria-expanded={open} aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        className="rounded-md p-2 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor"><path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.3-5.86a.75.75 0 0 0-1.2-.9 2.6 2.6 0 0 1-4.2 0 .75.75 0 1 0-1.2.9 4.1 4.1 0 0 0 6.6 0ZM8 8.5a1 1 0 1 1-2 0 1 1 0 0 1 2 0Zm5 1a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" /></svg>
        <span className="sr-only">Insert emoji</span>
      </button>
      {open ? (
        // w-max: the popover sits in a wrapper as wide as the 36 px button, and an absolutely
        // positioned box shrinks to its containing block — the grid collapsed and the buttons
        // overlapped, so a click hit the neighbouring emoji. Fixed 36 px columns keep it a grid.
        <div
          id={id} role="dialog" aria-label="Emoji"
          // Tabbing away closes it (the toggle button handles its own click).
          onBlur={(event) => {
            const next = event.relatedTarget as Node | null;
            if (!event.currentTarget.contains(next) && next !== buttonRef.current) setOpen(false);
          }}
          className="absolute bottom-full left-0 z-30 mb-2 w-max rounded-lg bg-white p-2 shadow-lg ring-1 ring-slate-200"
        >
          <div ref={gridRef} role="grid" aria-label="Emoji" onKeyDown={onKeyDown} className="grid grid-cols-[repeat(6,2.25rem)] gap-1">
            {Array.from({ length: Math.ceil(EMOJI.length / COLUMNS) }, (_, row) => (
              <div role="row" key={row} className="contents">
                {EMOJI.slice(row * COLUMNS, row * COLUMNS + COLUMNS).map(([emoji, name], col) => {
                  const index = row * COLUMNS + col;
                  return (
                    <span role="gridcell" key={emoji}>
                      <button
                        type="button" data-index={index} tabIndex={index === active ? 0 : -1} aria-label={name} title={name}
                        onClick={() => { onPick(emoji); close(); }}
                        className="flex h-9 w-9 items-center justify-center rounded-md text-xl leading-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
                      >{emoji}</button>
                    </span>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
