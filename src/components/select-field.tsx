import type { SelectHTMLAttributes } from 'react'
import { describedProps, Field, fieldId, inputClass, type FieldProps } from './field'

export type Option = { value: string; label: string }

export function SelectField({
  name,
  label,
  hint,
  errors,
  idPrefix,
  options,
  placeholder,
  ...rest
}: FieldProps & { options: Option[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} idPrefix={idPrefix}>
      {(describedBy) => (
        <select id={fieldId(name, idPrefix)} name={name} {...describedProps(describedBy, !!errors?.length)} className={inputClass} {...rest}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
