import type { InputHTMLAttributes } from 'react'

/** One checkbox with its label; pass `id` when the same name and value appear in more than one form on a page. */
export function CheckboxField({ name, label, hint, ...rest }: { name: string; label: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'>) {
  const id = rest.id ?? `field-${name}${rest.value ? `-${String(rest.value)}` : ''}`
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" name={name} className="mt-1 h-5 w-5" aria-describedby={hint ? `${id}-hint` : undefined} {...rest} id={id} />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-gray-700">
            {hint}
          </p>
        )}
      </div>
    </div>
  )
}
