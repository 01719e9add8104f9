import './request-mocks'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { World } from '../../support/world'
import { actionPermissions } from './action-permissions'
import { callAction, type Answer, type DiscoveredAction } from './actions'
import { createActions } from './create-actions'
import { changedTables, databaseFingerprint } from './fingerprint'
import { holderOf, verdict } from './realistic-callers'
import { realisticInputs } from './realistic-inputs'
import type { RealisticRecords } from './realistic-records'
import { realisticSuite } from './realistic-suite'
import type { RoleCaller } from './role-actors'
import { signedIn } from './support'

// Break test of issue 16, D8: the run page's "Add an action" was sent before the page had hydrated, with an empty
// submission key; the server ran it unguarded and three replays made three identical actions. Every create action,
// sent by a role that may use it with its realistic input: with the key empty or missing it is refused, asking the
// user to reload, and nothing is written; with a key, sending it twice writes once.
let w: World
let actions: DiscoveredAction[]
let callers: RoleCaller[]
let r: RealisticRecords
beforeAll(async () => {
  ;({ w, actions, callers, r } = await realisticSuite())
}, 120_000)

/** The realistic input of `name` as its holder would send it, with the submission key set to `key` (absent: none). */
function submission(name: string, caller: RoleCaller, key: string | undefined): FormData {
  const form = realisticInputs[name]!(w, caller.offenderId, r)
  form.delete('submissionKey')
  if (key !== undefined) form.set('submissionKey', key)
  return form
}

/** Signs in the role that may use the action `name` (its realistic holder). Output: that caller and the action. */
function signedInToCreate(name: string): { caller: RoleCaller; action: DiscoveredAction } {
  const caller = holderOf(callers, name)
  signedIn.actor = caller.actor
  return { caller, action: actions.find((a) => a.name === name)! }
}

/** Whether the answer is the refusal asking to reload the page (a form-wide validation message). */
const asksToReload = (answer: Answer) =>
  answer.kind === 'result' && JSON.stringify((answer.value as { fieldErrors?: unknown } | null)?.fieldErrors ?? {}).includes('submissionKeyMissing')

describe('every create action', () => {
  it('is a declared action with a realistic input', () => {
    expect(createActions.filter((name) => !(name in actionPermissions) || !(name in realisticInputs) || !actions.some((a) => a.name === name))).toEqual([])
  })

  it('refuses a submission whose key is empty, missing or malformed, asking to reload, and writes nothing', async () => {
    const failures: string[] = []
    for (const name of createActions) {
      const { caller, action } = signedInToCreate(name)
      for (const key of ['', undefined, 'not-a-key']) {
        const before = await databaseFingerprint()
        const answer = await callAction(action, submission(name, caller, key))
        if (!asksToReload(answer)) failures.push(`${name} with key ${JSON.stringify(key)}: ${verdict(answer)}`)
        const changed = changedTables(before, await databaseFingerprint())
        if (changed.length) failures.push(`${name} with key ${JSON.stringify(key)} wrote to ${changed.join(', ')}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)

  it('sent twice with the same key, is saved once', async () => {
    const failures: string[] = []
    for (const name of createActions) {
      const { caller, action } = signedInToCreate(name)
      const form = submission(name, caller, randomUUID())
      const first = await callAction(action, form)
      if (verdict(first) !== 'ok') failures.push(`${name} first: ${verdict(first)}`)
      const saved = await databaseFingerprint()
      const again = await callAction(action, form)
      if (verdict(again) !== 'ok') failures.push(`${name} again: ${verdict(again)}`)
      const changed = changedTables(saved, await databaseFingerprint())
      if (changed.length) failures.push(`${name} sent again wrote to ${changed.join(', ')}`)
    }
    expect(failures).toEqual([])
  }, 300_000)

  // The list above is declared by hand: this keeps it whole. Any other action, sent twice by its holder with no key,
  // must add no row the second time (a step on a record that exists is held by its version or state); one that does
  // is a create a second submission duplicates, so it belongs in create-actions.ts with the submission-key guard.
  it('is every action whose second submission would add rows', async () => {
    const rowCounts = async () => Object.fromEntries(Object.entries(await databaseFingerprint()).map(([table, fp]) => [table, Number(fp.split(':')[0])]))
    // Rows every request may add whatever it does: the audit trail, and sign-in and throttle bookkeeping.
    const bookkeeping = new Set(['AuditEvent', 'FormSubmission', 'UserSession', 'RateLimit'])
    const grew: string[] = []
    for (const name of Object.keys(realisticInputs).filter((n) => !(createActions as readonly string[]).includes(n))) {
      const { caller, action } = signedInToCreate(name)
      await callAction(action, submission(name, caller, undefined))
      const once = await rowCounts()
      await callAction(action, submission(name, caller, undefined))
      const twice = await rowCounts()
      const added = Object.keys(twice).filter((t) => !bookkeeping.has(t) && twice[t]! > (once[t] ?? 0))
      if (added.length) grew.push(`${name} added rows to ${added.join(', ')}`)
    }
    expect(grew).toEqual([])
  }, 300_000)
})
