import { describe, expect, it } from 'vitest'
import { actionsSummary, disclosureText, distributionLine, distributionList, hidesRestricted, minutesDetails, noActionsKey } from './minutes-summary'

const agency = { name: 'Gwent Police', nameCy: 'Heddlu Gwent' }
const person = { crn: 'X000001', firstName: 'Ann', lastName: 'Jones' }

describe('the parts of the minutes MAPPA guidance expects (issue 16 item 3)', () => {
  // Re-check of issue 16, D5: the chair's line had no agency ("Huw Roberts (chair)").
  it('sends the minutes to the chair, with their agency, and everyone on the attendance list, account or not, once each (left item 3)', () => {
    const other = { name: 'Dyfodol', nameCy: null }
    const probation = { name: 'National Probation Service Wales', nameCy: 'Gwasanaeth Prawf Cenedlaethol Cymru' }
    const list = distributionList({
      chairId: 'c',
      chair: { name: 'Chair', agency: probation },
      attendance: [
        { userId: 'c', name: 'Chair', agency },
        { userId: null, name: 'Walk-in', agency },
        { userId: 'a', name: 'Attendee', agency },
        { userId: 'a', name: 'Attendee', agency },
        { userId: null, name: 'Alex Smith', agency: other },
        { userId: null, name: 'Walk-in', agency },
      ],
    })
    expect(list).toEqual([
      { name: 'Chair', agency: probation, chair: true, account: true },
      { name: 'Walk-in', agency, chair: false, account: false },
      { name: 'Attendee', agency, chair: false, account: true },
      { name: 'Alex Smith', agency: other, chair: false, account: false },
    ])
    const t = (key: string, values?: Record<string, string>) => `${key} ${JSON.stringify(values ?? {})}`
    expect(list.map((p) => distributionLine(p, t, (a) => a.name))).toEqual([
      'mappaChair.minutes.chair {"name":"Chair","agency":"National Probation Service Wales"}',
      'mappaChair.minutes.distributedNoAccount {"name":"Walk-in","agency":"Gwent Police"}',
      'mappaChair.minutes.distributedTo {"name":"Attendee","agency":"Gwent Police"}',
      'mappaChair.minutes.distributedNoAccount {"name":"Alex Smith","agency":"Dyfodol"}',
    ])
  })

  it('summarises the actions of listed items the reader may see, in agenda order', () => {
    const item = (position: number, status: string, restricted: boolean, actions: string[]) => ({ position, status, restricted, offender: person, actions })
    const rows = actionsSummary([item(1, 'LISTED', false, ['a', 'b']), item(2, 'LISTED', true, ['hidden']), item(3, 'DEFERRED', false, ['deferred']), item(4, 'LISTED', false, ['c'])])
    expect(rows.map((r) => [r.item.position, r.action])).toEqual([[1, 'a'], [1, 'b'], [4, 'c']])
  })

  it('words a disclosure decision only once it is recorded', () => {
    const none = { disclosureConsidered: null, disclosureDecision: null, disclosureTo: null, disclosureBy: null, disclosureReason: null }
    expect(disclosureText(none)).toBeNull()
    expect(disclosureText({ ...none, disclosureConsidered: false })).toEqual({ key: 'disclosureNo', values: {} })
    expect(disclosureText({ disclosureConsidered: true, disclosureDecision: 'DISCLOSE', disclosureTo: 'Partner', disclosureBy: 'Police', disclosureReason: 'Children' })).toEqual({ key: 'disclosureYes', values: { to: 'Partner', by: 'Police', reason: 'Children' } })
  })

  it('words a decision not to disclose with its reason, and a "no" with the reason given (walk 45 F1)', () => {
    const none = { disclosureConsidered: null, disclosureDecision: null, disclosureTo: null, disclosureBy: null, disclosureReason: null }
    expect(disclosureText({ ...none, disclosureConsidered: true, disclosureDecision: 'WITHHOLD', disclosureReason: 'No third party at risk' })).toEqual({ key: 'disclosureWithheld', values: { reason: 'No third party at risk' } })
    expect(disclosureText({ ...none, disclosureConsidered: false, disclosureReason: 'Not relevant to this review' })).toEqual({ key: 'disclosureNoWhy', values: { reason: 'Not relevant to this review' } })
  })
})

// Re-walk of issue 16, D5: the minutes page had no "Status" row while the PDF had one; both now print these rows.
describe('the details of the minutes', () => {
  it('name the stage between where and the minute-taker, and say what is not recorded', () => {
    const t = (key: string) => key
    const rows = minutesDetails({ area: 'SOUTH_WALES', chair: { name: 'Huw Roberts' }, venue: null, online: true, stage: 'HELD', minuteTaker: null, endedAt: null }, t, () => '11:15')
    expect(rows).toEqual([
      ['minutes.area', 'enums.region.SOUTH_WALES'],
      ['minutes.chair', 'Huw Roberts'],
      ['minutes.where', 'minutes.online'],
      ['minutes.status', 'enums.meetingStage.HELD'],
      ['mappaChair.minutes.minuteTaker', 'minutes.notRecorded'],
      ['mappaChair.minutes.ended', 'minutes.notRecorded'],
    ])
    expect(minutesDetails({ area: 'GWENT', chair: { name: 'A' }, venue: '', online: false, stage: 'FINALISED', minuteTaker: 'Sian', endedAt: new Date() }, t, () => '11:15').slice(2)).toEqual([
      ['minutes.where', 'minutes.notRecorded'],
      ['minutes.status', 'enums.meetingStage.FINALISED'],
      ['mappaChair.minutes.minuteTaker', 'Sian'],
      ['mappaChair.minutes.ended', '11:15'],
    ])
  })

  // Walk 22: a chair excluded from a nominal read "No actions were agreed" although that nominal had one.
  it('says a discussed nominal the reader may not see has its actions left out, deferred ones not', () => {
    expect(hidesRestricted([{ status: 'LISTED', restricted: false }, { status: 'LISTED', restricted: true }])).toBe(true)
    expect(hidesRestricted([{ status: 'LISTED', restricted: false }, { status: 'DEFERRED', restricted: true }])).toBe(false)
  })

  // Walk 25, D1: "…are not listed here. No actions were agreed." — the second sentence denied the hidden actions.
  it('never says no actions were agreed when it left a nominal out', () => {
    expect(noActionsKey([{ status: 'LISTED', restricted: true }])).toBe('noVisibleActions')
    expect(noActionsKey([{ status: 'LISTED', restricted: false }, { status: 'DEFERRED', restricted: true }])).toBe('noActions')
  })
})
