import { describe, expect, it } from 'vitest'
import cy from '../../i18n/messages/cy'
import en from '../../i18n/messages/en'
import { clockTime } from '../zod-fields'
import { ZAddToAgenda, ZScheduleMeeting } from './mappa.schemas'

// Issue 16 (MAPPA break test item 4): the venue's hint said "Leave blank for an online-only meeting" while the rule
// refused a blank venue unless the online box was ticked. Each hint of a MAPPA or COSA form that promises a length, an
// or an example is checked here against the rule the server applies, in both languages.
type Tree = { [key: string]: string | Tree }
const message = (catalogue: unknown, key: string) => key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part]!, catalogue as Tree) as string
const languages = [['en', en], ['cy', cy]] as const

const meeting = { level: '2', startsAt: '2099-01-05T10:00', chairId: '00000000-0000-4000-8000-000000000001', coreAgencyIds: '00000000-0000-4000-8000-000000000002' }
const venueErrors = (fields: Record<string, string>) => ZScheduleMeeting.safeParse({ ...meeting, ...fields }).error?.issues.filter((i) => i.path[0] === 'venue').map((i) => i.message) ?? []

describe.each(languages)('form hints keep the rules’ promises (%s)', (_language, catalogue) => {
  it('the venue hint gives the length taken and says a blank venue needs the online box, as the rule does', () => {
    const hint = message(catalogue, 'mappa.venueHint')
    expect(hint).toContain('200')
    expect(hint).toContain(message(catalogue, 'mappa.onlineLabel').split(' (')[0])
    expect(venueErrors({ venue: 'x'.repeat(200) })).toEqual([])
    expect(venueErrors({ venue: 'x'.repeat(201) })).not.toEqual([])
    expect(venueErrors({ venue: '', online: 'on' })).toEqual([])
    expect(venueErrors({ venue: '' })).toEqual(['venueOrOnline'])
  })

  it('the CRN hint’s example is a CRN the agenda takes', () => {
    const example = message(catalogue, 'mappa.crnHint').match(/[A-Z]\d{6}/)?.[0]
    expect(example).toBeDefined()
    expect(ZAddToAgenda.shape.crn.safeParse(example).success).toBe(true)
  })

  it.each(['cosa.timeHint', 'mappaChair.close.endTimeHint', 'mappaLast.statementTimeHint'])('the example time in %s is one the clock-time rule takes', (key) => {
    const example = message(catalogue, key).match(/\d{1,2}:\d{2}/)?.[0]
    expect(example).toBeDefined()
    expect(clockTime.safeParse(example).success).toBe(true)
  })

})
