/** Shown on every simulator page so nobody mistakes it for Meta. */
export function SimulatorBanner() {
  return (
    <div role="note" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-900 ring-1 ring-amber-300">
      Development simulator — not Meta. Nothing here reaches Instagram, Facebook or WhatsApp.
    </div>
  );
}
