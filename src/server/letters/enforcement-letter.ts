import 'server-only'
import { formatLondonDate } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, notFound } from '../errors'
import { authorize, offenderWritable, type Actor } from '../policy'
import { fillTemplate } from './fill-template'
import { ZLetterRequest } from './letter.schemas'

// Who a letter goes to, recorded with the disclosure (security.md LG-1): the warning to the person, the breach
// paperwork to the court (and the person), the recall request to the Public Protection Casework Section.
const recipients = { WARNING: ['PERSON'], BREACH: ['COURT', 'PERSON'], RECALL: ['PUBLIC_PROTECTION_CASEWORK'] } as const

export type LetterText = { lang: 'en' | 'cy'; title: string; body: string }

/**
 * The letter for an enforcement decision that has taken effect (a warning issued, a breach or recall countersigned),
 * from the administrators' template, in both languages with the person's preferred language first. Only staff who
 * take enforcement decisions on the person may produce it; the disclosure is audited before any byte is sent.
 */
export async function getEnforcementLetter(actor: Actor, input: unknown) {
  authorize(actor, 'enforcement.decide')
  const parsed = ZLetterRequest.safeParse(input)
  if (!parsed.success) throw notFound()
  const action = await prisma.enforcementAction.findFirst({
    where: { id: parsed.data.enforcementId, offenderId: parsed.data.offenderId, offender: offenderWritable(actor) },
    select: {
      id: true,
      status: true,
      kind: true,
      reason: true,
      decidedById: true,
      failureContact: { select: { occurredAt: true } },
      offender: { select: { id: true, crn: true, firstName: true, lastName: true, preferredLanguage: true } },
    },
  })
  if (!action) throw notFound()
  if (action.status !== 'ISSUED' || !action.kind) throw invalid('_form', 'letterNotIssued')
  const kind = action.kind
  const [template, decider] = await Promise.all([
    prisma.letterTemplate.findUniqueOrThrow({ where: { kind } }),
    action.decidedById ? prisma.user.findUnique({ where: { id: action.decidedById }, select: { name: true } }) : null,
  ])
  const now = new Date()
  const text = (lang: 'en' | 'cy'): LetterText => {
    const values = {
      name: `${action.offender.firstName} ${action.offender.lastName}`,
      crn: action.offender.crn,
      date: formatLondonDate(now, lang),
      failureDate: formatLondonDate(action.failureContact.occurredAt, lang),
      officer: decider?.name ?? '',
      reason: action.reason ?? '',
    }
    return lang === 'cy'
      ? { lang, title: template.titleCy, body: fillTemplate(template.bodyCy, values) }
      : { lang, title: template.titleEn, body: fillTemplate(template.bodyEn, values) }
  }
  const order: ('en' | 'cy')[] = action.offender.preferredLanguage === 'cy' ? ['cy', 'en'] : ['en', 'cy']
  await recordAudit(prisma, actor, {
    action: 'enforcement.letter',
    subjectType: 'EnforcementAction',
    subjectId: action.id,
    offenderId: action.offender.id,
    reason: 'Enforcement letter',
    detail: { kind, templateVersion: template.version, recipients: [...recipients[kind]], disclosure: true },
  })
  return { kind, crn: action.offender.crn, date: now, letters: order.map(text) }
}
