import { coreMemberNamer } from '@/app/(app)/cosa/core-member-namer'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { passOnConcernAction } from '@/server/cosa/actions'
import { openConcerns } from '@/server/cosa/concerns'
import type { Actor } from '@/server/policy'

/** Concerns from volunteers: judge the risk and pass each on the same day; an urgent one left overnight is a breach. */
export async function ConcernsSection({ actor }: { actor: Actor }) {
  const concerns = await openConcerns(actor)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const named = await coreMemberNamer()
  const when = (d: Date) => formatDate(d, 'dateTime')
  return (
    <section aria-labelledby="concerns-heading" className="mb-10">
      <h2 id="concerns-heading" className="mb-3 text-2xl font-bold">{t('concerns.heading')}</h2>
      {concerns.length === 0 ? <p>{t('concerns.none')}</p> : (
        <ul className="space-y-6">
          {concerns.map((c, n) => c.restricted ? (
            // About someone the viewer may not see: urgency, dates and breach, no id, text or form (ADR 0023).
            <li key={`restricted-${n}`} className="max-w-3xl border-l-4 border-error pl-3">
              <p className="font-bold">{t(`enums.concernUrgency.${c.urgency}`)} — {t('cosaLast.restrictedCircle')}{c.breach && <span className="text-error"> — {t('concerns.breach')}</span>}</p>
              <p>{c.passedAt ? t('concerns.passed', { when: when(c.passedAt) }) : t('concerns.raisedAt', { when: when(c.raisedAt) })}</p>
            </li>
          ) : (
            <li key={c.id} className="max-w-3xl border-l-4 border-error pl-3">
              <p className="font-bold">{t(`enums.concernUrgency.${c.urgency}`)} — {named(c.coreMember)}{c.breach && <span className="text-error"> — {t('concerns.breach')}</span>}</p>
              <p>{t('concerns.raised', { name: c.volunteer.firstName, when: when(c.raisedAt) })}</p>
              <p className="mb-2 whitespace-pre-wrap">{c.description}</p>
              {c.status === 'PASSED_ON' ? (
                <p>{t('concerns.passed', { when: when(c.passedAt!) })}</p>
              ) : (
                <ActionForm problemTitle={t('common.problem')} action={passOnConcernAction} idPrefix={`pass-${c.id}`} hidden={{ concernId: c.id }} fields={[{ kind: 'textarea', name: 'riskJudgement', label: t('concerns.judgement'), hint: t('concerns.judgementHint') }]} submitLabel={t('concerns.passOn')} successMessage={t('concerns.passedOn')} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
