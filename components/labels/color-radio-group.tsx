import { labelPalette } from '@/lib/inbox/labels/label.schema';

/** The palette as a radio group: keyboard arrows move between colours, each has a name. */
export function ColorRadioGroup({ name = 'color', defaultValue, idPrefix, error }: { name?: string; defaultValue?: string; idPrefix: string; error?: string }) {
  const initial = labelPalette.some((c) => c.value === defaultValue) ? defaultValue : labelPalette[6].value;
  return (
    <fieldset aria-describedby={error ? `${idPrefix}-color-error` : undefined}>
      <legend className="block text-sm font-medium text-slate-700">Colour</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {labelPalette.map((colour) => (
          <label key={colour.value} className="relative cursor-pointer" title={colour.name}>
            <input type="radio" name={name} value={colour.value} defaultChecked={colour.value === initial} className="peer sr-only" />
            <span className="sr-only">{colour.name}</span>
            <span
              aria-hidden
              className="block h-7 w-7 rounded-full ring-offset-2 peer-checked:ring-2 peer-checked:ring-slate-900 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-4 peer-focus-visible:outline-brand-600"
              style={{ backgroundColor: colour.value }}
            />
          </label>
        ))}
      </div>
      {error ? <p id={`${idPrefix}-color-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
