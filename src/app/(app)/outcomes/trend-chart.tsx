'use client'
import { useEffect, useRef, useState } from 'react'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { quarterLabelAngle, quarterTicks, trendLineStyle, type LineStyle } from '@/lib/outcomes/trend-style'

/** A line: its data key, legend label, and whether it is the interim quarters' line (lighter, dashed, open markers). */
export type TrendSeries = { id: string; label: string; interim?: boolean }
export type TrendPoint = { quarter: string } & Record<string, number | string | null>

/** A legend key drawn with its line's own style (Recharts' default key showed final and interim alike). */
function LegendKey({ style }: { style: LineStyle }) {
  return (
    <svg width="40" height="12" aria-hidden="true" data-dash={style.dash ?? 'solid'} data-opacity={style.opacity} data-testid="trend-legend-key">
      <line x1="1" y1="6" x2="39" y2="6" stroke={style.stroke} strokeOpacity={style.opacity} strokeWidth={style.width} strokeDasharray={style.dash} />
      <circle cx="20" cy="6" r="3.5" stroke={style.stroke} strokeOpacity={style.opacity} strokeWidth="1.5" fill={style.openMarker ? '#ffffff' : style.stroke} />
    </svg>
  )
}

/**
 * A line per series across quarters, drawn with Recharts. The table beside it holds the same figures for people
 * who cannot see the chart, so the chart itself is one labelled image. Withheld figures are gaps, never zeros;
 * interim quarters are separate lighter dashed series that never join the final line (issue 14), with keys drawn
 * like their lines, and every quarter has its label on the axis.
 */
export function TrendChart({ title, series, points, percent }: { title: string; series: TrendSeries[]; points: TrendPoint[]; percent: boolean }) {
  const format = (v: unknown) => (typeof v === 'number' ? (percent ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100)) : '')
  // Where labels would overlap (many quarters, or a narrow screen: walk 35) they are turned rather than dropped, by the
  // width the chart is drawn at. The axis is padded so that the last quarter's label and its markers stay inside the
  // drawing (they were cut at its right edge).
  const frame = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | null>(null)
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => setWidth(entry ? Math.round(entry.contentRect.width) : null))
    if (frame.current) observer.observe(frame.current)
    return () => observer.disconnect()
  }, [])
  const { angle, height } = quarterLabelAngle(width, points.length)
  return (
    <div ref={frame} role="img" aria-label={title} className="max-w-full overflow-hidden">
      <LineChart data={points} style={{ width: '100%', maxWidth: 640, height: 230 + height }} responsive margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#b1b4b6" strokeDasharray="3 3" />
        <XAxis dataKey="quarter" stroke="#0b0c0c" ticks={quarterTicks(points)} interval={0} padding={{ left: 16, right: 32 }} angle={angle} textAnchor={angle === 0 ? 'middle' : 'end'} height={height} />
        <YAxis stroke="#0b0c0c" tickFormatter={format} domain={percent ? [0, 1] : [0, 'auto']} />
        <Tooltip formatter={(v) => format(v)} />
        {series.map((s) => {
          const style = trendLineStyle(series, s.id)
          return <Line key={s.id} type="monotone" dataKey={s.id} name={s.label} stroke={style.stroke} strokeOpacity={style.opacity} strokeDasharray={style.dash} strokeWidth={style.width} strokeLinecap="round" dot={style.openMarker ? { r: 4, fill: '#ffffff', strokeOpacity: style.opacity } : { r: 3 }} connectNulls={false} isAnimationActive={false} />
        })}
      </LineChart>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {series.map((s) => (
          <li key={s.id} className="flex items-center gap-2">
            <LegendKey style={trendLineStyle(series, s.id)} />
            <span>{s.label}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
