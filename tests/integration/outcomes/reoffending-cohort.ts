import { buildOutcomeWorld } from './outcome-world'

/**
 * A synthetic proven reoffending cohort in its own LDU. Each person is one edge of the MoJ definition; the
 * hand-worked values are in reoffending.int.test.ts.
 */
export async function buildReoffendingCohort() {
  const w = await buildOutcomeWorld()
  const { person, sentence, proven, release, enforcement } = w
  // 2025-Q1 (final on 30 November 2026).
  const waiting = await person({ sex: 'FEMALE', la: 0 })
  await sentence(waiting.id, 'COMMUNITY_ORDER', '2025-01-10')
  await proven(waiting.id, { offence: '2025-12-20', proven: '2026-05-01' }) // committed in follow-up, proven in waiting: counts

  const tooLate = await person({ la: 0 })
  await sentence(tooLate.id, 'COMMUNITY_ORDER', '2025-02-01')
  await proven(tooLate.id, { offence: '2025-11-01', proven: '2026-09-01' }) // proven after 18 months: does not

  const before = await person({ sex: 'FEMALE', la: 1 })
  await sentence(before.id, 'COMMUNITY_ORDER', '2025-03-01')
  await proven(before.id, { offence: '2025-02-15', proven: '2025-04-01' }) // committed before the start: does not

  const breach = await person({ la: 1 })
  await sentence(breach.id, 'SUSPENDED_SENTENCE_ORDER', '2025-01-20')
  await enforcement(breach.id, 'BREACH', '2025-02-10', '2025-02-11')

  // Caution on the last day of Q1 and release on the first day of Q2: in both cohorts; one violent reoffence.
  const twoCohorts = await person()
  // A street caution for an offence the same day: only its own row keeps it from counting as its reoffence.
  await proven(twoCohorts.id, { offence: '2025-03-31', proven: '2025-03-31', disposal: 'CAUTION' })
  await release(twoCohorts.id, '2025-04-01')
  await proven(twoCohorts.id, { offence: '2025-06-01', proven: '2025-08-01', category: 'VIOLENCE' })

  const twice = await person({ dateOfBirth: '2004-01-01' }) // 21 at start: a young adult
  await sentence(twice.id, 'SUSPENDED_SENTENCE_ORDER', '2025-01-05')
  await proven(twice.id, { offence: '2025-02-01', proven: '2025-04-01' })
  await proven(twice.id, { offence: '2025-03-01', proven: '2025-05-01' })

  // Two starts in one quarter: counted once, from the first.
  const firstStart = await person()
  await sentence(firstStart.id, 'COMMUNITY_ORDER', '2025-01-15')
  await release(firstStart.id, '2025-02-20')
  await proven(firstStart.id, { offence: '2025-01-20', proven: '2025-03-10' })

  // 2025-Q3: twelve orders, six reoffending once each within a month (enough people for rates to be shown).
  for (let i = 0; i < 12; i++) {
    const p = await person({ la: (i % 2) as 0 | 1 })
    await sentence(p.id, 'COMMUNITY_ORDER', '2025-07-15')
    if (i < 6) await proven(p.id, { offence: '2025-08-15', proven: '2025-09-15' })
  }
  return { ldu: w.ldu, las: w.las, manager: w.manager, officer: w.officerActor }
}
