import { describe, expect, it } from 'vitest'
import { invalid, messageNamesOf } from './errors'

// Break 38 D2: a refusal names what it is about (an agency), in the reader's language where the record has a Welsh name.
describe('the names a refusal puts in its message', () => {
  const refusal = invalid('userId', 'attendeeAgencyNotInvited', { agency: { en: 'HMP Cardiff', cy: 'Carchar EF Caerdydd' }, other: { en: 'Dyfodol', cy: null }, plain: 'CRN X123456' })

  it('are Welsh in Welsh where held, English otherwise', () => {
    expect(messageNamesOf(refusal.details, 'cy')).toEqual({ agency: 'Carchar EF Caerdydd', other: 'Dyfodol', plain: 'CRN X123456' })
    expect(messageNamesOf(refusal.details, 'en')).toEqual({ agency: 'HMP Cardiff', other: 'Dyfodol', plain: 'CRN X123456' })
  })

  it('are none for a refusal that names nothing, and never anything but text', () => {
    expect(messageNamesOf(invalid('userId', 'chooseOption').details, 'en')).toBeUndefined()
    expect(messageNamesOf({ messageNames: { n: 3, o: { en: 4 }, p: 'ok' } }, 'en')).toEqual({ p: 'ok' })
  })
})
