import '../security/request-mocks'
import { beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../../../src/server/action'
import { AppError } from '../../../src/server/errors'
import { buildWorld } from '../../support/world'
import { signedIn } from '../security/support'

// Walk 61 F7: "This nominal was changed on another screen since this form was shown. Reload the page…" came without
// the "Reload the page" link every other stale message has. A conflict that says what changed offers the reload; one
// that asks a question (replace the recorded minutes?) carries its own way on. Answers are catalogue keys (request-mocks).
beforeAll(async () => {
  signedIn.actor = (await buildWorld()).actors.mappa
})

describe('a conflict that says what changed', () => {
  it('offers the reload when it asks nothing, and not when it carries a question', async () => {
    const changed = await runAction(async () => {
      throw new AppError('CONFLICT', 'itemChanged', { _form: ['itemChanged'] })
    })
    expect(changed).toMatchObject({ ok: false, code: 'CONFLICT', message: 'itemChanged', reload: 'reload' })
    const question = await runAction(async () => {
      throw new AppError('CONFLICT', 'itemAlreadyRecorded', { _form: ['itemAlreadyRecorded'] }, { recordedAt: '2026-12-01T10:00:00.000Z', recordedBy: null })
    })
    expect(question).toMatchObject({ ok: false, code: 'CONFLICT', message: 'itemAlreadyRecorded' })
    expect(question).not.toHaveProperty('reload')
  })
})
