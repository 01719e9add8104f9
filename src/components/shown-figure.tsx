import { formatFigure, type ColumnKind } from '@/lib/outcomes/columns'
import { isNotApplicable, type Shown } from '@/lib/outcomes/disclosure'

/**
 * An aggregate figure as shown to people: formatted in their language, "[c]" (read out as `withheld`) if withheld,
 * or "–" (read out as `notApplicable`) for a rate on a base of 0, which hides nothing (issue 14, leads' item 1).
 */
export function ShownFigure({ shown, kind = 'count', locale, withheld, notApplicable }: { shown: Shown | undefined; kind?: ColumnKind; locale: string; withheld: string; notApplicable: string }) {
  if (isNotApplicable(shown)) return <><span aria-hidden="true">–</span><span className="sr-only">{notApplicable}</span></>
  const value = shown?.value ?? null
  return value === null ? <>[c]<span className="sr-only"> {withheld}</span></> : <>{formatFigure(value, kind, locale)}</>
}
