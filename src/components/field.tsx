import type { ReactNode } from 'react'

/** `idPrefix` keeps ids unique when a page has several forms with the same field names. */
export type FieldProps = { name: string; label: string; hint?: string; errors?: string[]; idPrefix?: string }

export const fieldId = (name: string, idPrefix = 'field') => `${idPrefix}-${name}`

/** Label, hint and error wiring shared by every input (real labels, aria-describedby). */
export function Field({ name, label, hint, errors, idPrefix, children }: FieldProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const id = fieldId(name, idPrefix)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div {...(errors?.length ? { className: 'border-l-4 border-error pl-3' } : {})}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="font-bold text-error">
          {errors!.join(' ')}
        </p>
      )}
      {children(describedBy)}
    </div>
  )
}

/** The look of every text box and list: one class in globals.css rather than its utilities on each (issue 18 item 2). */
export const inputClass = 'field-input'

/**
 * The accessibility attributes of an input, leaving out those that do not apply: a prop set to undefined still costs
 * the page's React payload a `"$undefined"` (issue 18 item 2). Input: the ids describing it, whether it has errors.
 */
export const describedProps = (describedBy: string | undefined, invalid: boolean) => ({
  ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  ...(invalid ? { 'aria-invalid': true } : {}),
})
