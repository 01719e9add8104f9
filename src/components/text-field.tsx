import type { InputHTMLAttributes } from 'react'
import { Field, fieldId, inputClass, type FieldProps } from './field'

export function TextField({ name, label, hint, errors, idPrefix, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} idPrefix={idPrefix}>
      {(describedBy) => (
        <input id={fieldId(name, idPrefix)} name={name} aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined} className={inputClass} {...input} />
      )}
    </Field>
  )
}
