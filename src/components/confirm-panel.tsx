'use client'
import { useEffect, useRef } from 'react'
import { CheckboxField } from './checkbox-field'
import type { TConfirmBox } from '@/lib/confirm-box'

/**
 * The "are you sure" beside a form (re-walk of issue 16, D6): a confirmation panel in the brand's colours, not the red
 * error style, announced politely (role status) and focused when it first asks, so the user lands on the question and
 * its labelled tick. `error` (the tick's message) shows only once the user sent the form again without ticking; the
 * error summary then takes the focus and links to the tick (`<idPrefix>-confirm`). It takes the focus only while it
 * is the whole answer (`asking`): beside a refusal it explains, and the error summary keeps the focus (walk 41 F7).
 * It carries `confirmAsked` so the next refusal knows the question was on screen (onlyAsking).
 */
export function ConfirmPanel({ idPrefix, box, error, asking }: { idPrefix: string; box: TConfirmBox; error?: string; asking: boolean }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (asking) ref.current?.focus()
  }, [box, asking])
  const titleId = `${idPrefix}-confirm-title`
  const errorId = `${idPrefix}-confirm-error`
  const tickId = `${idPrefix}-confirm`
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-labelledby={titleId} className="border-l-4 border-brand bg-brand-light p-3">
      <p id={titleId} className="font-bold">{box.title}</p>
      <ul className="mb-2 list-disc pl-5">{box.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
      {box.tick && error ? <p id={errorId} className="font-bold text-error">{error}</p> : null}
      {box.tick ? <CheckboxField id={tickId} name="confirm" label={box.label} hint={box.hint} aria-invalid={error ? true : undefined} aria-describedby={[error ? errorId : '', `${tickId}-hint`].filter(Boolean).join(' ')} /> : null}
      {box.tick ? <input type="hidden" name="confirmAsked" value="1" /> : null}
    </div>
  )
}
