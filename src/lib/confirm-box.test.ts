import { describe, expect, it } from 'vitest'
import { confirmBoxOf, onlyAsking, questionToAskAgain } from './confirm-box'

// Issue 16, left item 4: a running circle's pattern refused because fewer than two volunteers can make it showed the
// "Meetings will be cancelled" box: the box says what the refusal is about, and offers a tick only when ticking helps.
const defaults = { title: 'Meetings will be cancelled', label: 'Cancel these meetings and save the new pattern', hint: 'Tell the volunteers.' }

describe('the warning box beside a refusal', () => {
  it('is absent without warnings', () => {
    expect(confirmBoxOf({ fieldErrors: { weekday: ['x'] }, details: {} }, defaults)).toBeNull()
  })

  it('takes its title, label and hint from the refusal when it names them, with a tick only for a confirm error', () => {
    const tooFew = { fieldErrors: { weekday: ['Fewer than two…'] }, details: { warnings: ['0 of 4 can make it'], confirmTitle: 'Fewer than two of the inner circle can make this pattern' } }
    expect(confirmBoxOf(tooFew, defaults)).toEqual({ title: 'Fewer than two of the inner circle can make this pattern', label: defaults.label, hint: defaults.hint, warnings: ['0 of 4 can make it'], tick: false })
    const cancels = { fieldErrors: { confirm: ['Tick the box'] }, details: { warnings: ['This change cancels 3 meetings'], confirmTitle: 'Meetings will be cancelled', confirmLabel: 'Cancel them', confirmHint: 'Tell them' } }
    expect(confirmBoxOf(cancels, defaults)).toEqual({ title: 'Meetings will be cancelled', label: 'Cancel them', hint: 'Tell them', warnings: ['This change cancels 3 meetings'], tick: true })
  })
})

// Re-walk of issue 16, D6: the first "are you sure" showed as a red "There is a problem" summary before the user had
// done anything wrong; it is a question until they send the form again without the tick.
describe('a refusal that only asks for confirmation', () => {
  it('is a question the first time, an error once the question was on screen, and never when something else is wrong', () => {
    expect(onlyAsking({ confirm: ['Tick the box'] }, false)).toBe(true)
    expect(onlyAsking({ confirm: ['Tick the box'] }, true)).toBe(false)
    expect(onlyAsking({ confirm: ['Tick the box'], crn: ['Enter a CRN'] }, false)).toBe(false)
    expect(onlyAsking({ _form: ['Refused'] }, false)).toBe(false)
    expect(onlyAsking({ confirm: [], _form: ['Refused'] }, false)).toBe(false)
  })
})

describe('a question on screen when the language is switched (walk 20, D2)', () => {
  const asking = { code: 'VALIDATION', fieldErrors: { confirm: ['Tick the box'] }, details: { warnings: ['Cancels 3 meetings'] }, values: { circleId: 'c', version: '4', confirmAsked: '0' } }
  it('is asked again with the same values, without the tick', () => {
    expect(questionToAskAgain(asking, false)).toEqual({ circleId: 'c', version: '4' })
  })
  it('is not asked again once another form was submitted, once answered unticked, or for a real refusal', () => {
    expect(questionToAskAgain(asking, true)).toBeNull()
    expect(questionToAskAgain({ ...asking, values: { ...asking.values, confirmAsked: '1' } }, false)).toBeNull()
    expect(questionToAskAgain({ ...asking, fieldErrors: { confirm: ['Tick the box'], reason: ['Give a reason'] } }, false)).toBeNull()
    expect(questionToAskAgain({ ...asking, details: {} }, false)).toBeNull()
    expect(questionToAskAgain(null, false)).toBeNull()
  })
})
