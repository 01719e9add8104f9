import type { ReactNode } from 'react'

export type FieldProps = { name: string; label: string; hint?: string; errors?: string[] }

/** Label, hint and error wiring shared by every input (real labels, aria-describedby). */
export function Field({ name, label, hint, errors, children }: FieldProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = errors?.length ? `${name}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={errors?.length ? 'border-l-4 border-error pl-3' : undefined}>
      <label htmlFor={`field-${name}`} className="block font-bold">
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
