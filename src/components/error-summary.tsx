'use client'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { levelWithin } from './heading-level'
import { leftToPage, usePostedRefusal } from './posted-refusal'
import { summaryEntries } from './summary-entries'
import { focusSummaryTarget } from './summary-link-focus'

/**
 * GOV.UK-style error summary: announced, focused, and linking to each field in error; `labels` (field name → its
 * label, in the form's order) names each link's field (summaryEntries). Required, so no form lists bare messages such
 * as "This field is required" (walk 55 F3). With `reload` (a stale form's refusal, the
 * link's text: walk 20, D10) it links to the page itself, which loads it afresh (`href=""` is the document's URL).
 * `message` (what to do about the marked fields) is left out when no field is marked, only form-level lines.
 * Its title is a heading one level below the section it sits in (`levelWithin`; h2 until the browser has placed it).
 * A stale refusal the page already shows at the top (a post made without the script, break 56 F2) is said once, there.
 */
export function ErrorSummary({ title, message, fieldErrors = {}, idPrefix = 'field', labels, reload }: { title: string; message?: string; fieldErrors?: Record<string, string[]>; idPrefix?: string; labels: Record<string, string>; reload?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [title, message, fieldErrors])
  const [level, setLevel] = useState(2)
  useLayoutEffect(() => {
    if (ref.current) setLevel(levelWithin(ref.current))
  }, [])
  const Title = `h${level}` as 'h2'
  const entries = summaryEntries(fieldErrors, labels)
  // A refusal of the whole form (a stale page, a closed record, not allowed) marks no field: its own lines say what
  // happened, and "Check the answers marked below" would send the user looking for nothing (walk 23, D3).
  const said = entries.length > 0 && entries.every((e) => e.field === '_form') ? undefined : message
  const pageRefusal = usePostedRefusal()
  if (leftToPage({ reload, message }, pageRefusal)) return null
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${idPrefix}-error-summary-title`} className="mb-6 border-4 border-error p-4">
      <Title id={`${idPrefix}-error-summary-title`} className="mb-2 text-xl font-bold">
        {title}
      </Title>
      {said && <p className="mb-2">{said}</p>}
      {entries.length > 0 && (
        <ul className="list-none space-y-1">
          {entries.map(({ field, text }, n) => (
            <li key={`${field}-${n}`}>
              {field === '_form' ? (
                <span className="font-bold text-error">{text}</span>
              ) : (
                <a href={`#${idPrefix}-${field}`} onClick={(e) => focusSummaryTarget(e, `${idPrefix}-${field}`)} className="font-bold text-error">
                  {text}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* After what happened, as the page's own summary says it without the script (walk 63 F8: the action came first). */}
      {reload && (
        <p className="mt-2">
          <a href="" className="font-bold underline">
            {reload}
          </a>
        </p>
      )}
    </div>
  )
}
