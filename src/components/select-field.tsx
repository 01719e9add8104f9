import type { SelectHTMLAttributes } from 'react'
import { describedProps, Field, fieldId, inputClass, type FieldProps } from './field'

/** `group`: the value of another select this option belongs to (a person's agency), for `narrowOptions`. */
export type Option = { value: string; label: string; group?: string }

/**
 * The options of a select narrowed to those of the group chosen in another select (issue 16, MAPPA gaps item 2: the
 * people of the chosen owner agency). Nothing chosen yet: every option. Options without a group always stay.
 */
export function narrowOptions(options: Option[], chosen: string | undefined): Option[] {
  return chosen ? options.filter((o) => o.group === undefined || o.group === chosen) : options
}

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
