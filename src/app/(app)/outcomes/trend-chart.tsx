'use client'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'

export type TrendSeries = { id: string; label: string }
export type TrendPoint = { quarter: string } & Record<string, number | string | null>

// Distinguishable without colour alone: each series also has its own dash pattern (WCAG 1.4.1).
const STYLES = [
  { stroke: '#0b0c0c', dash: undefined },
  { stroke: '#1d70b8', dash: '6 3' },
  { stroke: '#d4351c', dash: '2 2' },
]

/**
 * A line per series across quarters, drawn with Recharts. The table beside it holds the same figures for people
 * who cannot see the chart, so the chart itself is one labelled image. Withheld figures are gaps, never zeros.
 */
export function TrendChart({ title, series, points, percent }: { title: string; series: TrendSeries[]; points: TrendPoint[]; percent: boolean }) {
  const format = (v: unknown) => (typeof v === 'number' ? (percent ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100)) : '')
  return (
    <div role="img" aria-label={title} className="max-w-full overflow-hidden">
      <LineChart data={points} style={{ width: '100%', maxWidth: 640, height: 260 }} responsive margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#b1b4b6" strokeDasharray="3 3" />
        <XAxis dataKey="quarter" stroke="#0b0c0c" />
        <YAxis stroke="#0b0c0c" tickFormatter={format} domain={percent ? [0, 1] : [0, 'auto']} />
        <Tooltip formatter={(v) => format(v)} />
        <Legend />
        {series.map((s, i) => (
          <Line key={s.id} type="monotone" dataKey={s.id} name={s.label} stroke={STYLES[i % STYLES.length]!.stroke} strokeDasharray={STYLES[i % STYLES.length]!.dash} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </div>
  )
}
