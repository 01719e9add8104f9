import type { SelectHTMLAttributes } from 'react'
import { describedProps, Field, fieldId, inputClass, type FieldProps } from './field'

/** `group`: the value of another select this option belongs to (a person's agency), for `narrowOptions`. */
export type Option = { value: string; label: string; group?: string }

/**
 * The options of a select narrowed to those of the group chosen in another select (issue 16, MAPPA gaps item 2: the
 * people of the chosen owner agency; sec19b: the IOM leads who may lead the chosen candidate). Nothing chosen yet:
 * every option, each value once (one lead may be offered in several candidates' groups). Options without a group
 * always stay.
 */
export function narrowOptions(options: Option[], chosen: string | undefined): Option[] {
  if (chosen) return options.filter((o) => o.group === undefined || o.group === chosen)
  const seen = new Set<string>()
  return options.filter((o) => !seen.has(o.value) && seen.add(o.value))
}

/**
 * A labelled select. Its `defaultValue` is also its key: React applies a select's default only when it mounts, and the
 * form reset after a saved action puts back the mount-time one, so an edit form that stays on screen showed the old
 * choice after "Changes saved." and its next save wrote it back (walk 53 F1, break 53 F4: a disabled user re-enabled).
 */
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
        <select key={rest.defaultValue === undefined ? undefined : String(rest.defaultValue)} id={fieldId(name, idPrefix)} name={name} {...describedProps(describedBy, !!errors?.length)} className={inputClass} {...rest}>
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
