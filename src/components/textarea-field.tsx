import type { TextareaHTMLAttributes } from 'react'
import { Field, inputClass, type FieldProps } from './field'

export function TextareaField({ name, label, hint, errors, ...rest }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(describedBy) => (
        <textarea id={`field-${name}`} name={name} rows={5} aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined} className={inputClass} {...rest} />
      )}
    </Field>
  )
}
