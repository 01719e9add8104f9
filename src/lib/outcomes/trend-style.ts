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
