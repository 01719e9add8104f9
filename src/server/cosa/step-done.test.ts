import { describe, expect, it } from 'vitest'
import { lifeStepDone, lifeStepOf } from './life-step-done'
import { volunteerStepDone, volunteerStepOf } from './volunteer-step-done'

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams)

// Walk 20, D3: a form gone from the page once it succeeds (the last volunteer added, a member removed, a volunteer
// made "Left", a window or leave removed) says what it did on the page it returns to.
describe('the page a step returns to says what it did', () => {
  it('carries adding and removing a circle member, and removing an outer-circle member, to the circle page', () => {
    expect(lifeStepOf(query(lifeStepDone('c1', 'memberAdded')))).toEqual({ step: 'memberAdded', cancelled: 0 })
    expect(lifeStepOf(query(lifeStepDone('c1', 'memberLeft', 3)))).toEqual({ step: 'memberLeft', cancelled: 3 })
    expect(lifeStepOf(query(lifeStepDone('c1', 'outerRemoved')))).toEqual({ step: 'outerRemoved', cancelled: 0 })
  })

  it('carries a stage change, with what leaving released, and a removed window or leave to the volunteer page', () => {
    const url = volunteerStepDone('v1', 'stageChanged', { circlesLeft: 2, placesReleased: 5 })
    expect(url.startsWith('/cosa/volunteers/v1?')).toBe(true)
    expect(volunteerStepOf(query(url))).toEqual({ step: 'stageChanged', circlesLeft: 2, placesReleased: 5 })
    expect(volunteerStepOf(query(volunteerStepDone('v1', 'availabilityRemoved')))).toEqual({ step: 'availabilityRemoved', circlesLeft: 0, placesReleased: 0 })
    expect(volunteerStepOf(query(volunteerStepDone('v1', 'leaveRemoved')))).toEqual({ step: 'leaveRemoved', circlesLeft: 0, placesReleased: 0 })
    expect(volunteerStepOf({ done: 'nonsense', circles: '-1' })).toBeNull()
    expect(volunteerStepOf({ done: 'stageChanged', circles: '-1', places: 'x' })).toEqual({ step: 'stageChanged', circlesLeft: 0, placesReleased: 0 })
  })
})
