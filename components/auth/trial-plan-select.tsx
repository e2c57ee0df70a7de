import { planOptions } from '@/lib/billing/plan-options';
import { getPlan } from '@/lib/billing/plans';
import { inputClass, labelClass } from '@/components/ui/form-status';

/** The plan the free trial converts to: preselected from /pricing (?plan=&period=), changeable here and later. */
export function TrialPlanSelect({ defaultValue }: { defaultValue: string }) {
  const trialDays = getPlan('trial').trialDays;
  return (
    <div className="rounded-xl bg-brand-50 p-4 ring-1 ring-brand-100">
      <p className="text-sm font-semibold text-slate-900">{trialDays}-day free trial · no card needed</p>
      <label htmlFor="plan" className={`${labelClass} mt-3`}>Plan after the trial</label>
      <select id="plan" name="plan" defaultValue={defaultValue} aria-describedby="plan-hint" className={`mt-1 bg-white shadow-sm ${inputClass}`}>
        {planOptions.map((o) => (
          <option key={o.value} value={o.value}>{`${o.label} — ${o.price}`}</option>
        ))}
      </select>
      <p id="plan-hint" className="mt-1 text-xs text-slate-600">Nothing is charged now. You pay only if you choose to continue, and you can switch plans any time on the Billing page.</p>
    </div>
  );
}
