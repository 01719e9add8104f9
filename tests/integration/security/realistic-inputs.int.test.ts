import './request-mocks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { World } from '../../support/world'
import { callAction, type DiscoveredAction } from './actions'
import { changedTables, databaseFingerprint } from './fingerprint'
import { holderOf, lacking, verdict } from './realistic-callers'
import { realisticInputs, withoutRealisticInput } from './realistic-inputs'
import type { RealisticRecords } from './realistic-records'
import { realisticSuite } from './realistic-suite'
import { cancelRunsNow } from './realistic-records-other'
import type { RoleCaller } from './role-actors'
import { signedIn } from './support'

// Issue 17, the suite that keeps it true: a refusal proves something only if the same submission would otherwise have
// been written. Each realistic input (a valid submission built from factories) is refused FORBIDDEN from every role
// lacking the action's permission with nothing written anywhere, and accepted from a role that holds it.
let w: World
let actions: DiscoveredAction[]
let callers: RoleCaller[]
let r: RealisticRecords
beforeAll(async () => {
  ;({ w, actions, callers, r } = await realisticSuite())
}, 240_000)
// The "Run now" accepted here leaves no run for a later file's workers.
afterAll(cancelRunsNow)

describe('realistic inputs', () => {
  it('every action has one, or is on the shrinking list of those still without', () => {
    const names = actions.map((a) => a.name)
    expect(names.filter((n) => !(n in realisticInputs) && !(n in withoutRealisticInput))).toEqual([])
    expect(Object.keys(withoutRealisticInput).filter((n) => n in realisticInputs || !names.includes(n))).toEqual([])
  })

  it('from every role without the permission: refused FORBIDDEN, and nothing written anywhere', async () => {
    const failures: string[] = []
    for (const [name, build] of Object.entries(realisticInputs)) {
      const action = actions.find((a) => a.name === name)!
      const before = await databaseFingerprint()
      for (const caller of lacking(callers, name)) {
        signedIn.actor = caller.actor
        const answer = await callAction(action, build(w, caller.offenderId, r))
        if (verdict(answer) !== 'FORBIDDEN') failures.push(`${name} as ${caller.role}: ${verdict(answer)}`)
      }
      const changed = changedTables(before, await databaseFingerprint())
      if (changed.length) failures.push(`${name}: a refused role wrote to ${changed.join(', ')}`)
    }
    expect(failures).toEqual([])
  }, 120_000)

  // Last: these writes are the point.
  it('from a role that holds the permission: accepted', async () => {
    const answers: Record<string, string> = {}
    for (const [name, build] of Object.entries(realisticInputs)) {
      const caller = holderOf(callers, name)
      signedIn.actor = caller.actor
      const answer = await callAction(actions.find((a) => a.name === name)!, build(w, caller.offenderId, r))
      answers[name] = verdict(answer)
      if (answers[name] !== 'ok') console.info(name, JSON.stringify(answer.kind === 'result' ? answer.value : answer))
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(realisticInputs).map((name) => [name, 'ok'])))
  }, 120_000)
})
