import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getOffenderMappa } from '../../../src/server/mappa/queries'
import { acceptReferral, returnReferral, submitReferral, withdrawMappaReferral } from '../../../src/server/mappa/referrals'
import { buildWorld, type World } from '../../support/world'

// Walk 64 F1: a referral sent to the wrong MAPPA area (Dyfed-Powys for South Wales) showed no area on the person's
// page, could not be withdrawn, and kept a new referral from being made, so the right area's coordinator never saw it.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const referral = (offenderId: string, area = 'DYFED_POWYS') => ({
  offenderId,
  category: '2',
  levelSought: '3',
  area,
  indexOffence: 'Wounding with intent (s.18)',
  sentence: '6 years custody; licence to 2029',
  reason: 'Threats to a former partner since release.',
})
const stale = { fieldErrors: { _form: ['referralAlreadyDecided'] }, details: { stale: true } }
// Review 65 B4: one withdrawn is said to be, not "decided" (the coordinator looked for a colleague's decision).
const withdrawn = { fieldErrors: { _form: ['referralWithdrawnMeanwhile'] }, details: { stale: true } }
const status = async (id: string) => prisma.mappaReferral.findUniqueOrThrow({ where: { id } })
const withdrawals = (id: string) => prisma.auditEvent.count({ where: { subjectId: id, action: 'mappa.referral.withdraw' } })

describe('withdrawing a MAPPA referral that waits for a decision', () => {
  it('names the area, lets the officer withdraw it with a reason, and then refer again', async () => {
    const { id } = await submitReferral(w.actors.officer, referral(w.people.mine.id))
    const page = await getOffenderMappa(w.actors.officer, w.people.mine.id)
    expect(page.mappaReferrals).toMatchObject([{ id, area: 'DYFED_POWYS', status: 'SUBMITTED', version: 1, withdrawable: true }])
    expect(page).toMatchObject({ canRefer: false })

    // A blank reason is refused and nothing is saved; so is a reason over 1,000 characters.
    const blank = await withdrawMappaReferral(w.actors.officer, { referralId: id, version: '1', reason: '  ' }).catch((e: unknown) => e)
    expect(blank).toBeInstanceOf(ZodError)
    expect((blank as ZodError).issues.map((i) => i.path.join('.'))).toEqual(['reason'])
    await expect(withdrawMappaReferral(w.actors.officer, { referralId: id, version: '1', reason: 'x'.repeat(1001) })).rejects.toBeInstanceOf(ZodError)
    // Who may not refer the person may not withdraw: the coordinator has no mappa.refer; a colleague's or another
    // team's officer reads no referral of a person they may not refer.
    await expect(withdrawMappaReferral(w.actors.mappa, { referralId: id, version: '1', reason: 'Wrong area' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(withdrawMappaReferral(w.actors.colleague, { referralId: id, version: '1', reason: 'Wrong area' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(withdrawMappaReferral(w.actors.otherTeamOfficer, { referralId: id, version: '1', reason: 'Wrong area' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // A page drawn at another version is out of date.
    await expect(withdrawMappaReferral(w.actors.officer, { referralId: id, version: '2', reason: 'Wrong area' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await status(id)).toMatchObject({ status: 'SUBMITTED', version: 1, decisionReason: null, decidedById: null })
    expect(await withdrawals(id)).toBe(0)

    const reason = `Sent to Dyfed-Powys by mistake; he lives in Cardiff. ${'x'.repeat(900)}`
    expect(await withdrawMappaReferral(w.actors.officer, { referralId: id, version: '1', reason })).toEqual({ id, offenderId: w.people.mine.id })
    expect(await status(id)).toMatchObject({ status: 'WITHDRAWN', version: 2, decisionReason: reason, decidedById: w.staff.officer.id, decidedAt: expect.any(Date) })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: id, action: 'mappa.referral.withdraw' } })
    expect(audit).toMatchObject({ actorUserId: w.staff.officer.id, offenderId: w.people.mine.id, subjectType: 'MappaReferral', reason })

    // Decided now: a second tab's withdrawal, blank or not, is told so.
    for (const late of [
      () => withdrawMappaReferral(w.actors.officer, { referralId: id, version: '1', reason: 'Again' }),
      () => withdrawMappaReferral(w.actors.officer, { referralId: id, version: '2', reason: '' }),
      () => withdrawMappaReferral(w.actors.senior, { referralId: id, version: '2', reason: 'Again' }),
    ])
      await expect(late()).rejects.toMatchObject(withdrawn)
    expect(await withdrawals(id)).toBe(1)

    const after = await getOffenderMappa(w.actors.officer, w.people.mine.id)
    expect(after).toMatchObject({ canRefer: true })
    const again = await submitReferral(w.actors.officer, referral(w.people.mine.id, 'SOUTH_WALES'))
    expect((await getOffenderMappa(w.actors.officer, w.people.mine.id)).mappaReferrals).toMatchObject([
      { id: again.id, area: 'SOUTH_WALES', status: 'SUBMITTED' },
      { id, area: 'DYFED_POWYS', status: 'WITHDRAWN' },
    ])
  })

  it('lets the senior withdraw one of their team’s; the coordinator’s decision after it, or before it, is stale', async () => {
    const { id } = await submitReferral(w.actors.senior, referral(w.people.colleagues.id, 'SOUTH_WALES'))
    await withdrawMappaReferral(w.actors.senior, { referralId: id, version: '1', reason: 'Sent before the reports were ready' })
    expect(await status(id)).toMatchObject({ status: 'WITHDRAWN', decidedById: w.staff.senior.id })
    for (const late of [
      () => returnReferral(w.actors.mappa, { referralId: id, version: '1', decisionReason: 'Not yet' }),
      () => returnReferral(w.actors.mappa, { referralId: id, version: '2', decisionReason: '' }),
      () => acceptReferral(w.actors.mappa, { referralId: id, version: '1', meetingId: id }),
    ])
      await expect(late()).rejects.toMatchObject(withdrawn)

    const { id: returned } = await submitReferral(w.actors.senior, referral(w.people.colleagues.id, 'SOUTH_WALES'))
    await returnReferral(w.actors.mappa, { referralId: returned, version: '1', decisionReason: 'Manage at level 1' })
    await expect(withdrawMappaReferral(w.actors.senior, { referralId: returned, version: '1', reason: 'Wrong area' })).rejects.toMatchObject(stale)
    await expect(withdrawMappaReferral(w.actors.senior, { referralId: returned, version: '2', reason: '' })).rejects.toMatchObject(stale)
    expect(await status(returned)).toMatchObject({ status: 'RETURNED', decisionReason: 'Manage at level 1', decidedById: w.staff.mappa.id })
    expect(await withdrawals(returned)).toBe(0)
  })

  it('lets exactly one of two withdrawals sent at once through', async () => {
    const { id } = await submitReferral(w.actors.otherTeamOfficer, referral(w.people.otherTeam.id, 'GWENT'))
    const results = await Promise.allSettled([1, 2].map((n) => withdrawMappaReferral(w.actors.otherTeamOfficer, { referralId: id, version: '1', reason: `Tab ${n}` })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|VALIDATION)$/) })
    expect(await status(id)).toMatchObject({ status: 'WITHDRAWN', version: 2 })
    expect(await withdrawals(id)).toBe(1)
  })

  it('is the referring agency’s to withdraw: never another agency sharing the person, nor anyone held from them (review 65 S1)', async () => {
    // The officer's referral of their own case (the first test leaves one waiting).
    const waiting = await prisma.mappaReferral.findFirst({ where: { offenderId: w.people.mine.id, status: 'SUBMITTED' }, select: { id: true } })
    const { id } = waiting ?? (await submitReferral(w.actors.officer, referral(w.people.mine.id, 'SOUTH_WALES')))
    const version = String((await status(id)).version)
    // The police offender manager reaches the person once they are IOM-flagged in the force area, and may refer them.
    const flag = await prisma.riskFlag.create({ data: { offenderId: w.people.mine.id, type: 'IOM', registeredAt: new Date('2026-01-01') } })
    const exclusion = await prisma.accessRestriction.create({ data: { offenderId: w.people.mine.id, kind: 'EXCLUSION', userId: w.staff.senior.id, reason: 'Knows the family' } })
    try {
      const police = await getOffenderMappa(w.actors.police, w.people.mine.id)
      expect(police.mappaReferrals.find((r) => r.id === id)).toMatchObject({ status: 'SUBMITTED', withdrawable: false })
      await expect(withdrawMappaReferral(w.actors.police, { referralId: id, version, reason: 'Not needed' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      // The senior of the officer's team, now on the person's exclusion list, reaches no referral of theirs.
      await expect(withdrawMappaReferral(w.actors.senior, { referralId: id, version, reason: 'Not needed' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      expect(await status(id)).toMatchObject({ status: 'SUBMITTED', decidedById: null })
      expect(await withdrawals(id)).toBe(0)
    } finally {
      await prisma.accessRestriction.delete({ where: { id: exclusion.id } })
      await prisma.riskFlag.delete({ where: { id: flag.id } })
    }
  })
})
