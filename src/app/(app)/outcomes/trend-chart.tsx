'use client'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { interimSeriesId } from '@/lib/outcomes/interim'

/** A line: its data key, legend label, and whether it is the interim quarters' line (drawn dotted, with open markers). */
export type TrendSeries = { id: string; label: string; interim?: boolean }
export type TrendPoint = { quarter: string } & Record<string, number | string | null>

// Distinguishable without colour alone: each series also has its own dash pattern (WCAG 1.4.1).
const STYLES = [
  { stroke: '#0b0c0c', dash: undefined },
  { stroke: '#1d70b8', dash: '6 3' },
  { stroke: '#d4351c', dash: '2 2' },
]

/**
 * A line per series across quarters, drawn with Recharts. The table beside it holds the same figures for people
 * who cannot see the chart, so the chart itself is one labelled image. Withheld figures are gaps, never zeros;
 * interim quarters are separate dotted series that never join the final line (issue 14).
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
        {series.map((s) => {
          // A measure and its interim line share a colour; the interim one is dotted, with open markers (issue 14).
          const style = STYLES[series.filter((x) => !x.interim).findIndex((x) => s.id === x.id || s.id === interimSeriesId(x.id)) % STYLES.length]!
          return <Line key={s.id} type="monotone" dataKey={s.id} name={s.label} stroke={style.stroke} strokeDasharray={s.interim ? '1 4' : style.dash} strokeWidth={s.interim ? 3 : 2} strokeLinecap="round" dot={s.interim ? { r: 4, fill: '#ffffff' } : { r: 3 }} connectNulls={false} isAnimationActive={false} />
        })}
      </LineChart>
    </div>
  )
}
