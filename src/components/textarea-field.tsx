import type { TextareaHTMLAttributes } from 'react'
import { describedProps, Field, fieldId, inputClass, type FieldProps } from './field'

export function TextareaField({ name, label, hint, errors, idPrefix, ...rest }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} idPrefix={idPrefix}>
      {(describedBy) => (
        <textarea id={fieldId(name, idPrefix)} name={name} rows={5} {...describedProps(describedBy, !!errors?.length)} className={inputClass} {...rest} />
      )}
    </Field>
  )
}
