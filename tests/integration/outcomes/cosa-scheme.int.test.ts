import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { queryCosaSchemeCircles } from '../../../src/server/schemes/cosa-scheme-query'
import { getSchemeReport } from '../../../src/server/schemes/get-scheme-report'
import { createScheme } from '../../../src/server/schemes/save-scheme'
import { buildOutcomeWorld, day } from './outcome-world'
import { buildSchemeWorld } from './scheme-world'

let w: Awaited<ReturnType<typeof buildOutcomeWorld>>
let s: Awaited<ReturnType<typeof buildSchemeWorld>>
let schemeId: string

beforeAll(async () => {
  w = await buildOutcomeWorld()
  s = await buildSchemeWorld(w)
  schemeId = (await createScheme(s.admin, s.form(0, 'Circles by status'))).id // funded 1 April 2024 to 31 March 2026
  const answered = async (circleId: string, completedOn: string, score: number) =>
    prisma.circleQuestionnaire.create({ data: { circleId, completedOn: day(completedOn), feltSupported: score, lessIsolated: score - 1, copingBetter: score, confidentFuture: 3, recordedById: s.coordinators[0]!.userId } })
  await s.circle(0, '2023-06-01', '2024-03-31') // closed the day before funding began: not the scheme's
  for (let i = 0; i < 10; i++) {
    const { circle } = await s.circle(0, '2024-05-01', '2025-05-01') // 10 closed, each with a questionnaire in the span
    await answered(circle.id, '2025-05-01', i < 5 ? 5 : 4)
  }
  const late = await s.circle(0, '2025-06-01', '2026-04-30') // closed after the span: questionnaire after it not counted
  await answered(late.circle.id, '2026-04-30', 1)
  for (let i = 0; i < 6; i++) await s.circle(0, '2025-09-01') // 6 active
  const ending = await s.circle(0, '2025-01-01')
  await prisma.circle.update({ where: { id: ending.circle.id }, data: { status: 'ENDING' } }) // 1 ending
  const forming = await s.circle(0, '2026-01-01')
  await prisma.circle.update({ where: { id: forming.circle.id }, data: { status: 'FORMING', startDate: null, startedOn: null } }) // set up today: after the span
  await s.circle(1, '2024-06-01') // another provider's
})

describe('a COSA scheme’s circles by status and questionnaires (issue 14 item 4, hand-worked)', () => {
  it('counts the circles whose life overlaps the funded span by status, and the questionnaires completed within it', async () => {
    expect((await queryCosaSchemeCircles(schemeId)).values).toEqual({
      circles: 18, forming: 0, active: 6, ending: 1, closed: 11,
      // Five questionnaires scored 5 and five 4: felt supported 45, less isolated 35, coping better 45, confident 30.
      questionnaires: 10, feltSupported: 45, lessIsolated: 35, copingBetter: 45, confidentFuture: 30,
    })
  })

  it('shows them under disclosure control: the lone small status and its smallest partner withheld, means on 10', async () => {
    const { circles } = await getSchemeReport(w.manager, schemeId)
    expect(circles).toMatchObject({
      circles: { value: 18, suppressed: false }, forming: { value: 0, suppressed: false },
      ending: { value: null, suppressed: 'small' }, active: { value: null, suppressed: 'secondary' }, closed: { value: 11, suppressed: false },
      questionnaires: { value: 10, suppressed: false },
      feltSupportedMean: { value: 4.5, suppressed: false }, lessIsolatedMean: { value: 3.5, suppressed: false }, confidentFutureMean: { value: 3, suppressed: false },
    })
  })

  it('has no circle figures for a scheme that does not pay for circles', async () => {
    const cohort = await prisma.iomCohort.create({ data: { name: `Cohort ${schemeId.slice(0, 8)}`, strand: 'FIXED', region: 'NORTH_WALES', offenceTypes: [], priorityGroups: [], createdById: s.admin.userId } })
    const { id } = await createScheme(s.admin, { ...s.form(0, 'IOM scheme'), serves: 'IOM_COHORT', providerAgencyId: '', iomCohortId: cohort.id })
    expect((await getSchemeReport(w.manager, id)).circles).toBeNull()
  })
})
