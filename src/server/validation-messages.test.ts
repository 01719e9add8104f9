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

describe('messages always get their limits (found by trying to break issue 13)', () => {
  it('says how many entries are allowed, not characters, for a list that is too long', async () => {
    const { z } = await import('zod')
    const issue = z.array(z.string()).max(10).safeParse(Array.from({ length: 11 }, () => 'x')).error!.issues[0]!
    expect(issueKey(issue)).toEqual({ key: 'tooMany', values: { max: 10 } })
  })

  it("keeps a requirement's own limit when a variation adds it", async () => {
    const { ZVarySentence } = await import('./sentences/variation.schemas')
    const base = { sentenceId: '6f1d1c3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f', version: '1', on: '2026-01-05', change: 'ADD_REQUIREMENT' }
    const tooFew = ZVarySentence.safeParse({ ...base, kind: 'UNPAID_WORK', amount: '0' }).error!.issues[0]!
    expect(tooFew.path).toEqual(['amount'])
    expect(issueKey(tooFew)).toEqual({ key: 'numberTooSmall', values: { min: 40 } })
    const curfew = ZVarySentence.safeParse({ ...base, kind: 'CURFEW', amount: '3', hoursPerDay: '25' }).error!.issues.find((i) => i.path[0] === 'hoursPerDay')!
    expect(issueKey(curfew)).toEqual({ key: 'numberTooBig', values: { max: 20 } })
  })
})
