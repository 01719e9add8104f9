import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { requestTransfer } from '../../../src/server/allocation/transfer'
import { submitReferral } from '../../../src/server/mappa/referrals'
import { addRegistration } from '../../../src/server/risk/registrations'
import { buildWorld, type World } from '../../support/world'

// The tester's report: four identical transfer requests posted at once created three waiting transfers, because the
// service counted the waiting ones and then inserted. A partial unique index now holds "one open at a time".
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const N = 4
const nextMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)

/** Fires `call` N times at once; returns the successes and the rejections' field errors. */
async function race(call: () => Promise<unknown>) {
  const settled = await Promise.allSettled(Array.from({ length: N }, call))
  return {
    ok: settled.filter((s) => s.status === 'fulfilled').length,
    refused: settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as { fieldErrors?: unknown }).fieldErrors ?? s.reason] : [])),
  }
}

describe('simultaneous submits of a form whose record is "one open at a time"', () => {
  it('keeps one waiting transfer per person; the others get the "already waiting" message', async () => {
    const result = await race(() => requestTransfer(w.actors.senior, { offenderId: w.people.mine.id, toTeamId: w.teamNorth.id, reason: 'Moved north' }))
    expect(result).toEqual({ ok: 1, refused: Array(N - 1).fill({ _form: ['transferPending'] }) })
    expect(await prisma.transferRequest.count({ where: { offenderId: w.people.mine.id, status: 'PENDING' } })).toBe(1)
    expect(await prisma.auditEvent.count({ where: { action: 'transfer.request', offenderId: w.people.mine.id } })).toBe(1)
  })

  it('keeps one active registration of a type per person', async () => {
    const result = await race(() => addRegistration(w.actors.officer, { offenderId: w.people.mine.id, type: 'DOMESTIC_ABUSE_PERPETRATOR', nextReviewDate: nextMonth() }))
    expect(result).toEqual({ ok: 1, refused: Array(N - 1).fill({ type: ['alreadyRegistered'] }) })
    expect(await prisma.riskFlag.count({ where: { offenderId: w.people.mine.id, type: 'DOMESTIC_ABUSE_PERPETRATOR', deregisteredAt: null } })).toBe(1)
  })

  it('keeps one MAPPA referral awaiting a decision per person', async () => {
    const referral = {
      offenderId: w.people.mine.id,
      category: '2',
      levelSought: '2',
      area: 'SOUTH_WALES',
      indexOffence: 'Wounding with intent (s.18)',
      sentence: '6 years custody',
      reason: 'Threats to a former partner since release.',
    }
    const result = await race(() => submitReferral(w.actors.officer, referral))
    expect(result).toEqual({ ok: 1, refused: Array(N - 1).fill({ _form: ['referralPending'] }) })
    expect(await prisma.mappaReferral.count({ where: { offenderId: w.people.mine.id, status: 'SUBMITTED' } })).toBe(1)
  })
})
