import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, offenderReadScope, type Actor } from '../policy'
import { lastContacts } from './last-contacts'
import { offenderRowSelect, toOffenderRow } from './offender.select'
import { PAGE_SIZE, ZCaseloadQuery } from './offender.schemas'

const isProbation = (a: Actor) => a.roles.some((r) => r === 'PROBATION_OFFICER' || r === 'SENIOR_PROBATION_OFFICER')

function viewFilter(actor: Actor, view: 'mine' | 'team'): Prisma.OffenderWhereInput {
  if (view === 'team') {
    authorize(actor, 'caseload.viewTeam')
    return actor.teamId ? { teamId: actor.teamId } : { id: { in: [] } }
  }
  // Offender managers see their allocation; police and MAPPA roles their whole scope (cohort / nominals).
  return isProbation(actor) ? { offenderManagerId: actor.userId } : {}
}

const orderings: Record<string, (dir: 'asc' | 'desc') => Prisma.OffenderOrderByWithRelationInput[]> = {
  name: (dir) => [{ lastName: dir }, { firstName: dir }, { crn: 'asc' }],
  crn: (dir) => [{ crn: dir }],
  rosh: (dir) => [{ riskProfile: { overallRosh: dir } }, { lastName: 'asc' }, { crn: 'asc' }],
}

/** The home caseload: always inside the actor's read scope; limited-access people come back redacted. */
export async function findCaseload(actor: Actor, input: unknown) {
  authorize(actor, 'caseload.view')
  const query = ZCaseloadQuery.parse(input)
  const where: Prisma.OffenderWhereInput = { AND: [offenderReadScope(actor), viewFilter(actor, query.view)] }
  const now = new Date()
  const [total, rows] = await Promise.all([
    prisma.offender.count({ where }),
    prisma.offender.findMany({
      where,
      select: offenderRowSelect(actor, now),
      orderBy: orderings[query.sort]!(query.dir),
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ])
  const last = await lastContacts(prisma, rows.map((r) => r.id), now)
  await recordAudit(prisma, actor, {
    action: 'caseload.view',
    subjectType: 'Caseload',
    detail: { view: query.view, page: query.page, rows: rows.length },
  })
  return {
    query,
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: rows.map((r) => toOffenderRow(actor, r, last.get(r.id) ?? null)),
  }
}
