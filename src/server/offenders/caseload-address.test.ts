import { describe, expect, it } from 'vitest'
import { ZCaseloadAddress } from './offender.schemas'

const pageIssue = (page: string) => {
  const parsed = ZCaseloadAddress.safeParse({ page })
  return parsed.success ? parsed.data.page : parsed.error.issues.map((i) => [i.path.join('.'), i.message])
}

// Re-break 52b F4: "1e3", "0x10" were read as page numbers (JavaScript's Number), and a huge one was told
// "Enter 9007199254740991 or less".
describe('the caseload address’s page number', () => {
  it('is a plain whole number from 1 to 10,000; anything else names the range', () => {
    expect(pageIssue('2')).toBe(2)
    for (const page of ['1e3', '0x10', '99999999999999999999', '0', '-1', '2.5']) expect(pageIssue(page), page).toEqual([['page', 'numberBetween']])
    expect(pageIssue('abc')).toEqual([['page', 'invalidNumber']])
    expect(ZCaseloadAddress.parse({}).page).toBe(1)
  })
})
