import { describe, expect, it } from 'vitest'
import { linesMatching, sourceFiles } from '../../tests/support/source-files'

// Issue 18 (found by the two-instance test): a page that asserted the actor with `!` crashed with a TypeError when the
// session stopped being valid mid-request (a user disabled on another instance); pages use requireActor() instead.
describe('signed-in pages', () => {
  it('never assume the actor exists: no `getActor())!` in the sources', () => {
    expect(linesMatching(sourceFiles('src'), [/getActor\(\)\)!/])).toEqual([])
  })
})
