import { describe, expect, it } from 'vitest'
import { appointmentMeasures } from './compliance-query'
import { controlLinked, controlRows } from './indicator-table'

const row = (key: string, values: Record<string, number>) => ({ quarter: '2025-Q1', key, values })
const hiddenIn = (r: Record<string, { suppressed: unknown }>) => Object.entries(r).filter(([, s]) => s.suppressed).map(([k]) => k).sort()

describe('disclosure control of an indicator table', () => {
  it('withholds a second part when only one part of a total is small, and the rates that would give it away', () => {
    const [controlled] = controlRows([row('all', { appointments: 30, attended: 20, acceptable: 7, unacceptable: 3 })], appointmentMeasures, true)
    expect(hiddenIn(controlled!)).toEqual(['acceptable', 'acceptableRate', 'unacceptable', 'unacceptableRate'])
    expect(controlled!.attendedRate).toEqual({ value: 20 / 30, suppressed: false })
  })

  it('withholds down columns across breakdown rows, then across the parts that creates, until stable', () => {
    const rows = [row('A', { appointments: 40, attended: 30, acceptable: 5, unacceptable: 5 }), row('B', { appointments: 3, attended: 3, acceptable: 0, unacceptable: 0 }), row('C', { appointments: 50, attended: 40, acceptable: 5, unacceptable: 5 })]
    const [a, b, c] = controlRows(rows, appointmentMeasures, false)
    // B is small: A (the smaller other) loses its appointments too, and with them every share of A.
    expect(b!.appointments!.suppressed).toBe('small')
    expect(a!.appointments!.suppressed).toBe('secondary')
    expect(hiddenIn(a!)).toEqual(['acceptable', 'acceptableRate', 'appointments', 'attended', 'attendedRate', 'unacceptable', 'unacceptableRate'])
    expect(c!.appointments).toEqual({ value: 50, suppressed: false })
  })

  // Walk 29 D3: a circle with no end-of-circle questionnaire showed its mean score as withheld ("[c]") although
  // nothing is hidden: a mean over nothing is not applicable ("–"), like a rate on a base of 0.
  it('shows a mean over a base of 0 as not applicable, not withheld; over 1 to 9 as withheld', () => {
    const defs = [{ id: 'questionnaires' }, { id: 'safety', mean: 'questionnaires' }]
    const [none, few, enough] = controlRows([row('none', { questionnaires: 0, safety: 0 }), row('few', { questionnaires: 6, safety: 24 }), row('enough', { questionnaires: 12, safety: 48 })], defs, true)
    expect(none!.safetyMean).toEqual({ value: null, suppressed: false, notApplicable: true })
    expect(few!.safetyMean).toEqual({ value: null, suppressed: 'base' })
    expect(enough!.safetyMean).toEqual({ value: 4, suppressed: false })
  })

  // Walk 29 D3: an area with no members showed "[c]" beside its 0 members. A zero bounded by a shown zero is known
  // (counts are never negative), so withholding it hides nothing, and the figure it was meant to protect (A's 3 here,
  // 13 − 10 − B with B ≤ 0 members) could be worked out anyway.
  it('never withholds a zero that a shown zero bounds, in a row or down a relation', () => {
    const defs = [{ id: 'members' }, { id: 'reoffenders', of: 'members' }]
    const rows = [row('total', { members: 50, reoffenders: 13 }), row('A', { members: 20, reoffenders: 3 }), row('B', { members: 0, reoffenders: 0 }), row('C', { members: 30, reoffenders: 10 })]
    // The total and C decided by a coarser table, so B is the only figure left to pair with A.
    const [, a, b] = controlLinked(rows, defs, [[0, 1, 2, 3]], { fixed: new Set([0, 3]) })
    expect(a!.reoffenders!.suppressed).toBe('small')
    expect(b!.members).toEqual({ value: 0, suppressed: false })
    expect(b!.reoffenders).toEqual({ value: 0, suppressed: false })
    expect(b!.reoffendersRate).toEqual({ value: null, suppressed: false, notApplicable: true })
  })
})
