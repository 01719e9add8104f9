/**
 * Moves focus to `el` only when focus has fallen to the page (the control that had it was disabled or removed by a
 * form's success), never taking it from where the user went. Input: the element to focus, or null. Output: none.
 * Used by ActionForm for its own success message and by PageNoticeProvider for one handed over (walk 37 D2, walk 38 D1).
 */
export function focusIfLost(el: HTMLElement | null): void {
  if (!document.activeElement || document.activeElement === document.body) el?.focus()
}
