import { describe, expect, it } from 'vitest'
import { deferredValues } from './deferred-reason'

describe('deferredValues', () => {
  it('gives the reason of an item the reader may see', () => {
    expect(deferredValues({ restricted: false, deferReason: 'Report not received' })).toEqual({ hasReason: 'yes', reason: 'Report not received' })
  })
  it('never gives a restricted item’s reason, and says there is none rather than leaving it blank (walk 29 D1)', () => {
    expect(deferredValues({ restricted: true, deferReason: 'Named the victim' })).toEqual({ hasReason: 'no', reason: '' })
    expect(deferredValues({ restricted: false, deferReason: null })).toEqual({ hasReason: 'no', reason: '' })
  })
})
