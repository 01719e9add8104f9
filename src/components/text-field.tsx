import type { InputHTMLAttributes } from 'react'
import { Field, inputClass, type FieldProps } from './field'

export function TextField({ name, label, hint, errors, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(describedBy) => (
        <input id={`field-${name}`} name={name} aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined} className={inputClass} {...input} />
      )}
    </Field>
  )
}
