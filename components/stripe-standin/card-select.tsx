import { standInCards } from '@/lib/stripe-standin/standin-cards';

export function CardSelect({ id = 'card', defaultValue = 'ok' }: { id?: string; defaultValue?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">Test card</label>
      <select id={id} name="card" defaultValue={defaultValue} className="mt-1 block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600">
        {Object.entries(standInCards).map(([value, card]) => <option key={value} value={value}>{card.number} — {card.label}</option>)}
      </select>
    </div>
  );
}
