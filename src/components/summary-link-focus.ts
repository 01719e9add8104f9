import type { MouseEvent } from 'react'

const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])'

/**
 * An error summary's link to a group of fields (a fieldset of checkboxes or radios, a list of rows) moves focus to the
 * group's first field that can take it, with the group scrolled into view; following the bare link left focus on the
 * page body, as a fieldset cannot take focus (walk 66 F1: "Requirements" on the court outcome form, "Roles" on the
 * user form). A link to a field itself is left to the browser. Without the script the link still scrolls there.
 * Input: the click, the target's id. Output: none.
 */
export function focusSummaryTarget(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id)
  if (!target || target.matches(FIELDS) || target.tabIndex >= 0) return
  const field = target.querySelector<HTMLElement>(FIELDS)
  if (!field) return
  event.preventDefault()
  target.scrollIntoView({ block: 'start' })
  field.focus({ preventScroll: true })
}
