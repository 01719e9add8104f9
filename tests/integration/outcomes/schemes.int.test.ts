import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findSchemes } from '../../../src/server/schemes/find-schemes'
import { getSchemeReport } from '../../../src/server/schemes/get-scheme-report'
import { createScheme, updateScheme } from '../../../src/server/schemes/save-scheme'
import { queryParticipantOutcomes, queryPeriodsServed } from '../../../src/server/schemes/scheme-report-query'
import { buildOutcomeWorld } from './outcome-world'
import { buildSchemeWorld } from './scheme-world'

let w: Awaited<ReturnType<typeof buildOutcomeWorld>>
let s: Awaited<ReturnType<typeof buildSchemeWorld>>
let schemeId: string
let otherId: string

beforeAll(async () => {
  w = await buildOutcomeWorld()
  s = await buildSchemeWorld(w)
  schemeId = (await createScheme(s.admin, s.form(0, 'North Wales circles'))).id
  otherId = (await createScheme(s.admin, s.form(1, 'Other circles'))).id
  await s.circle(0, '2023-06-01', '2024-03-31') // closed the day before funding began: not served
  const b = await s.circle(0, '2024-03-01', '2024-12-31') // year 1 only; followed from 1 April 2024
  const c = await s.circle(0, '2024-06-01') // both years
  const d = await s.circle(0, '2025-05-01') // year 2
  const e = await s.circle(0, '2025-10-01') // year 2; its 18 months are not over on 2026-11-30
  for (let i = 0; i < 8; i++) await s.circle(0, '2025-04-15') // year 2, followed up by 2026-10-15
  await s.circle(1, '2024-06-01') // another provider's circle
  // Withdrawn in year 1 while still forming (walk 35): it never started, so it served nobody.
  const withdrawn = await s.circle(0, '2024-07-01', '2024-08-15')
  await prisma.circle.update({ where: { id: withdrawn.circle.id }, data: { startedOn: null } })
  // B: committed on the last day of the 12 months from 1 April 2024, proven on the last day of the 18: counts (sexual).
  await w.proven(b.person.id, { offence: '2025-03-31', proven: '2025-09-30', category: 'SEXUAL' })
  // C: committed on the first day after its 12 months (from 1 June 2024): does not count.
  await w.proven(c.person.id, { offence: '2025-06-01', proven: '2025-07-01' })
  // D: committed inside, proven the day after the 18 months: does not count.
  await w.proven(d.person.id, { offence: '2025-06-01', proven: '2026-11-01' })
  // E: reoffends, but is not yet followed up for 18 months, so is not counted yet.
  await w.proven(e.person.id, { offence: '2025-11-01', proven: '2025-12-01' })
  // 00:30 on 1 April 2024 in London (BST), though still 31 March in UTC: inside the funded span, 1 h × 2 volunteers.
  // 00:30 on 1 April 2026 in London: the day after the span ends, so its 1.5 h × 3 do not count.
  await s.meeting(b.circle.id, '2024-03-31T23:30:00Z', 60, 2)
  await s.meeting(c.circle.id, '2026-03-31T23:30:00Z', 90, 3)
  // Issue 14: supervision and training are volunteer time too (the coordinators' report counts them): an hour's
  // supervision and two hours' training inside the span count (3 h); a supervision the day after it does not.
  const supervise = (on: string, minutes: number) =>
    prisma.cosaSupervision.create({ data: { volunteerId: s.volunteer.id, heldOn: new Date(`${on}T00:00:00Z`), supervisorId: w.officer.id, notes: 'Supervision', minutes, nextDueOn: new Date('2026-12-01T00:00:00Z') } })
  await supervise('2025-05-10', 60)
  await supervise('2026-04-01', 90)
  await prisma.cosaVolunteer.update({ where: { id: s.volunteer.id }, data: { trainingCompletedOn: new Date('2024-04-02T00:00:00Z'), trainingMinutes: 120 } })
})

describe('a commissioned scheme’s report (issue 14 item A, hand-worked)', () => {
  it('counts the people each funding period served and works out the cost per participant', async () => {
    expect(await queryPeriodsServed(schemeId)).toEqual([
      { startsOn: '2024-04-01', endsOn: '2025-03-31', amountPence: 3_000_000, served: 2 }, // B, C
      { startsOn: '2025-04-01', endsOn: '2026-03-31', amountPence: 4_500_000, served: 11 }, // C, D, E and 8
      { startsOn: null, endsOn: null, amountPence: 7_500_000, served: 12 },
    ])
    const { costs } = await getSchemeReport(w.manager, schemeId)
    // Year 1's 2 people are withheld; year 2's 11 go with them (issue 14 item 6), since 12 in all less 11 would say
    // year 1 served at least one; £45,000 ÷ its cost would give the 11 back, so the cost goes too.
    expect(costs.map((c) => [c.served.value, c.costPerParticipant?.value])).toEqual([[null, null], [null, null], [12, 625_000]])
    expect(costs[1]!.served).toEqual({ value: null, suppressed: 'secondary' })
  })

  it('counts participants’ proven reoffending from the later of their start and the funding, by the MoJ windows', async () => {
    expect((await queryParticipantOutcomes(schemeId, '2026-11-30')).values).toEqual({ participants: 12, followedUp: 11, reoffenders: 1, sexualReoffenders: 1, volunteerHours: 5 })
    const { outcomes } = await getSchemeReport(w.manager, schemeId)
    expect(outcomes.participants).toEqual({ value: 12, suppressed: false })
    expect(outcomes.reoffenders!.value).toBeNull()
  })

  it('shows a COSA coordinator only their provider’s schemes; strategic managers all; administrators no report', async () => {
    expect((await findSchemes(s.coordinators[0]!)).map((x) => x.id)).toEqual([schemeId])
    await expect(getSchemeReport(s.coordinators[0]!, otherId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getSchemeReport(s.coordinators[1]!, otherId)).resolves.toMatchObject({ scheme: { id: otherId } })
    expect((await findSchemes(w.manager)).map((x) => x.id)).toEqual(expect.arrayContaining([schemeId, otherId]))
    await expect(getSchemeReport(s.admin, schemeId)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.auditEvent.count({ where: { action: 'scheme.view', subjectId: otherId, actorUserId: s.coordinators[1]!.userId } })).toBe(1)
  })

  it('refuses overlapping or incomplete periods, a missing provider and a blank name all at once, and saves nothing', async () => {
    const bad = { ...s.form(0, 'Bad'), from2: '2025-03-01', amount3: '100', providerAgencyId: '', funderName: '' }
    await expect(createScheme(s.admin, bad)).rejects.toMatchObject({ issues: expect.arrayContaining([
      expect.objectContaining({ path: ['from2'], message: 'schemePeriodsOverlap' }),
      expect.objectContaining({ path: ['from3'], message: 'schemePeriodIncomplete' }),
      expect.objectContaining({ path: ['providerAgencyId'], message: 'chooseOption' }),
      expect.objectContaining({ path: ['funderName'] }),
    ]) })
    await expect(createScheme(s.admin, { ...s.form(0, 'Bad'), amount1: '30k', from3: '2026-04-01' })).rejects.toMatchObject({ issues: [
      expect.objectContaining({ path: ['amount1'], message: 'invalidAmount' }),
      expect.objectContaining({ path: ['to3'], message: 'schemePeriodIncomplete' }),
      expect.objectContaining({ path: ['amount3'], message: 'schemePeriodIncomplete' }),
    ] })
    await expect(createScheme(s.coordinators[0]!, s.form(0, 'Bad'))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.commissionedScheme.count({ where: { name: 'Bad' } })).toBe(0)
  })

  it('replaces the funding periods on edit, at the version seen', async () => {
    const edit = { ...s.form(1, 'Other circles'), schemeId: otherId, version: 1, from2: '', to2: '', amount2: '' }
    await updateScheme(s.admin, edit)
    expect(await prisma.schemeFunding.count({ where: { schemeId: otherId } })).toBe(1)
    await expect(updateScheme(s.admin, edit)).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
