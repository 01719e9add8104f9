import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZEnquiry, ZRecordReferences } from './volunteers.schemas'

const id = '00000000-0000-4000-8000-000000000000'

// Break 60 F8: a skill of only zero-width or braille-blank characters was saved as a skill.
describe('a volunteer enquiry’s skills', () => {
  const skills = (v: string) => ZEnquiry.safeParse({ firstName: 'Bethan', lastName: 'Prosser', email: 'bethan@example.org', dateOfBirth: '1980-04-01', homeArea: 'Cardiff', skills: v }).data?.skills
  it('drops skills that draw nothing and trims invisible edges from the rest', () => {
    expect(skills('\u200b, \u2800,\u3164')).toEqual([])
    expect(skills('Cooking\u200b, \u2800 , \u2800Welsh')).toEqual(['Cooking', 'Welsh'])
  })
})

// Break 60 F6: references received left empty, or of spaces, were read as 0 and saved.
describe('references received', () => {
  const said = (v: unknown) => (ZRecordReferences.safeParse({ volunteerId: id, version: '1', referencesReceived: v }).error?.issues ?? []).map(issueKey)
  it('is refused as no number when nothing visible is typed', () => {
    for (const v of ['', '  ', '\u00a0', '\u3000', '\u200b', undefined]) expect(said(v), JSON.stringify(v)).toEqual([{ key: 'invalidNumber' }])
  })
  it('takes 0 to 5 typed', () => {
    expect(ZRecordReferences.parse({ volunteerId: id, version: '1', referencesReceived: '0' }).referencesReceived).toBe(0)
    expect(ZRecordReferences.parse({ volunteerId: id, version: '1', referencesReceived: ' 5 ' }).referencesReceived).toBe(5)
  })
})
