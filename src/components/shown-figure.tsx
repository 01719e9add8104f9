import { formatFigure, type ColumnKind } from '@/lib/outcomes/columns'
import { isNotApplicable, type Shown } from '@/lib/outcomes/disclosure'

/**
 * An aggregate figure as shown to people: formatted in their language, "[c]" if not shown — read out as `tooFew` for
 * a rate or mean on too few people to be reliable (walk 35: every [c] was read out as "withheld", though such a
 * figure hides nobody), else as `withheld` (a count from 1 to 4, or one that would give a withheld one away) — or "–"
 * (read out as `notApplicable`) for a rate on a base of 0, which hides nothing (issue 14, leads' item 1).
 */
export function ShownFigure({ shown, kind = 'count', locale, withheld, tooFew = withheld, notApplicable }: { shown: Shown | undefined; kind?: ColumnKind; locale: string; withheld: string; tooFew?: string; notApplicable: string }) {
  if (isNotApplicable(shown)) return <><span aria-hidden="true">–</span><span className="sr-only">{notApplicable}</span></>
  const value = shown?.value ?? null
  if (value !== null) return <>{formatFigure(value, kind, locale)}</>
  return <>[c]<span className="sr-only"> {shown?.suppressed === 'base' ? tooFew : withheld}</span></>
}
