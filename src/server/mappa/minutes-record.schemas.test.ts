import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZStatement } from './minutes-record.schemas'

const id = '00000000-0000-4000-8000-000000000000'
const said = (time?: string) => (ZStatement.safeParse({ meetingId: id, time, confirm: 'on' }).error?.issues ?? []).map((i) => issueKey(i).key)

// Break 60 F9: a statement time of spaces said "required" but one of U+200B or U+2800 said "Enter a valid time".
describe('the time the statement was read', () => {
  it('is required when cleared, whatever invisible characters are left in it', () => {
    for (const v of ['', '  ', '\u200b', '\u2800', ' \u3164\u00a0']) expect(said(v), JSON.stringify(v)).toEqual(['required'])
  })
  it('is absent when the field is not sent, and a time otherwise', () => {
    expect(ZStatement.parse({ meetingId: id, confirm: 'on' }).time).toBeUndefined()
    expect(ZStatement.parse({ meetingId: id, time: ' 10:30 ', confirm: 'on' }).time).toBe('10:30')
    expect(said('25:00')).toEqual(['invalidTime'])
  })
})
