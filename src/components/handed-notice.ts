/** A form's success message handed to the page as the form went (walk 20, D3): its text and the page it was on. */
export type THandedNotice = { message: string; path: string }

/**
 * Whether a success handed over by a form that went away with its own success (its row deleted, the last item
 * removed, a stage change that hides it) still shows: only on the page it was given on, and only until any form is
 * submitted, as every success (isSuccessShown). A form that did not show its success hands nothing.
 * Input: the notice (or null), the current path, whether a form was submitted since. Output: show or not.
 */
export function isHandedNoticeShown(s: { notice: THandedNotice | null; path: string; submittedSince: boolean }): boolean {
  return !!s.notice && s.notice.path === s.path && !s.submittedSince
}

/**
 * What a form hands over when it goes away: its success message if that was showing, else nothing.
 * Input: whether the success was showing, the message, the path. Output: the notice or null.
 */
export const noticeToHand = (showing: boolean, message: string, path: string): THandedNotice | null => (showing ? { message, path } : null)
