import { describe, expect, it } from 'vitest'
import { isHandedNoticeShown, noticeToHand } from './handed-notice'

// Walk 20, D3 app-wide: a form its own success takes off the page hands its message to the page.
describe('a success handed to the page by a form that went', () => {
  it('is handed only when the form was showing it', () => {
    expect(noticeToHand(true, 'Entry removed.', '/offenders/1')).toEqual({ message: 'Entry removed.', path: '/offenders/1' })
    expect(noticeToHand(false, 'Entry removed.', '/offenders/1')).toBeNull()
  })
  it('shows on the page it was given on until any form is submitted, and never on another page', () => {
    const notice = { message: 'Entry removed.', path: '/offenders/1' }
    expect(isHandedNoticeShown({ notice, path: '/offenders/1', submittedSince: false })).toBe(true)
    expect(isHandedNoticeShown({ notice, path: '/offenders/1', submittedSince: true })).toBe(false)
    expect(isHandedNoticeShown({ notice, path: '/offenders/2', submittedSince: false })).toBe(false)
    expect(isHandedNoticeShown({ notice: null, path: '/offenders/1', submittedSince: false })).toBe(false)
  })
})
