import type { OffenceCategory, Prisma, PrismaClient, Rag } from '../../src/generated/prisma/client'
import { offenceCategoryOf } from '../../src/server/iom/offence-category'

const DAY = 86_400_000
const date = (days: number) => new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`)
const PANELISTS = ['South Wales Police', 'Probation Service', 'Cardiff Council Community Safety', 'Dyfodol Drug and Alcohol Service']
const RAGS: Rag[] = ['AMBER', 'RED', 'GREEN', 'AMBER', 'GREEN', 'RED']
const RAG_REASONS: Record<Rag, string> = {
  RED: 'Arrested twice this month on suspicion of shop theft; missed two drug tests.',
  AMBER: 'Engaging with probation but still associating with known burglars in the area.',
  GREEN: 'Stable tenancy, negative drug tests for eight weeks and keeping every appointment.',
}
const PLANS = [
  'Police: fortnightly home visits with the neighbourhood team; disrupt contact with the Ely burglary group.\nProbation: weekly supervision; Thinking Skills Programme from next month.\nDyfodol: weekly key-work and drug testing.',
  'Police: check curfew compliance twice a week.\nProbation: support the housing application with Cardiff Council; refer to ETE for a CSCS card.\nBoth: joint three-way meeting monthly.',
  'Police: offender manager visits after each court date.\nProbation: victim-awareness work; budgeting support through the Money Advice Service.',
]

/** Until the people seed categorises sentences itself, this does, with the same rules as sentence creation. */
async function categoriseSentences(db: PrismaClient) {
  const byCategory = new Map<OffenceCategory, string[]>()
  for (const s of await db.sentence.findMany({ select: { id: true, indexOffence: true } })) {
    const category = offenceCategoryOf(s.indexOffence)
    byCategory.set(category, [...(byCategory.get(category) ?? []), s.id])
  }
  for (const [category, ids] of byCategory) await db.sentence.updateMany({ where: { id: { in: ids } }, data: { offenceCategory: category } })
}

/**
 * South Wales IOM (fictional): three cohorts, and the people already registered as IOM in the Fixed cohort with a
 * police and a probation lead, varied RAG ratings, reviews, joint plans and police intelligence; one member's review
 * is overdue, one is in custody.
 */
export async function seedIom(db: PrismaClient, ids: { policeUserId: string; officerId: string; seniorId: string }): Promise<void> {
  await categoriseSentences(db)
  const police = await db.user.findUniqueOrThrow({ where: { id: ids.policeUserId }, select: { agencyId: true } })
  const cohort = (data: Omit<Prisma.IomCohortUncheckedCreateInput, 'region' | 'createdById'>) =>
    db.iomCohort.create({ data: { region: 'SOUTH_WALES', createdById: ids.policeUserId, ...data } })
  // Each local cohort is drawn from its own LDU (issue 15 item 17): Cardiff and Vale is South Wales 1, Swansea South Wales 2.
  const lduId = async (code: string) => (await db.area.findUniqueOrThrow({ where: { code: `LDU-${code}` }, select: { id: true } })).id
  const [sw1, sw2] = [await lduId('SW1'), await lduId('SW2')]
  const fixedCriteria = { strand: 'FIXED', minConvictions: 1, lookbackMonths: 24, minOgrs: 50, reviewEveryWeeks: 4 } as const
  const fixed = await cohort({ ...fixedCriteria, name: 'Cardiff and Vale — Fixed (neighbourhood crime)', nameCy: 'Caerdydd a’r Fro — Sefydlog (troseddau cymdogaeth)', offenceTypes: ['ACQUISITIVE'], lduId: sw1 })
  const fixedSwansea = await cohort({ ...fixedCriteria, name: 'Swansea and the Valleys — Fixed (neighbourhood crime)', nameCy: 'Abertawe a’r Cymoedd — Sefydlog (troseddau cymdogaeth)', offenceTypes: ['ACQUISITIVE'], lduId: sw2 })
  await cohort({ strand: 'FLEX', name: 'South Wales — Flex (domestic abuse)', nameCy: 'De Cymru — Hyblyg (cam-drin domestig)', offenceTypes: ['DOMESTIC_ABUSE'], minConvictions: 1, lookbackMonths: 12, minOgrs: 40, reviewEveryWeeks: 4 })
  await cohort({ strand: 'FREE', name: 'Swansea — Free (young adults)', nameCy: 'Abertawe — Rhydd (oedolion ifanc)', priorityGroups: ['YOUNG_ADULT'], minConvictions: 1, lookbackMonths: 12, reviewEveryWeeks: 6, lduId: sw2 })

  const people = await db.offender.findMany({
    where: { ldu: { region: 'SOUTH_WALES' }, riskFlags: { some: { type: 'IOM', deregisteredAt: null } } },
    orderBy: { crn: 'asc' },
    select: { id: true, lduId: true, offenderManagerId: true, riskFlags: { where: { type: 'IOM', deregisteredAt: null }, select: { id: true, registeredAt: true } } },
  })
  for (const [i, p] of people.entries()) {
    // Registered people join the Fixed cohort of the LDU that supervises them.
    const home = p.lduId === sw2 ? fixedSwansea : fixed
    const rag = RAGS[i % RAGS.length]!
    const selectedOn = p.riskFlags[0]!.registeredAt
    // The first member's review is overdue; the rest fall due over the coming month.
    const nextReviewOn = i === 0 ? date(-6) : date(2 + i * 2)
    const probationLeadId = i % 3 === 0 ? ids.officerId : (p.offenderManagerId ?? ids.seniorId)
    const inCustody = i === 4
    const member = await db.iomMember.create({
      data: {
        cohortId: home.id, offenderId: p.id, policeLeadId: ids.policeUserId, probationLeadId, rag, ragReason: RAG_REASONS[rag], ragChangedAt: rag === 'AMBER' ? selectedOn : date(-7),
        nextReviewOn, selectedOn, jointPlan: i % 4 === 3 ? null : PLANS[i % PLANS.length]!, drugTesting: i % 2 === 0, electronicMonitoring: i % 3 === 1,
        status: inCustody ? 'IN_CUSTODY' : 'ACTIVE', statusReason: inCustody ? 'Remanded at HMP Cardiff on a new burglary charge.' : null,
      },
    })
    await db.iomPanelDecision.create({ data: { cohortId: home.id, offenderId: p.id, selected: true, reason: 'Prolific neighbourhood acquisitive offending; meets the Fixed criteria and agrees to work with the team.', panelOn: selectedOn, panelists: PANELISTS, decidedById: ids.policeUserId } })
    const events = [{ kind: 'SELECTED', toValue: 'AMBER', note: 'Selected at the monthly IOM panel.', at: selectedOn, byId: ids.policeUserId }]
    if (i % 2 === 0) events.push({ kind: 'REVIEW', toValue: 'AMBER', note: 'Joint review with police and probation: engaging, but still in contact with co-defendants.', at: date(-14), byId: probationLeadId })
    if (rag !== 'AMBER') events.push({ kind: 'RAG', toValue: rag, note: RAG_REASONS[rag], at: date(-7), byId: ids.policeUserId })
    if (inCustody) events.push({ kind: 'STATUS', toValue: 'IN_CUSTODY', note: 'Remanded at HMP Cardiff on a new burglary charge.', at: date(-3), byId: ids.policeUserId })
    await db.iomMemberEvent.createMany({ data: events.map((e) => ({ ...e, memberId: member.id, fromValue: e.kind === 'SELECTED' ? null : e.kind === 'STATUS' ? 'ACTIVE' : 'AMBER' })) })
    await db.riskFlag.update({ where: { id: p.riskFlags[0]!.id }, data: { nextReviewDate: nextReviewOn, notes: home.name } })
    if (i < 2) {
      await db.policeIntelligence.createMany({
        data: [
          { offenderId: p.id, summary: 'Seen with two known shoplifters at St Mary Street retail units on Saturday afternoon.', grading: 'B2P', recordedOn: date(-3 - i), authorId: ids.policeUserId, authorAgencyId: police.agencyId },
          { offenderId: p.id, summary: 'Information that he is storing stolen power tools at a relative’s garage in Splott.', grading: 'C3P', recordedOn: date(-12 - i), authorId: ids.policeUserId, authorAgencyId: police.agencyId },
        ],
      })
    }
  }

  // One candidate the panel looked at and did not select, so the candidate list shows a previous decision.
  const declined = await db.offender.findFirst({
    where: { lduId: sw1, riskFlags: { none: { type: 'IOM' } }, accessRestrictions: { none: {} }, sentences: { some: { status: 'ACTIVE', offenceCategory: 'ACQUISITIVE' } }, riskProfile: { is: { ogrs3Year2: { gte: 50 } } } },
    orderBy: { crn: 'desc' },
    select: { id: true },
  })
  if (declined) {
    await db.iomPanelDecision.create({ data: { cohortId: fixed.id, offenderId: declined.id, selected: false, reason: 'First conviction in five years and settled in work; refer back if he reoffends.', panelOn: date(-28), panelists: PANELISTS, decidedById: ids.policeUserId } })
  }
}
