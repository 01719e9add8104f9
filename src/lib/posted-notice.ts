/**
 * A form posted without the page's script comes back as a whole new page, rendered with its answer. A success the
 * form cannot show there (its row moved or went: an appointment cancelled, a registration ended, a statement read)
 * was lost (walk 55 F2). The form names its success message in this hidden field; the server hands it to the page it
 * renders next, in this cookie, which the page shows at the top of its content (PageNoticeProvider).
 */
export const DONE_FIELD = '$LLWYBR_DONE'

/**
 * The prefix of the cookie the server sets with Max-Age 0 (never kept by the browser), named afresh for each response
 * (`llwybr-done-<random>`): only the render of the same request reads it.
 */
export const DONE_COOKIE = 'llwybr-done'

/**
 * The prefix of the cookie, set the same way, that hands the page a refusal of a form posted without the script when the form can
 * no longer say it: a stale form's row was re-keyed by the other person's change or went (break 56 F2).
 */
export const REFUSED_COOKIE = 'llwybr-refused'

/**
 * A form names its place on the page (its id prefix) in this hidden field; a refusal of its answers posted without the
 * script is then said at the top of the page too, with a link down to the form's own error summary, in the cookie
 * below (walk 63 F6: a pathway update far down the page came back scrolled to the top, with no sign it was refused).
 */
export const FORM_FIELD = '$LLWYBR_FORM'

/** The prefix of the cookie, set as the others, that hands the page the place of a form whose answers were refused. */
export const REFUSED_BELOW_COOKIE = 'llwybr-refused-below'

/**
 * The prefix of the cookie, set as the others, that hands the page the id of a question a form asks before it saves
 * ("Are you sure…?", "Replace its minutes?"), posted without the script (walk 68 F5, break 68 F4).
 */
export const ASKED_BELOW_COOKIE = 'llwybr-asked-below'

/** A form's place as a page draws it (ActionForm's idPrefix: letters, figures, hyphens, underscores, a record's uuid), else null. */
export const formPlace = (value: unknown): string | null => (typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,99}$/.test(value) ? value : null)

/**
 * Characters of a success message kept: a crafted post gets no more. A step's composed notice (whom a Limited Access
 * change keeps out of which appointments and meetings) runs past 300 (break 66 F2's was cut mid-sentence), so room
 * for five named appointments and a count of the rest (kept-out-notice.ts).
 */
export const DONE_MAX_LENGTH = 800

// Controls, bidi marks and overrides, zero-width and other format characters, and lone surrogates: none is in a
// catalogue message; a crafted one must not reorder or hide what the page says (break 56 F5).
const UNSHOWN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu

/**
 * The message to show from a posted field or the cookie: one line of text, at most DONE_MAX_LENGTH characters and
 * DONE_MAX_ESCAPED once escaped (whole
 * code points: a cut inside an emoji left half a surrogate pair, which the cookie could not encode, break 56 F1),
 * else null. Input: any value. Output: string or null.
 */
export function postedNoticeText(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const kept: string[] = []
  let size = 0
  for (const c of Array.from(value.replace(UNSHOWN, ' ').trim()).slice(0, DONE_MAX_LENGTH)) {
    // The cookie carries it escaped: a long crafted line of emoji must not make a header a proxy refuses.
    size += encodeURIComponent(c).length
    if (size > DONE_MAX_ESCAPED) break
    kept.push(c)
  }
  const text = kept.join('').trim()
  return text || null
}

/**
 * Characters of a message once escaped for its cookie, at most: a response can carry two (a form's message and the
 * step's composed one), and all its headers must fit a proxy's default buffer (nginx: 4 KB, review 66b B2).
 */
export const DONE_MAX_ESCAPED = 1500
