/** On every stand-in page, so nobody mistakes it for Stripe. */
export function StandInBanner() {
  return (
    <div role="note" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-900 ring-1 ring-amber-300">
      Stripe stand-in for development — not Stripe. No card is charged and nothing leaves this machine.
    </div>
  );
}
