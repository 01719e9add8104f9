import { beforeAll, describe, expect, it } from 'vitest'
import { getCircle } from '../../../src/server/cosa/circles'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, startedCircle } from './started-circle'

// fix16a item 5: a circle with a pattern but no meeting on the rota yet read "First meeting: No meetings scheduled
// yet". Its first meeting is the first day its pattern gives, shown as planned.
let coordinator: Actor
let provider: { id: string }

beforeAll(async () => {
  ({ provider, coordinator } = await coordinatorOfNewProvider('PLANNED'))
})

describe('a circle’s first meeting before the rota is generated', () => {
  it('is the first day its pattern gives, marked as planned', async () => {
    const { id } = await startedCircle(coordinator, provider)
    const { dates } = await getCircle(coordinator, id)
    expect(dates.firstMeeting).toBeNull()
    expect(dates.plannedFirst).toBe(dates.patternSince!.toISOString().slice(0, 10))
  })
})
