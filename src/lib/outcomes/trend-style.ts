import { interimSeriesId } from './interim'

/** How one line of a trend chart is drawn; its legend key is drawn from the same values, so key and line agree. */
export type LineStyle = { stroke: string; dash: string | undefined; opacity: number; width: number; openMarker: boolean }

// Distinguishable without colour alone: each measure also has its own dash pattern (WCAG 1.4.1).
const FINAL_STYLES = [
  { stroke: '#0b0c0c', dash: undefined },
  { stroke: '#1d70b8', dash: '6 3' },
  { stroke: '#d4351c', dash: '2 2' },
]
// Interim quarters: the measure's colour, lighter, with long dashes and open markers, patterns none of the final lines
// uses, so an interim line and its key never look like a final one (re-check of issue 14, D6: both keys were black dots).
const INTERIM_DASHES = ['10 5', '10 4 2 4', '10 4 2 4 2 4']
const INTERIM_OPACITY = 0.55

/**
 * The style of series `id` among `series` (ids with an `interim` flag; an interim series is interimSeriesId of its
 * measure's id). Output: colour, dash pattern (undefined: solid), opacity 0–1, width in px and whether markers are
 * open. A measure and its interim line share a colour; the interim line is lighter, long-dashed (a pattern
 * of its own per measure) and open-marked.
 */
export function trendLineStyle(series: { id: string; interim?: boolean }[], id: string): LineStyle {
  const measures = series.filter((s) => !s.interim)
  const index = Math.max(0, measures.findIndex((m) => m.id === id || interimSeriesId(m.id) === id))
  const base = FINAL_STYLES[index % FINAL_STYLES.length]!
  const interim = series.find((s) => s.id === id)?.interim === true
  return interim
    ? { stroke: base.stroke, dash: INTERIM_DASHES[index % INTERIM_DASHES.length], opacity: INTERIM_OPACITY, width: 2.5, openMarker: true }
    : { stroke: base.stroke, dash: base.dash, opacity: 1, width: 2, openMarker: false }
}

/** Every quarter of a chart as an x-axis tick, oldest first: none is dropped to save room (D6: 2026-Q3 had no label). */
export const quarterTicks = (points: { quarter: string }[]): string[] => points.map((p) => p.quarter)

/** What the chart's drawing spends outside the quarter axis, in px: margins, the value axis and the axis padding. */
const AXIS_OVERHEAD_PX = 24 + 60 + 48

/**
 * How a trend chart's quarter labels are turned so that none overlaps another (issue 14, walk 35: at 320–414 px wide
 * the eight level labels ran into each other). Input: the chart's width in px (null before it is measured: the
 * desktop width, 640) and the number of quarters. Output: the angle in degrees and the axis height in px: level while
 * a label (about 56 px of "2026-Q4") fits its share of the axis; slanted 35° while neighbours' parallel baselines stay
 * a line (14 px) apart, 14 / sin 35° ≈ 25 px of axis each; otherwise upright (−90°).
 */
export function quarterLabelAngle(widthPx: number | null, quarters: number): { angle: number; height: number } {
  const each = (Math.min(widthPx ?? 640, 640) - AXIS_OVERHEAD_PX) / Math.max(1, quarters)
  if (each >= 60) return { angle: 0, height: 30 }
  if (each >= 26) return { angle: -35, height: 60 }
  return { angle: -90, height: 70 }
}
