// A shared location, linked to OpenStreetMap.
export type SharedLocation = { latitude?: number; longitude?: number; name?: string; address?: string };

export function LocationCard({ location }: { location: SharedLocation }) {
  const { latitude, longitude } = location;
  const hasPoint = typeof latitude === 'number' && typeof longitude === 'number';
  const href = hasPoint ? `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}` : null;
  return (
    <div className="max-w-xs rounded-lg bg-white/70 p-2.5 text-sm ring-1 ring-slate-200">
      <span className="block text-xs font-semibold text-slate-600">📍 Location</span>
      {location.name ? <span className="block font-semibold text-slate-900">{location.name}</span> : null}
      {location.address ? <span className="block text-slate-700">{location.address}</span> : null}
      {hasPoint ? <span className="block text-xs text-slate-600">{latitude!.toFixed(5)}, {longitude!.toFixed(5)}</span> : null}
      {href ? <a href={href} target="_blank" rel="noopener noreferrer" className="mt-1 inline-block text-xs font-semibold text-brand-700 underline">Open map</a> : null}
    </div>
  );
}
