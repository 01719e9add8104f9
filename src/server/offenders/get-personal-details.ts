import 'server-only'
import { whenMissing } from '../missing-record'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, offenderVisible, offenderWritable, type Actor } from '../policy'
import { personalDetailFields } from './personal-details.schemas'

/** The editable details, their change history (with who made each change), and the local authority choices. */
export async function getPersonalDetails(actor: Actor, offenderId: string) {
  authorize(actor, 'offender.read')
  const offender = await prisma.offender
    .findFirst({
      where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
      select: {
        id: true,
        crn: true,
        firstName: true,
        lastName: true,
        version: true,
        ...Object.fromEntries(personalDetailFields.map((f) => [f, true])),
        detailChanges: { orderBy: { changedAt: 'desc' }, take: 100 },
      },
    })
    .catch(whenMissing(null))
  if (!offender) throw notFound()
  const [authorities, people, writable] = await Promise.all([
    prisma.localAuthority.findMany({ select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
    prisma.user.findMany({ where: { id: { in: offender.detailChanges.map((c) => c.changedById) } }, select: { id: true, name: true } }),
    prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } }),
  ])
  await recordAudit(prisma, actor, { action: 'offender.viewDetails', subjectType: 'Offender', subjectId: offenderId, offenderId })
  return { offender, authorities, changedBy: Object.fromEntries(people.map((p) => [p.id, p.name])), canUpdate: writable === 1 && can(actor, 'offender.update') }
}
