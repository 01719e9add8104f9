import { describe, expect, it } from 'vitest'
import { levelAfter, levelChoices } from './level-steps'

describe('level decisions (issue 16 item 2)', () => {
  it('offers only the steps possible from the nominal’s current level, and says why the others are not offered', () => {
    expect(levelChoices(2)).toEqual({ offered: ['CONTINUE', 'RAISE', 'EXIT_TO_LEVEL_1'], notOffered: [{ decision: 'LOWER', reason: 'lowerIsExit' }] })
    expect(levelChoices(3)).toEqual({ offered: ['CONTINUE', 'LOWER', 'EXIT_TO_LEVEL_1'], notOffered: [{ decision: 'RAISE', reason: 'highest' }] })
    expect(levelChoices(1).notOffered).toEqual([
      { decision: 'LOWER', reason: 'alreadyLevel1' },
      { decision: 'EXIT_TO_LEVEL_1', reason: 'alreadyLevel1' },
    ])
  })

  it('offers exactly the decisions the server accepts', () => {
    for (const level of [1, 2, 3]) {
      for (const d of levelChoices(level).offered) expect(levelAfter(level, d)).not.toBeNull()
      for (const { decision } of levelChoices(level).notOffered) expect(levelAfter(level, decision)).toBeNull()
    }
  })
})
