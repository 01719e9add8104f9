import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { issueKey } from './validation-messages'

const keyOf = (schema: z.ZodType, value: unknown) => issueKey(schema.safeParse(value).error!.issues[0]!)

describe('issueKey', () => {
  it('uses a custom catalogue key when the schema names one', () => {
    expect(keyOf(z.uuid('chooseOption'), '')).toEqual({ key: 'chooseOption' })
    expect(keyOf(z.array(z.string()).min(1, 'chooseRole'), [])).toEqual({ key: 'chooseRole', values: { min: 1 } })
  })
  it('passes the limit to length messages', () => {
    expect(keyOf(z.string().max(5, 'tooLong'), 'toolong')).toEqual({ key: 'tooLong', values: { max: 5 } })
    expect(keyOf(z.string().min(12), 'short')).toEqual({ key: 'tooShort', values: { min: 12 } })
  })
  it('maps zod’s own messages by issue code', () => {
    expect(keyOf(z.string().min(1), '')).toEqual({ key: 'required' })
    expect(keyOf(z.enum(['A', 'B']), 'C')).toEqual({ key: 'chooseOption' })
    expect(keyOf(z.email(), 'nope')).toEqual({ key: 'invalidEmail' })
  })
  it('says numbers, not characters, when a number is out of range', () => {
    expect(keyOf(z.coerce.number().int().max(24), '30')).toEqual({ key: 'numberTooBig', values: { max: 24 } })
    expect(keyOf(z.number().min(0), -1)).toEqual({ key: 'numberTooSmall', values: { min: 0 } })
  })
})
