import { formatFigure, type ColumnKind } from '@/lib/outcomes/columns'
import type { Shown } from '@/lib/outcomes/disclosure'

/** An aggregate figure as shown to people: formatted in their language, or "[c]" (read out as `withheld`) if withheld. */
export function ShownFigure({ shown, kind = 'count', locale, withheld }: { shown: Shown | undefined; kind?: ColumnKind; locale: string; withheld: string }) {
  const value = shown?.value ?? null
  return value === null ? <>[c]<span className="sr-only"> {withheld}</span></> : <>{formatFigure(value, kind, locale)}</>
}
