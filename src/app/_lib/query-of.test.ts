import { describe, expect, it } from 'vitest'
import { queryOf, singleValues } from './query-of'

describe('a query shaped as Next hands it to a page', () => {
  it('keeps a repeated field as a list, so the schema can name it (break 50 F5)', () => {
    expect(queryOf(new Request('http://x/b?reference=A&reference=B&receivedOn=2026-12-01'))).toEqual({ reference: ['A', 'B'], receivedOn: '2026-12-01' })
  })

  it('gives a form only the fields given once (re-break 51 F3)', () => {
    expect(singleValues({ level: ['1', '2'], category: '2', from: undefined })).toEqual({ category: '2' })
  })
})
