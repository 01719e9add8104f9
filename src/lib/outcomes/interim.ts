// Interim quarters kept apart from final ones (issue 14: "A quarter whose 18 months are not over is labelled interim
// and kept apart"): the charts, tables, downloads and board pack all split quarters with these, so no line, table
// or figure joins or mixes an interim quarter with a final one.

/** Quarters split into the final and the interim ones, each oldest first. */
export function splitInterim<T extends { quarter: string; interim: boolean }>(quarters: T[]): { final: T[]; interim: T[] } {
  const sorted = [...quarters].sort((a, b) => a.quarter.localeCompare(b.quarter))
  return { final: sorted.filter((q) => !q.interim), interim: sorted.filter((q) => q.interim) }
}

/** The chart series of a measure's interim quarters: drawn as a line of its own, never joined to the final line. */
export const interimSeriesId = (id: string) => `${id}_interim`

/**
 * A trend chart's points, oldest first: each series' figure under its own id in a final quarter, under
 * interimSeriesId(id) in an interim one, and null under the other, so the two lines share no point and cannot join.
 * A withheld figure is null (a gap, never 0).
 */
export function trendPoints(quarters: { quarter: string; interim: boolean; total: Record<string, { value: number | null } | undefined> }[], series: string[]) {
  return quarters.map((q) => ({
    quarter: q.quarter,
    ...Object.fromEntries(series.flatMap((id) => {
      const value = q.total[id]?.value ?? null
      return [[id, q.interim ? null : value], [interimSeriesId(id), q.interim ? value : null]]
    })),
  }))
}
