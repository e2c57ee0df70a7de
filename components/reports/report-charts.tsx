'use client';
// Charts for /reports (recharts). Each is decorative for screen readers (aria-hidden): the
// table beside it carries the same numbers in accessible form. recharts 3 turns on its
// accessibilityLayer by default (a focusable SVG with arrow-key tooltips); inside an aria-hidden
// wrapper that would be a keyboard stop announcing nothing, so it is off (chartA11yProps).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const channelColors: Record<string, string> = { Instagram: '#d6336c', Messenger: '#3b54e6', WhatsApp: '#2f9e44' };
const axis = { fontSize: 12, fill: '#475569' };
/** Keeps the chart SVG out of the tab order (the wrapper is aria-hidden; the table is the accessible view). */
export const chartA11yProps = { accessibilityLayer: false } as const;

function Frame({ children, height = 260 }: { children: React.ReactElement; height?: number }) {
  return (
    <div aria-hidden="true" className="w-full min-w-0" style={{ height }} data-chart>
      <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
    </div>
  );
}

/** Stacked daily bars, one colour per channel. */
export function VolumeChart({ rows, channels }: { rows: Record<string, string | number>[]; channels: string[] }) {
  return (
    <Frame>
      <BarChart {...chartA11yProps} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="day" tick={axis} tickFormatter={(d: string) => d.slice(5)} minTickGap={12} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {channels.map((ch) => <Bar key={ch} dataKey={ch} stackId="volume" fill={channelColors[ch] ?? '#64748b'} isAnimationActive={false} />)}
      </BarChart>
    </Frame>
  );
}

/** Horizontal bars for labelled counts (handoff reasons, draft outcomes, ratings, members). */
export function CountBars({ rows, valueLabel, color = '#3b54e6' }: { rows: { label: string; value: number }[]; valueLabel: string; color?: string }) {
  return (
    <Frame height={Math.max(140, rows.length * 36 + 40)}>
      <BarChart {...chartA11yProps} data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tick={axis} />
        <YAxis type="category" dataKey="label" width={150} tick={axis} />
        <Tooltip />
        <Bar dataKey="value" name={valueLabel} fill={color} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}
