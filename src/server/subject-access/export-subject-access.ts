import 'server-only'
import { subjectAccessDueOn } from '../../lib/subject-access-due'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { SUBJECT_ACCESS_FORMAT, SUBJECT_ACCESS_VERSION, sectionKeys, type Sections, type SubjectAccessBundle } from './bundle.types'
import { collectAudit } from './collect-audit'
import { collectCosa } from './collect-cosa'
import { collectIom, collectPathways } from './collect-iom-pathways'
import { collectMappa } from './collect-mappa'
import { collectRecord } from './collect-record'
import { collectRisk } from './collect-risk'
import { collectSentences } from './collect-sentences'
import { collectTimeline } from './collect-timeline'
import { markedIfOtherAgency } from './bundle-row'
import { withheldFromExporter } from './withheld-intelligence'
import { findSubjectAccessTarget } from './get-subject-access-target'
import { nameStaff } from './staff-names'
import { ZSubjectAccessRequest } from './subject-access.schemas'

const collectors = [collectRecord, collectSentences, collectTimeline, collectRisk, collectMappa, collectCosa, collectIom, collectPathways, collectAudit]

/**
 * Everything Llwybr holds about one person, as the subject access bundle (bundle.types.ts), for a request with a
 * reference and the day it was received (issue 17; UK GDPR Art. 15). Read in one repeatable-read transaction so
 * every section shows the same moment, and audited there (`offender.subjectAccessExport`, the reference as the
 * reason) so an export is never made without its record. Nothing else is stored: the caller streams the bundle.
 * @param input { reference, receivedOn } (ZSubjectAccessRequest)
 * @throws FORBIDDEN / NOT_FOUND as findSubjectAccessTarget; ZodError on a bad request
 */
export async function exportSubjectAccess(actor: Actor, offenderId: unknown, input: unknown): Promise<SubjectAccessBundle> {
  authorize(actor, 'subjectAccess.export')
  const request = ZSubjectAccessRequest.parse(input)
  const dueOn = subjectAccessDueOn(request.receivedOn)
  return prisma.$transaction(
    async (tx) => {
      const person = await findSubjectAccessTarget(tx, actor, offenderId)
      const parts = await Promise.all(collectors.map((collect) => collect(tx, person.id)))
      const empty = Object.fromEntries(sectionKeys.map((k) => [k, []])) as unknown as Sections
      const collected = Object.assign(empty, ...parts) as Sections
      // Before the agency ids become names: a row another agency wrote is marked in every section alike.
      const marked = Object.fromEntries(Object.entries(collected).map(([k, rows]) => [k, rows.map((row) => markedIfOtherAgency(row, person.responsibleAgencyId))])) as Sections
      const sections = await nameStaff(tx, withheldFromExporter(actor, marked))
      await recordAudit(tx, actor, {
        action: 'offender.subjectAccessExport',
        subjectType: 'Offender',
        subjectId: person.id,
        offenderId: person.id,
        reason: request.reference,
        detail: { receivedOn: request.receivedOn, dueOn },
      })
      return {
        format: SUBJECT_ACCESS_FORMAT,
        version: SUBJECT_ACCESS_VERSION,
        generatedAt: new Date().toISOString(),
        request: { ...request, dueOn },
        subject: { crn: person.crn, name: `${person.firstName} ${person.lastName}` },
        sections,
      }
    },
    { isolationLevel: 'RepeatableRead' },
  )
}
