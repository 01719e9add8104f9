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
    <div className={errors?.length ? 'border-l-4 border-error pl-3' : undefined}>
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

export const inputClass = 'mt-1 block w-full border-2 border-gray-900 px-2 py-1.5'
