import { describe, expect, it } from 'vitest'
import { actionsSummary, disclosureText, distributionList } from './minutes-summary'

const agency = { name: 'Gwent Police', nameCy: 'Heddlu Gwent' }
const person = { crn: 'X000001', firstName: 'Ann', lastName: 'Jones' }

describe('the parts of the minutes MAPPA guidance expects (issue 16 item 3)', () => {
  it('sends the minutes to the chair and each attendee with an account, once each', () => {
    const list = distributionList({
      chairId: 'c',
      chair: { name: 'Chair' },
      attendance: [
        { userId: 'c', name: 'Chair', agency },
        { userId: null, name: 'Walk-in', agency },
        { userId: 'a', name: 'Attendee', agency },
        { userId: 'a', name: 'Attendee', agency },
      ],
    })
    expect(list).toEqual([{ name: 'Chair', agency: null, chair: true }, { name: 'Attendee', agency, chair: false }])
  })

  it('summarises the actions of listed items the reader may see, in agenda order', () => {
    const item = (position: number, status: string, restricted: boolean, actions: string[]) => ({ position, status, restricted, offender: person, actions })
    const rows = actionsSummary([item(1, 'LISTED', false, ['a', 'b']), item(2, 'LISTED', true, ['hidden']), item(3, 'DEFERRED', false, ['deferred']), item(4, 'LISTED', false, ['c'])])
    expect(rows.map((r) => [r.item.position, r.action])).toEqual([[1, 'a'], [1, 'b'], [4, 'c']])
  })

  it('words a disclosure decision only once it is recorded', () => {
    const none = { disclosureConsidered: null, disclosureTo: null, disclosureBy: null, disclosureReason: null }
    expect(disclosureText(none)).toBeNull()
    expect(disclosureText({ ...none, disclosureConsidered: false })).toEqual({ key: 'disclosureNo', values: {} })
    expect(disclosureText({ disclosureConsidered: true, disclosureTo: 'Partner', disclosureBy: 'Police', disclosureReason: 'Children' })).toEqual({ key: 'disclosureYes', values: { to: 'Partner', by: 'Police', reason: 'Children' } })
  })
})
