import type { InputHTMLAttributes } from 'react'
import { describedProps, Field, fieldId, inputClass, type FieldProps } from './field'

export function TextField({ name, label, hint, errors, idPrefix, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} idPrefix={idPrefix}>
      {(describedBy) => (
        <input id={fieldId(name, idPrefix)} name={name} {...describedProps(describedBy, !!errors?.length)} className={inputClass} {...input} />
      )}
    </Field>
  )
}
