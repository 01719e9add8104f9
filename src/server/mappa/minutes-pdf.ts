import 'server-only'
import type { getMinutes } from './minutes'
import { dateFormatter, type FormatDate } from '../../lib/format-dates'
import { actionsSummary, disclosureText, distributionLine, distributionList, hidesRestricted, minutesDetails, noActionsKey } from './minutes-summary'
import { PdfWriter } from './pdf-writer'
import { localisedName } from '../../lib/localised'
import { deferredValues } from '../../lib/deferred-reason'

export type MinutesForPdf = Awaited<ReturnType<typeof getMinutes>>
export type Translate = (key: string, values?: Record<string, string | number>) => string

type Item = MinutesForPdf['agendaItems'][number]
type Action = Item['actions'][number]
type Agency = { name: string; nameCy: string | null }

const RMP = ['supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency'] as const

/**
 * The minutes as a PDF for download, in the same order and with the same redactions as the minutes page: a person
 * the reader may not see keeps their place by CRN only, and a reader granted one nominal sees no statement,
 * attendance or distribution list. With the minute-taker, end time, disclosure decisions and the summary of actions
 * MAPPA guidance expects (issue 16 item 3).
 */
export async function renderMinutesPdf(minutes: MinutesForPdf, t: Translate, locale: 'en' | 'cy'): Promise<Uint8Array<ArrayBuffer>> {
  const m = minutes
  // Dates through the one formatting module, as the minutes page shows them (issue 15 item 1).
  const formatDate = dateFormatter(locale)
  // Actions move on after approval: a re-downloaded copy says whose day their status is (break 41 F2).
  const statusOn = t('minutes.actionStatusOn', { date: formatDate(new Date(), 'day') })
  const agencyName = (a: Agency) => localisedName(a, locale)
  const heading = t('minutes.heading', { level: m.level, when: formatDate(m.startsAt, 'fullDateTime') })
  const pdf = await PdfWriter.create({ title: heading, lang: locale === 'cy' ? 'cy-GB' : 'en-GB' })

  pdf.heading(heading, 1)
  pdf.text(m.draft ? t('minutes.draft') : t('minutes.approved', { chair: m.chair.name, date: m.finalisedAt ? formatDate(m.finalisedAt, 'date') : t('minutes.notRecorded') }), { bold: true })
  if (m.scope !== 'meeting') {
    pdf.gap(6)
    pdf.text(t(m.scope === 'granted' ? 'minutes.grantedScope' : 'minutes.actionsScope'), { grey: true })
  }

  pdf.heading(t('minutes.details'), 2)
  pdf.table(
    [0.3, 0.7],
    minutesDetails(m, t, (d) => formatDate(d, 'time')),
    { boldFirstColumn: true },
  )

  if (m.scope === 'meeting') {
    pdf.heading(t('minutes.statementHeading'), 2)
    pdf.text(t('minutes.statementText'))
    pdf.gap(4)
    pdf.text(m.statementAt ? t('minutes.statementRead', { time: formatDate(m.statementAt, 'time') }) : t('minutes.statementNotRead'), { bold: true })

    pdf.heading(t('minutes.attendance'), 2)
    if (m.attendance.length === 0) pdf.text(t('minutes.noAttendance'))
    else
      pdf.table(
        [0.28, 0.3, 0.24, 0.18],
        m.attendance.map((a) => [a.name, agencyName(a.agency), a.role ?? '', t(`enums.attendanceStatus.${a.status}`)]),
        { header: [t('minutes.name'), t('minutes.agency'), t('minutes.role'), t('minutes.status')], rules: true },
      )

    pdf.heading(t('mappaChair.minutes.distribution'), 2)
    pdf.text(t('mappaChair.minutes.distributionHint'))
    pdf.gap(4)
    for (const p of distributionList(m)) pdf.text(distributionLine(p, t, agencyName))
  }

  // Kept with the first item's ruled heading and its first lines, never alone at a page foot (walk 41 O2).
  pdf.heading(t('minutes.nominals'), 2, m.agendaItems.length ? PdfWriter.headingBlock(2, true) : undefined)
  for (const item of m.agendaItems) writeItem(pdf, item, m.level, t, formatDate, agencyName)

  pdf.rule()
  pdf.heading(t('mappaChair.minutes.actionsSummary'), 2)
  const summary = actionsSummary(m.agendaItems)
  if (hidesRestricted(m.agendaItems)) pdf.text(t('mappaChair.minutes.restrictedActionsHidden'))
  if (summary.length === 0) pdf.text(t(`mappaChair.minutes.${noActionsKey(m.agendaItems)}`))
  else
    pdf.table(
      [0.24, 0.3, 0.22, 0.12, 0.12],
      summary.map(({ item: i, action: a }) => [`${i.position}. ${i.offender.firstName} ${i.offender.lastName} (${i.offender.crn})`, a.description, [agencyName(a.ownerAgency), a.ownerUser?.name].filter(Boolean).join(' — '), formatDate(a.dueDate, 'day'), t(`enums.actionStatus.${a.status}`)]),
      { header: [t('mappaChair.minutes.nominal'), t('minutes.action'), t('minutes.owner'), t('minutes.due'), statusOn], rules: true },
    )

  return pdf.finish(t('minutes.protectiveMarking'), (page, pages) => t('minutes.footer', { page, pages }))
}

function writeItem(pdf: PdfWriter, i: Item, meetingLevel: number, t: Translate, formatDate: FormatDate, agencyName: (a: Agency) => string) {
  const statusOn = t('minutes.actionStatusOn', { date: formatDate(new Date(), 'day') })
  const name = i.restricted ? t('minutes.restricted') : `${i.offender.firstName} ${i.offender.lastName} (${i.offender.crn})`
  pdf.rule()
  pdf.heading(t('minutes.item', { position: i.position, name }), 2)
  // A redacted item gives its nominal's level and next review date, as the register's row does (ADR 0023).
  if (i.restricted && i.nominal) pdf.text(t('minutes.restrictedNominal', { level: i.nominal.level, date: formatDate(i.nominal.nextReviewDate, 'day') }), { grey: true })
  if (i.status === 'DEFERRED') return pdf.text(t('minutes.deferred', deferredValues(i)))
  if (i.restricted) return
  if (i.nominal) pdf.text(t(`enums.mappaCategory.${i.nominal.category}`), { grey: true })
  if (i.managedLevel) pdf.text(t('mappaChair.heardAtOtherLevel', { level: i.managedLevel, meetingLevel }), { bold: true })

  const field = (label: string, value: string | null) => {
    pdf.heading(label, 4)
    pdf.text(value || t('minutes.notRecorded'))
  }
  const actions = (label: string, list: Action[]) => {
    if (list.length === 0) return field(label, t('minutes.noActions'))
    pdf.table(
      [0.42, 0.26, 0.16, 0.16],
      list.map((a) => [a.description, [agencyName(a.ownerAgency), a.ownerUser?.name].filter(Boolean).join(' — '), formatDate(a.dueDate, 'day'), t(`enums.actionStatus.${a.status}`)]),
      { caption: label, header: [t('minutes.action'), t('minutes.owner'), t('minutes.due'), statusOn], rules: true },
    )
  }

  actions(t('minutes.previousActions'), i.previousActions)
  if (i.discussedAt) field(t('mappaChair.discussed.label'), formatDate(i.discussedAt, 'time'))
  field(t('minutes.informationShared'), i.informationShared)
  field(t('minutes.riskAssessment'), i.riskAssessment)
  pdf.heading(t('minutes.rmp'), 3)
  for (const f of RMP) field(t(`minutes.${f}`), i[f])
  actions(t('minutes.newActions'), i.actions)
  field(t('minutes.levelDecision'), i.levelDecision && i.decidedLevel ? t('minutes.decision', { decision: t(`enums.levelDecision.${i.levelDecision}`), level: i.decidedLevel }) : null)
  field(t('minutes.dissent'), i.dissent ?? t('minutes.noDissent'))
  const disclosure = disclosureText(i)
  field(t('mappaChair.minutes.disclosure'), disclosure && t(`mappaChair.minutes.${disclosure.key}`, disclosure.values))
  field(t('minutes.nextReview'), i.nextReviewDate ? formatDate(i.nextReviewDate, 'day') : null)
}
