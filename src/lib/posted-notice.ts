/**
 * A form posted without the page's script comes back as a whole new page, rendered with its answer. A success the
 * form cannot show there (its row moved or went: an appointment cancelled, a registration ended, a statement read)
 * was lost (walk 55 F2). The form names its success message in this hidden field; the server hands it to the page it
 * renders next, in this cookie, which the page shows at the top of its content (PageNoticeProvider).
 */
export const DONE_FIELD = '$LLWYBR_DONE'

/** The cookie the server sets with Max-Age 0 (never kept by the browser): only the render of the same request reads it. */
export const DONE_COOKIE = 'llwybr-done'

/** Characters of a success message kept: every catalogue message is shorter; a crafted post gets no more. */
export const DONE_MAX_LENGTH = 300

/**
 * The message to show from a posted field or the cookie: text, trimmed to DONE_MAX_LENGTH, else null.
 * Input: any value. Output: string or null.
 */
export function postedNoticeText(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim().slice(0, DONE_MAX_LENGTH)
  return text || null
}
